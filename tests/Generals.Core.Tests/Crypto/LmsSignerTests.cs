using Generals.Core.Crypto;
using Generals.Core.Runtime;
using NSubstitute;

namespace Generals.Core.Tests.Crypto;

public class LmsSignerTests
{
    private static readonly byte[] Message = [9, 8, 7];

    [Fact]
    public void Sign_FirstSignature_MakesABlockDurableBeforeReturning()
    {
        (MemoryStore store, _) = LmsTestKeys.Fresh(LmsParameterSet.H5, LmOtsParameterSet.W2);
        int flushes = store.Flushes;

        byte[] signature = new LmsSigner(store, Sha256.Create).Sign(Message);

        Assert.NotNull(signature);
        Assert.Equal(LmsSigner.ReservationBlock, LmsMark.Read(store).First);
        Assert.Equal(LmsSigner.ReservationBlock, LmsMark.Read(store).Second);
        Assert.Equal(flushes + 1, store.Flushes);
    }

    [Fact]
    public void Sign_WholeBlock_WritesBothMarkCopiesOncePerBlock()
    {
        (MemoryStore store, _) = LmsTestKeys.Fresh(LmsParameterSet.H5, LmOtsParameterSet.W2);
        var signer = new LmsSigner(store, Sha256.Create);
        int writes = store.Writes;

        for (int i = 0; i < LmsSigner.ReservationBlock; i++)
        {
            signer.Sign(Message);
        }

        Assert.Equal(writes + 2, store.Writes);
        signer.Sign(Message);
        Assert.Equal(writes + 4, store.Writes);
        Assert.Equal(2 * LmsSigner.ReservationBlock, LmsMark.Read(store).First);
        Assert.Equal(2 * LmsSigner.ReservationBlock, LmsMark.Read(store).Second);
    }

    [Fact]
    public void Open_AfterPartlyUsedBlock_ResumesAtTheMarkNotAtTheLastIndex()
    {
        (MemoryStore store, _) = LmsTestKeys.Fresh(LmsParameterSet.H5, LmOtsParameterSet.W2);
        var before = new LmsSigner(store, Sha256.Create);
        before.Sign(Message);
        before.Sign(Message);

        var after = new LmsSigner(store, Sha256.Create);
        byte[] signature = after.Sign(Message);

        Assert.Equal(LmsSigner.ReservationBlock, QOf(signature));
        Assert.Equal(32 - LmsSigner.ReservationBlock - 1, after.RemainingSignatures);
    }

    [Fact]
    public void Sign_EveryIndex_UsesEachOnceInOrderThenReportsExhaustion()
    {
        (MemoryStore store, byte[] publicKey) = LmsTestKeys.Fresh(LmsParameterSet.H5, LmOtsParameterSet.W2);
        var signer = new LmsSigner(store, Sha256.Create);
        LmsKeyRing ring = LmsTestKeys.Ring(4, publicKey);

        for (int q = 0; q < 32; q++)
        {
            Assert.Equal(32 - q, signer.RemainingSignatures);
            byte[] signature = signer.Sign(Message);
            Assert.Equal(q, QOf(signature));
            Assert.Equal(SignatureCheck.Valid, ring.Verify(4, Message, signature));
        }

        Assert.Null(signer.Sign(Message));
        Assert.Equal(SignError.KeyExhausted, signer.LastError);
        Assert.Equal(0, signer.RemainingSignatures);
        Assert.Null(new LmsSigner(store, Sha256.Create).Sign(Message));
    }

    [Fact]
    public void Sign_MarkBeyondTheTree_IsExhaustedWithNothingLeft()
    {
        (MemoryStore store, _) = LmsTestKeys.Fresh(LmsParameterSet.H5, LmOtsParameterSet.W2);
        LmsMark.Write(store, 5000);

        var signer = new LmsSigner(store, Sha256.Create);

        Assert.Equal(0, signer.RemainingSignatures);
        Assert.Null(signer.Sign(Message));
        Assert.Equal(SignError.KeyExhausted, signer.LastError);
    }

    [Fact]
    public void Sign_EmptyStore_FailsWithNoKey()
    {
        var signer = new LmsSigner(new MemoryStore(), Sha256.Create);

        Assert.Null(signer.Sign(Message));
        Assert.Equal(SignError.NoKey, signer.LastError);
        Assert.Equal(0, signer.RemainingSignatures);
    }

    [Fact]
    public void Sign_KeyWithoutMark_RefusesRatherThanGuess()
    {
        (MemoryStore store, _) = LmsTestKeys.Fresh(LmsParameterSet.H5, LmOtsParameterSet.W2);
        store.Remove(LmsRecords.Mark);
        store.Remove(LmsRecords.MarkCopy);

        var signer = new LmsSigner(store, Sha256.Create);

        Assert.Null(signer.Sign(Message));
        Assert.Equal(SignError.ReservationFailed, signer.LastError);
    }

    [Fact]
    public void Sign_StoreThatLosesTheReservation_ReturnsNoSignature()
    {
        (MemoryStore source, _) = LmsTestKeys.Fresh(LmsParameterSet.H5, LmOtsParameterSet.W2);
        IStore store = Substitute.For<IStore>();
        store.Read(Arg.Any<string>()).Returns(call => source.Read(call.Arg<string>()));

        var signer = new LmsSigner(store, Sha256.Create);

        Assert.Null(signer.Sign(Message));
        Assert.Equal(SignError.ReservationFailed, signer.LastError);
        store.Received(1).Write(LmsRecords.Mark, Arg.Any<byte[]>());
        store.Received(1).Write(LmsRecords.MarkCopy, Arg.Any<byte[]>());
        store.Received(1).Flush();
    }

    [Fact]
    public void Sign_MissingSubtreeRecord_RefusesWithTreeDamagedBeforeReservingAnything()
    {
        (MemoryStore store, _) = LmsTestKeys.Fresh(LmsParameterSet.H10, LmOtsParameterSet.W1);
        store.Remove(LmsRecords.Subtree(1, 0));
        var signer = new LmsSigner(store, Sha256.Create);
        int writes = store.Writes;

        Assert.Null(signer.Sign(Message));
        Assert.Equal(SignError.TreeDamaged, signer.LastError);
        Assert.Null(signer.Sign(Message));
        Assert.Equal(SignError.TreeDamaged, signer.LastError);
        Assert.Equal(0, signer.RemainingSignatures);
        Assert.Equal(writes, store.Writes);
    }

    [Fact]
    public void Records_H10Tree_HoldsOneTopAndThirtyTwoBottomSubtreesOf2016Bytes()
    {
        (MemoryStore store, _) = LmsTestKeys.Fresh(LmsParameterSet.H10, LmOtsParameterSet.W1);

        Assert.Equal(33, LmsRecords.SubtreeCount(LmsParameterSet.H10));
        Assert.Equal(1057, LmsRecords.SubtreeCount(LmsParameterSet.H15));
        Assert.Equal(RecordState.Valid, SealedRecord.Read(store, LmsRecords.Subtree(0, 0), out byte[] top));
        Assert.Equal(RecordState.Valid, SealedRecord.Read(store, LmsRecords.Subtree(1, 31), out byte[] last));
        Assert.Equal(2016, top.Length);
        Assert.Equal(2016, last.Length);
        Assert.Null(store.Read(LmsRecords.Subtree(1, 32)));
    }

    internal static int QOf(byte[] signature) =>
        (signature[0] << 24) | (signature[1] << 16) | (signature[2] << 8) | signature[3];
}
