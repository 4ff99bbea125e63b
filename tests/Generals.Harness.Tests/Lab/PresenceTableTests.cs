using Generals.Core.Crypto;
using Generals.Core.Node;
using Generals.Core.Runtime;
using Generals.Harness.History;
using Generals.Harness.Network;
using Generals.Harness.Worlds.Lab;

namespace Generals.Harness.Tests.Lab;

/// <summary>The presence table says who is there from what the boards published, and "-" for what a board did not say.</summary>
public sealed class PresenceTableTests
{
    private long _nowMs;

    [Fact]
    public void Render_BootedBoardAndMissingBoard_ReportedFieldsAndDashes()
    {
        var presence = new BoardPresence([1, 2], () => _nowMs);
        _nowMs = 1000;
        presence.OnStatus(1, GeneralStatus.Online);
        presence.OnTelemetry(new HistoryEvent
        {
            TimeMs = 1000, Type = HistoryType.BoardBooted, General = 1, Incarnation = 3,
            Report = new BoardBootedEvent(BootReport.Version(1, 12, 0), 17, BoardResetCause.PowerOn, 81_234, SelfTestResult.Passed, 998),
        });
        _nowMs = 3500;

        string[] lines = PresenceTable.Render(presence.All(), _nowMs).TrimEnd().Split('\n');

        Assert.Equal(3, lines.Length);
        Assert.Equal(["board", "status", "firmware", "boots", "reset", "cause", "free", "heap", "wifi", "rssi", "keys", "left", "last", "seen"], Words(lines[0]));
        Assert.Equal(["1", "online", "1.12.0", "17", "power-on", "81234", "-", "998", "2.5", "s", "ago"], Words(lines[1]));
        Assert.Equal(["2", "missing", "-", "-", "-", "-", "-", "-", "never"], Words(lines[2]));
    }

    [Fact]
    public void IsReady_OnlineWithoutABootReport_OnlyAfterTheBootBurst()
    {
        var presence = new BoardPresence([1], () => _nowMs);
        _nowMs = 100;
        presence.OnStatus(1, GeneralStatus.Online);

        bool atOnce = presence.IsReady(1, bootBurstMs: 2000);
        _nowMs = 2100;
        bool later = presence.IsReady(1, bootBurstMs: 2000);

        Assert.False(atOnce);
        Assert.True(later);
    }

    [Fact]
    public void IsReady_LastWill_NotReady()
    {
        var presence = new BoardPresence([1], () => _nowMs);
        presence.OnStatus(1, GeneralStatus.Online);
        presence.OnStatus(1, GeneralStatus.Offline);
        _nowMs = 10_000;

        Assert.False(presence.IsReady(1, bootBurstMs: 2000));
        Assert.Equal("offline", PresenceTable.StatusOf(presence.Sighting(1)));
    }

    private static string[] Words(string line) => line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
}
