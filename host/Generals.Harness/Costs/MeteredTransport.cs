using Generals.Core.Runtime;

namespace Generals.Harness.Costs;

/// <summary>
/// A general's transport with what it publishes counted by the <see cref="CostMeter"/> (wire frames apart from telemetry), and
/// what a publish allocates (in the simulator: the whole network's work, history and nemesis) left out of Core's bytes.
/// </summary>
internal sealed class MeteredTransport(ITransport inner, CostMeter meter) : ITransport
{
    public bool IsConnected => inner.IsConnected;

    public bool TryConnect(byte[] lastWill) => inner.TryConnect(lastWill);

    public bool Publish(string topic, byte[] payload, int qos, bool retain)
    {
        CostFigures figures = meter.Current;
        if (topic.Contains("/wire/", StringComparison.Ordinal))
        {
            figures.FramesSent++;
            figures.BytesSent += payload.Length;
        }
        else
        {
            figures.TelemetrySent++;
            figures.TelemetryBytes += payload.Length;
        }

        meter.SeamStarted();
        try
        {
            return inner.Publish(topic, payload, qos, retain);
        }
        finally
        {
            meter.SeamEnded();
        }
    }

    public InboundMessage TryReceive() => inner.TryReceive();

    public bool WaitForInbound(int timeoutMs) => inner.WaitForInbound(timeoutMs);
}
