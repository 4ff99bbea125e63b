using Generals.Core.Wire;
using Generals.Harness.History;

namespace Generals.Harness.Tests.Runs;

/// <summary>
/// A history line keeps its rarely used fields in a side record shared by the copies `with` makes: setting one on a copy
/// gives the copy its own, so no line ever changes under another's hands, and equality still compares every field.
/// </summary>
public class HistoryEventRareFieldsTests
{
    [Fact]
    public void With_RareFieldOnACopy_OriginalAndItsOtherCopiesUnchanged()
    {
        var sent = new HistoryEvent { TimeMs = 5, Type = HistoryType.Send, From = 1, To = 2, Kind = FrameKind.Data, Reason = "" };
        HistoryEvent duplicated = sent with { Type = HistoryType.Duplicate, DelayMs = 30, Bits = 3 };
        HistoryEvent delivered = sent with { Type = HistoryType.Deliver };

        HistoryEvent corrupted = duplicated with { Claimed = 4 };

        Assert.Equal((0L, 0, 0), (sent.DelayMs, sent.Bits, sent.Claimed));
        Assert.Equal((30L, 3, 0), (duplicated.DelayMs, duplicated.Bits, duplicated.Claimed));
        Assert.Equal((30L, 3, 4), (corrupted.DelayMs, corrupted.Bits, corrupted.Claimed));
        Assert.Equal((0L, 0, 0), (delivered.DelayMs, delivered.Bits, delivered.Claimed));
    }

    [Fact]
    public void Equals_LinesDifferingOnlyInARareField_AreNotEqual()
    {
        var suspect = new HistoryEvent { TimeMs = 9, Type = HistoryType.Suspect, General = 1, Peer = 2, PeerIncarnation = 1 };

        Assert.Equal(suspect, suspect with { Peer = 2 });
        Assert.NotEqual(suspect, suspect with { Peer = 3 });
        Assert.NotEqual(suspect, suspect with { PeerIncarnation = 2 });
    }
}
