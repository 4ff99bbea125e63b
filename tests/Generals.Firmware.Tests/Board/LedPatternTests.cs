using Generals.Core.Runtime;
using Generals.Firmware.Board;

namespace Generals.Firmware.Tests.Board;

public class LedPatternTests
{
    [Fact]
    public void IsOn_EveryStatus_ShowsAPatternOfItsOwnOverOneCycle()
    {
        BoardStatus[] statuses = [BoardStatus.Connecting, BoardStatus.Running, BoardStatus.Decided, BoardStatus.Fault, BoardStatus.Suspecting, BoardStatus.Traitor];

        string[] patterns = [.. statuses.Select(Cycle)];

        Assert.Equal(statuses.Length, patterns.Distinct().Count());
        Assert.Equal("################", Cycle(BoardStatus.Running));
        Assert.Equal("#...............", Cycle(BoardStatus.Fault));
        Assert.Equal("########........", Cycle(BoardStatus.Suspecting));
        Assert.Equal("#.#.............", Cycle(BoardStatus.Traitor));
    }

    [Fact]
    public void IsOn_NextCycle_RepeatsTheSamePattern()
    {
        Assert.All(Enumerable.Range(0, LedPattern.Slots), slot => Assert.Equal(
            LedPattern.IsOn(BoardStatus.Traitor, slot * LedPattern.SlotMs),
            LedPattern.IsOn(BoardStatus.Traitor, (slot + LedPattern.Slots) * LedPattern.SlotMs)));
    }

    private static string Cycle(BoardStatus status) =>
        new([.. Enumerable.Range(0, LedPattern.Slots).Select(slot => LedPattern.IsOn(status, (slot * LedPattern.SlotMs) + 50) ? '#' : '.')]);
}
