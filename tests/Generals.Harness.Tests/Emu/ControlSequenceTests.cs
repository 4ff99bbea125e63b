using Generals.Core.Runtime;
using Generals.Harness.Worlds.Emu;
using Generals.Harness.Worlds.Sim;

namespace Generals.Harness.Tests.Emu;

/// <summary>The harness's control sequence on a kit that outlives runs: never handed out twice, across crashes too.</summary>
public sealed class ControlSequenceTests
{
    [Fact]
    public void Next_FreshStore_CountsFromOne()
    {
        ControlSequence sequence = ControlSequence.Open(new SimStore(), "test");

        Assert.Equal([1u, 2u, 3u], new[] { sequence.Next(), sequence.Next(), sequence.Next() });
    }

    [Fact]
    public void Next_NewHarnessOnTheSameStoreAfterAKill_AboveEveryNumberTheLastOneHandedOut()
    {
        var store = new SimStore();
        ControlSequence killed = ControlSequence.Open(store, "test");
        uint last = 0;
        for (int i = 0; i < 300; i++)
        {
            last = killed.Next();
        }

        store.Crash();
        uint first = ControlSequence.Open(store, "test").Next();

        Assert.True(first > last, $"resumed at {first} after {last} was sent");
    }

    [Fact]
    public void Next_TakesANumberAtTheMark_MakesTheNewMarkDurableFirst()
    {
        var store = new SimStore();
        ControlSequence sequence = ControlSequence.Open(store, "test");

        uint number = sequence.Next();

        Assert.Equal(1, store.Flushes);
        Assert.Equal(RecordState.Valid, SealedRecord.Read(store, ControlSequence.RecordName, out byte[] payload));
        Assert.True(BitConverter.ToUInt32(payload) >= number);
    }

    [Fact]
    public void Open_DamagedRecord_RefusedNamingTheRecordNotReadAsZero()
    {
        var store = new SimStore();
        ControlSequence.Open(store, "test").Next();
        byte[] record = store.Read(ControlSequence.RecordName);
        record[2] ^= 0x01;
        store.Write(ControlSequence.RecordName, record);
        store.Flush();

        InvalidDataException error = Assert.Throws<InvalidDataException>(() => ControlSequence.Open(store, "data/harness"));

        Assert.Contains("data/harness: the harness's record harness/control-mark is damaged (Damaged)", error.Message, StringComparison.Ordinal);
    }
}
