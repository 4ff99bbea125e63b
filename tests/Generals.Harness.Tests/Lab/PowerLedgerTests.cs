using Generals.Core.Crypto;
using Generals.Core.Node;
using Generals.Core.Runtime;
using Generals.Harness.History;
using Generals.Harness.Network;
using Generals.Harness.Worlds.Lab;

namespace Generals.Harness.Tests.Lab;

/// <summary>A loss of power the harness did not cause (a last will, a rising boot count) is an unplanned fault; one it caused is not.</summary>
public sealed class PowerLedgerTests
{
    private readonly HistoryRecorder _history = new(() => 7);
    private readonly PowerLedger _ledger;

    public PowerLedgerTests()
    {
        _ledger = new PowerLedger(_history, () => 7, progress: null);
    }

    private static HistoryEvent Booted(int board, long bootCount) => new()
    {
        TimeMs = 7, Type = HistoryType.BoardBooted, General = board, Incarnation = bootCount,
        Report = new BoardBootedEvent(BootReport.Version(1, 2, 3), bootCount, BoardResetCause.PowerOn, 80_000, SelfTestResult.Passed, 1000),
    };

    private IEnumerable<HistoryEvent> Unplanned() => _history.Snapshot().Where(e => e.Type == HistoryType.UnplannedFault);

    [Fact]
    public void OnStatus_LastWillWithoutACut_UnplannedFaultNamingTheBoardOnce()
    {
        _ledger.Start();

        _ledger.OnStatus(2, GeneralStatus.Offline);
        _ledger.OnStatus(2, GeneralStatus.Offline);

        HistoryEvent fault = Assert.Single(Unplanned());
        Assert.Equal(2, fault.General);
        Assert.Contains("board 2 went offline (its last will) without a power cut by the harness", fault.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void OnStatus_LastWillAfterTheHarnessCut_ExpectedAndReported()
    {
        var seen = new List<int>();
        _ledger.CutSeen += seen.Add;
        _ledger.Start();

        _ledger.Cut(3);
        _ledger.OnStatus(3, GeneralStatus.Offline);

        Assert.Empty(Unplanned());
        Assert.Equal([3], seen);
    }

    [Fact]
    public void OnTelemetry_BootCountRisesWithoutACut_UnplannedFault()
    {
        _ledger.OnTelemetry(Booted(1, 4));
        _ledger.Start();

        _ledger.OnTelemetry(Booted(1, 5));

        HistoryEvent fault = Assert.Single(Unplanned());
        Assert.Contains("board 1 booted again (boot count 4 -> 5)", fault.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void OnTelemetry_BootAfterTheHarnessPoweredItOn_ExpectedAndTheBoardUpAgain()
    {
        _ledger.OnTelemetry(Booted(1, 4));
        _ledger.Start();

        _ledger.Cut(1);
        _ledger.OnStatus(1, GeneralStatus.Offline);
        _ledger.PoweredOn(1);
        _ledger.OnTelemetry(Booted(1, 5));
        _ledger.OnStatus(1, GeneralStatus.Offline);

        HistoryEvent fault = Assert.Single(Unplanned());
        Assert.Contains("board 1 went offline", fault.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void OnTelemetry_FirstBootTheHarnessHears_NotJudged()
    {
        _ledger.Start();

        _ledger.OnTelemetry(Booted(1, 9));

        Assert.Empty(Unplanned());
    }

    [Fact]
    public void OnStatus_BeforeThePlanOrAfterTheRun_NotJudged()
    {
        _ledger.OnStatus(1, GeneralStatus.Offline);
        _ledger.Start();
        _ledger.Stop();
        _ledger.OnStatus(2, GeneralStatus.Offline);

        Assert.Empty(Unplanned());
    }
}
