using Generals.Harness.Runs;

namespace Generals.Harness.Tests.Runs;

/// <summary>Busy cores from two readings of /proc/stat: what the demo's default parallelism rests on.</summary>
public sealed class CpuSampleTests
{
    private const string Before = "cpu  1000 0 500 8000 500 0 0 0 0 0\ncpu0 500 0 250 4000 250 0 0 0 0 0\nintr 1 2 3\n";

    [Fact]
    public void BusyCores_QuarterOfTicksBusyOnTwoCores_HalfACore()
    {
        // 100 ticks passed: 10 user + 15 system busy, 70 idle + 5 iowait not.
        const string After = "cpu  1010 0 515 8070 505 0 0 0 0 0\ncpu0 505 0 257 4035 252 0 0 0 0 0\n";

        Assert.Equal(0.5, CpuSample.BusyCores(Before, After, cores: 2)!.Value, precision: 9);
    }

    [Fact]
    public void BusyCores_EveryTickBusy_AllCores_GuestTicksNotCountedTwice()
    {
        const string After = "cpu  1060 0 540 8000 500 0 0 0 60 60\n";

        Assert.Equal(4.0, CpuSample.BusyCores(Before, After, cores: 4)!.Value, precision: 9);
    }

    [Theory]
    [InlineData("cpu0 1 2 3 4 5\n")]
    [InlineData("cpu  x 0 0 0 0\n")]
    [InlineData("cpu  1 2 3\n")]
    [InlineData("")]
    public void BusyCores_NoAggregateLineOrGarbage_Null(string after) =>
        Assert.Null(CpuSample.BusyCores(Before, after, cores: 2));

    [Fact]
    public void BusyCores_NoTickPassed_Null() =>
        Assert.Null(CpuSample.BusyCores(Before, Before, cores: 2));
}
