using Generals.Core.Runtime;

namespace Generals.Harness.Costs;

/// <summary>A general's store whose own allocations (the simulator's copies of each record) the <see cref="CostMeter"/> leaves out.</summary>
internal sealed class MeteredStore(IStore inner, CostMeter meter) : IStore
{
    public byte[] Read(string name)
    {
        meter.SeamStarted();
        try
        {
            return inner.Read(name);
        }
        finally
        {
            meter.SeamEnded();
        }
    }

    public void Write(string name, byte[] record)
    {
        meter.SeamStarted();
        try
        {
            inner.Write(name, record);
        }
        finally
        {
            meter.SeamEnded();
        }
    }

    public void Flush()
    {
        meter.SeamStarted();
        try
        {
            inner.Flush();
        }
        finally
        {
            meter.SeamEnded();
        }
    }
}
