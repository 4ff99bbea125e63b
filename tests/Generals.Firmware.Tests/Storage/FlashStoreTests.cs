using Generals.Core.Runtime;
using Generals.Firmware.Storage;
using NSubstitute;

namespace Generals.Firmware.Tests.Storage;

public class FlashStoreTests
{
    private const string Folder = "I:\\state";

    [Fact]
    public void Flush_OneRecord_WritesTheNewCopyThenDeletesTheOldThenRenames()
    {
        IFileSystem files = Substitute.For<IFileSystem>();
        var store = new FlashStore(files, Folder);

        store.Write("node/incarnation", Sealed("node/incarnation", 1));
        store.Flush();

        Received.InOrder(() =>
        {
            files.WriteAll("I:\\state\\node_incarnation~n", Arg.Any<byte[]>());
            files.Delete("I:\\state\\node_incarnation");
            files.Move("I:\\state\\node_incarnation~n", "I:\\state\\node_incarnation");
        });
    }

    [Fact]
    public void Read_AfterFlush_ReturnsTheRecordToAStoreOpenedAfterAReboot()
    {
        var files = new MemoryFileSystem();
        var store = new FlashStore(files, Folder);
        byte[] record = Sealed("link/replay/2", 9);

        store.Write("link/replay/2", record);
        store.Flush();

        Assert.Equal(record, new FlashStore(files, Folder).Read("link/replay/2"));
        Assert.Equal(["I:\\state\\link_replay_2"], files.Files.Keys);
    }

    [Fact]
    public void Read_WrittenNotFlushed_SeenBeforeAndLostAfterAReboot()
    {
        var files = new MemoryFileSystem();
        var store = new FlashStore(files, Folder);

        store.Write("node/control-floor", Sealed("node/control-floor", 3));

        Assert.NotNull(store.Read("node/control-floor"));
        Assert.Null(new FlashStore(files, Folder).Read("node/control-floor"));
        Assert.Empty(files.Operations);
    }

    [Fact]
    public void Flush_PowerCutAtEveryFileOperation_EachRecordIsItsOldOrItsNewValueNeverTornOrGone()
    {
        for (int cut = 0; cut < 6; cut++)
        {
            var files = new MemoryFileSystem();
            var before = new FlashStore(files, Folder);
            before.Write("a", Sealed("a", 1));
            before.Write("b", Sealed("b", 1));
            before.Flush();
            var store = new FlashStore(files, Folder);
            store.Write("a", Sealed("a", 2));
            store.Write("b", Sealed("b", 2));

            files.CutAfter(cut);
            Assert.Throws<IOException>(store.Flush);
            files.Restore();
            var rebooted = new FlashStore(files, Folder);
            int a = Value(rebooted, "a");
            int b = Value(rebooted, "b");

            Assert.True(a is 1 or 2 && b is 1 or 2, $"cut {cut}: a={a} b={b}");
            Assert.True(a == 2 || b == 1, $"cut {cut}: b became durable before a (a={a} b={b})");
            Assert.DoesNotContain(files.Files.Keys, f => f.EndsWith(RecordFiles.NewSuffix, StringComparison.Ordinal));
        }
    }

    [Fact]
    public void Read_TornFirstWriteOfARecord_ReadsAsMissing()
    {
        var files = new MemoryFileSystem();
        var store = new FlashStore(files, Folder);
        store.Write("node/incarnation", Sealed("node/incarnation", 1));

        files.CutAfter(0);
        Assert.Throws<IOException>(store.Flush);
        files.Restore();

        Assert.Null(new FlashStore(files, Folder).Read("node/incarnation"));
        Assert.Empty(files.Files);
    }

    [Fact]
    public void Read_CutBetweenDeleteAndRename_FinishesTheSwitchWithTheNewRecord()
    {
        var files = new MemoryFileSystem();
        var store = new FlashStore(files, Folder);
        store.Write("a", Sealed("a", 1));
        store.Flush();
        store.Write("a", Sealed("a", 2));

        files.CutAfter(2);
        Assert.Throws<IOException>(store.Flush);
        files.Restore();

        Assert.Equal(["I:\\state\\a~n"], files.Files.Keys);
        Assert.Equal(2, Value(new FlashStore(files, Folder), "a"));
        Assert.Equal(["I:\\state\\a"], files.Files.Keys);
    }

    [Fact]
    public void Flush_SameRecordWrittenTwiceAroundAnother_KeepsTheOrderTheWritesWereMade()
    {
        var files = new MemoryFileSystem();
        var store = new FlashStore(files, Folder);

        store.Write("a", Sealed("a", 1));
        store.Write("b", Sealed("b", 1));
        store.Write("a", Sealed("a", 2));
        store.Flush();

        Assert.Equal(
            ["I:\\state\\a~n", "I:\\state\\b~n", "I:\\state\\a~n"],
            files.Operations.Where(o => o.StartsWith("write", StringComparison.Ordinal)).Select(o => o["write ".Length..]));
        Assert.Equal(2, Value(new FlashStore(files, Folder), "a"));
    }

    [Theory]
    [InlineData("node/incarnation", "I:\\state\\node_incarnation")]
    [InlineData("lms.t1.17", "I:\\state\\lms.t1.17")]
    [InlineData("board/boots", "I:\\state\\board_boots")]
    [InlineData("a_b", "I:\\state\\a~5fb")]
    [InlineData("a~n", "I:\\state\\a~7en")]
    public void PathOf_RecordName_MapsToOneFileNeverEndingLikeANewCopy(string name, string path)
    {
        Assert.Equal(path, RecordFiles.PathOf(Folder, name));
        Assert.DoesNotContain(RecordFiles.NewSuffix, RecordFiles.PathOf(Folder, name), StringComparison.Ordinal);
    }

    private static byte[] Sealed(string name, byte value) => SealedRecord.Seal(name, [value]);

    private static int Value(IRecordSource store, string name) =>
        SealedRecord.Read(store, name, out byte[] payload) == RecordState.Valid ? payload[0] : -1;
}
