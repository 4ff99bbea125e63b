using Generals.Core.Runtime;
using Generals.Core.Wire;

namespace Generals.Core.Tests.Runtime;

public class IdTableTests
{
    /// <summary>Ids around the old one-byte limit and the two-byte one; those above GeneralIdMax are refused.</summary>
    public static TheoryData<int> Ids => [1, 254, 255, 256, 300, 60000, 65534];

    [Theory]
    [MemberData(nameof(Ids))]
    public void Set_IdInRange_GetReturnsItAndNoOtherId(int id)
    {
        var table = new IdTable();
        if (id > FrameLimits.GeneralIdMax)
        {
            Assert.Throws<ArgumentOutOfRangeException>(() => table.Set(id, "x"));
            Assert.Null(table.Get(id));
            return;
        }

        table.Set(id, "x");

        Assert.Equal("x", table.Get(id));
        Assert.True(table.Contains(id));
        Assert.Null(table.Get(id - 1));
        Assert.Null(table.Get(id + 1));
        Assert.Equal(1, table.Count);
    }

    [Fact]
    public void Get_IdOutOfRange_IsNullNotAnException()
    {
        var table = new IdTable();
        table.Set(1, "one");

        Assert.Null(table.Get(-1));
        Assert.Null(table.Get(FrameLimits.GeneralIdMax + 1));
        Assert.Null(table.Get(int.MaxValue));
    }

    [Fact]
    public void Set_AKitsIdsAndTheHighestId_HoldsSlotsForThoseOnlyNotOnePerPossibleId()
    {
        var table = new IdTable();
        int[] ids = [FrameLimits.GeneralIdMax, 0, 7, 3, 1, 5, 2, 4, 6];
        foreach (int id in ids)
        {
            table.Set(id, id);
        }

        Assert.Equal(ids.Length, table.Count);
        Assert.InRange(table.Capacity, ids.Length, 2 * ids.Length);
        Assert.All(ids, id => Assert.Equal(id, table.Get(id)));
    }

    [Fact]
    public void IdAt_IdsSetInAnyOrder_WalksThemAscending()
    {
        var table = new IdTable();
        foreach (int id in new[] { 9, 2, FrameLimits.GeneralIdMax, 5, 2 })
        {
            table.Set(id, "v" + id);
        }

        int[] walked = [.. Enumerable.Range(0, table.Count).Select(table.IdAt)];

        Assert.Equal([2, 5, 9, FrameLimits.GeneralIdMax], walked);
        Assert.Equal("v9", table.ValueAt(2));
    }

    [Fact]
    public void Set_SameIdTwice_ReplacesTheValue()
    {
        var table = new IdTable();
        table.Set(3, "old");
        table.Set(3, "new");

        Assert.Equal("new", table.Get(3));
        Assert.Equal(1, table.Count);
    }

    [Fact]
    public void Set_ThousandIds_CapacityAtMostTwiceTheCount()
    {
        int count = Math.Min(1000, FrameLimits.GeneralIdMax);
        var table = new IdTable();
        for (int id = count; id >= 1; id--)
        {
            table.Set(id, id);
        }

        Assert.Equal(count, table.Count);
        Assert.InRange(table.Capacity, count, 2 * count);
        Assert.Equal(count / 2, table.Get(count / 2));
    }
}
