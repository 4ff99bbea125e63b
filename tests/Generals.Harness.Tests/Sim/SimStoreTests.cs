using Generals.Harness.Worlds.Sim;

namespace Generals.Harness.Tests.Sim;

public class SimStoreTests
{
    [Fact]
    public void Crash_BeforeFlush_LosesStagedWrites()
    {
        var store = new SimStore();
        store.Write("a", [1]);
        store.Flush();
        store.Write("a", [2]);

        store.Crash();

        Assert.Equal([1], store.Read("a"));
    }

    [Fact]
    public void CrashAtWrite_SecondWriteOfFlush_KeepsFirstLosesRest()
    {
        var store = new SimStore();
        store.Write("a", [1]);
        store.Write("b", [2]);
        store.Write("c", [3]);
        store.CrashAtWrite(1);

        Assert.Throws<SimulatedCrashException>(store.Flush);

        Assert.Equal([1], store.Read("a"));
        Assert.Null(store.Read("b"));
        Assert.Null(store.Read("c"));
    }

    [Fact]
    public void Read_StagedWrite_SeesNewestBytesButCrashRestoresOld()
    {
        var store = new SimStore();
        store.Write("a", [1]);
        store.Flush();
        store.Write("a", [9]);

        Assert.Equal([9], store.Read("a"));
        store.Crash();
        Assert.Equal([1], store.Read("a"));
    }
}
