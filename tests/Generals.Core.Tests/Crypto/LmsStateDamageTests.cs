using Generals.Core.Crypto;
using Generals.Core.Runtime;

namespace Generals.Core.Tests.Crypto;

/// <summary>
/// A signer's stored state with a flipped bit (a worn flash cell, a bad sector, a careless edit): every record is
/// sealed, so the damage is found and refused with a typed error, and no one-time index is ever used twice.
/// </summary>
public class LmsStateDamageTests
{
    private const int UsedBeforeDamage = 3;

    public static TheoryData<string, int, int> EveryRecordOfAnH5Key()
    {
        // Per record: the seal's version byte, the payload's format byte, a byte of the content (key type, mark,
        // second tree node), one further in, and the CRC's last byte; three different bits.
        var data = new TheoryData<string, int, int>();
        foreach ((string record, int[] offsets) in new (string, int[])[]
        {
            (LmsRecords.Key, [0, 1, 4, 30, 61]),
            (LmsRecords.Mark, [0, 1, 2, 5, 9]),
            (LmsRecords.MarkCopy, [0, 1, 2, 5, 9]),
            (LmsRecords.Subtree(0, 0), [0, 1, 40, 1000, 2020]),
        })
        {
            foreach (int offset in offsets)
            {
                foreach (int bit in new[] { 0, 3, 7 })
                {
                    data.Add(record, offset, bit);
                }
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(EveryRecordOfAnH5Key))]
    public void Sign_BitFlippedInAnyKeyRecord_RefusesOrResumesAboveTheMark(string record, int offset, int bit)
    {
        (MemoryStore store, byte[] publicKey) = LmsTestKeys.Fresh(LmsParameterSet.H5, LmOtsParameterSet.W2);
        var before = new LmsSigner(store, Sha256.Create);
        for (int i = 0; i < UsedBeforeDamage; i++)
        {
            Assert.NotNull(before.Sign([(byte)i]));
        }

        Flip(store, record, offset, bit);
        var after = new LmsSigner(store, Sha256.Create);
        List<int> indices = SignAll(after, publicKey);

        Assert.All(indices, q => Assert.True(q >= LmsSigner.ReservationBlock, $"index {q} is below the durable mark"));
        SignError expected = record == LmsRecords.Key ? SignError.KeyDamaged
            : record == LmsRecords.Subtree(0, 0) ? SignError.TreeDamaged
            : SignError.KeyExhausted;
        Assert.Equal(expected, after.LastError);
        Assert.Equal(expected == SignError.KeyExhausted ? 32 - LmsSigner.ReservationBlock : 0, indices.Count);
    }

    [Theory]
    [InlineData(LmsRecords.Mark)]
    [InlineData(LmsRecords.MarkCopy)]
    public void Open_MarkFlippedFrom80To16InOneCopy_ResumesAt80(string copy)
    {
        // The outside tester's case: one bit (0x40 of the mark's low byte) turned 80 into 16 and 64 indices were reused.
        (MemoryStore store, _) = LmsTestKeys.Fresh(LmsParameterSet.H10, LmOtsParameterSet.W1);
        LmsMark.Write(store, 80);
        Flip(store, copy, 2, 6);

        var signer = new LmsSigner(store, Sha256.Create);

        Assert.Equal(80, signer.NextIndex);
        Assert.Equal(80, QOf(signer.Sign([1])));
        Assert.True(LmsMark.Read(store).First == 96 && LmsMark.Read(store).Second == 96, "the next reservation rewrote both copies");
    }

    [Fact]
    public void Open_BothMarkCopiesDamaged_RefusesWithMarkDamaged()
    {
        (MemoryStore store, _) = LmsTestKeys.Fresh(LmsParameterSet.H5, LmOtsParameterSet.W2);
        Flip(store, LmsRecords.Mark, 2, 4);
        Flip(store, LmsRecords.MarkCopy, 3, 1);

        var signer = new LmsSigner(store, Sha256.Create);

        Assert.Null(signer.Sign([1]));
        Assert.Equal(SignError.MarkDamaged, signer.LastError);
        Assert.Equal(SignError.MarkDamaged, signer.Failure);
        Assert.Equal(0, signer.RemainingSignatures);
    }

    [Fact]
    public void Open_CopiesLeftApartByAPowerCut_IsNoDamageAndResumesAtTheHigher()
    {
        // A cut between the two copies' writes leaves both valid, one block apart: the higher is the truth.
        (MemoryStore store, _) = LmsTestKeys.Fresh(LmsParameterSet.H5, LmOtsParameterSet.W2);
        store.Write(LmsRecords.Mark, SealedRecord.Seal(LmsRecords.Mark, LmsRecords.EncodeMark(32 - LmsSigner.ReservationBlock)));
        store.Write(LmsRecords.MarkCopy, SealedRecord.Seal(LmsRecords.MarkCopy, LmsRecords.EncodeMark(LmsSigner.ReservationBlock)));

        var signer = new LmsSigner(store, Sha256.Create);

        Assert.Equal(SignError.None, signer.Failure);
        Assert.Equal(32 - LmsSigner.ReservationBlock, signer.NextIndex);
    }

    [Fact]
    public void Sign_DamagedTreeRecordOnALaterPath_RefusesWhenItIsReachedAndNeverAfter()
    {
        (MemoryStore store, byte[] publicKey) = LmsTestKeys.Fresh(LmsParameterSet.H10, LmOtsParameterSet.W1);
        Flip(store, LmsRecords.Subtree(1, 1), 700, 2);
        var signer = new LmsSigner(store, Sha256.Create, 4);

        List<int> indices = SignAll(signer, publicKey);

        Assert.Equal(Enumerable.Range(0, 32), indices);
        Assert.Equal(SignError.TreeDamaged, signer.LastError);
        Assert.Null(signer.Sign([9]));
        Assert.Equal(SignError.TreeDamaged, signer.LastError);
    }

    [Fact]
    public void Check_FreshKey_FindsNothingAndCountsEverySignature()
    {
        (MemoryStore store, byte[] publicKey) = LmsTestKeys.Fresh(LmsParameterSet.H10, LmOtsParameterSet.W1);

        LmsKeyReport report = new LmsKeyCheck(Sha256.Create).Run(store, LmsPublicKey.TryParse(publicKey), leaves: true);

        Assert.Equal(LmsKeyProblem.None, report.Problem);
        Assert.Equal(1024, report.Remaining);
    }

    [Theory]
    [InlineData(LmsRecords.Key, LmsKeyProblem.KeyDamaged)]
    [InlineData("lms.t1.17", LmsKeyProblem.SubtreeDamaged)]
    [InlineData("lms.t0.0", LmsKeyProblem.SubtreeDamaged)]
    public void Check_FlippedByte_NamesTheProblemAndTheRecord(string record, LmsKeyProblem problem)
    {
        (MemoryStore store, byte[] publicKey) = LmsTestKeys.Fresh(LmsParameterSet.H10, LmOtsParameterSet.W1);
        Flip(store, record, 20, 5);

        LmsKeyReport report = new LmsKeyCheck(Sha256.Create).Run(store, LmsPublicKey.TryParse(publicKey), leaves: false);

        Assert.Equal(problem, report.Problem);
        Assert.Equal(record, report.Record);
        Assert.Equal(0, report.Remaining);
    }

    [Fact]
    public void Check_NodeChangedAndResealed_FindsTheTreeInconsistent()
    {
        // A checksum only finds accidents; a node rewritten with a fresh seal is found by recomputing the tree.
        (MemoryStore store, byte[] publicKey) = LmsTestKeys.Fresh(LmsParameterSet.H10, LmOtsParameterSet.W1);
        string name = LmsRecords.Subtree(1, 5);
        SealedRecord.Read(store, name, out byte[] subtree);
        subtree[33 * 32] ^= 1;
        store.Write(name, SealedRecord.Seal(name, subtree));

        LmsKeyReport report = new LmsKeyCheck(Sha256.Create).Run(store, LmsPublicKey.TryParse(publicKey), leaves: false);

        Assert.Equal(LmsKeyProblem.TreeInconsistent, report.Problem);
        Assert.Equal(name, report.Record);
    }

    [Fact]
    public void Check_SeedOfAnotherKeyResealed_FindsTheLeavesWrong()
    {
        (MemoryStore store, byte[] publicKey) = LmsTestKeys.Fresh(LmsParameterSet.H5, LmOtsParameterSet.W2);
        LmsPrivateKey key = LmsTestKeys.Key(LmsParameterSet.H5, LmOtsParameterSet.W2, 1);
        var other = new LmsPrivateKey(key.Parameters, key.Ots, key.Identifier, new byte[LmsPrivateKey.SeedBytes]);
        store.Write(LmsRecords.Key, SealedRecord.Seal(LmsRecords.Key, other.Encode()));

        Assert.Equal(LmsKeyProblem.None, new LmsKeyCheck(Sha256.Create).Run(store, LmsPublicKey.TryParse(publicKey), leaves: false).Problem);
        Assert.Equal(LmsKeyProblem.LeafMismatch, new LmsKeyCheck(Sha256.Create).Run(store, LmsPublicKey.TryParse(publicKey), leaves: true).Problem);
    }

    [Fact]
    public void Check_AnotherKeysPublicKey_IsWrongKey()
    {
        (MemoryStore store, _) = LmsTestKeys.Fresh(LmsParameterSet.H5, LmOtsParameterSet.W2);
        (_, byte[] otherPublicKey) = LmsTestKeys.Fresh(LmsParameterSet.H5, LmOtsParameterSet.W2, seed: 2);

        LmsKeyReport report = new LmsKeyCheck(Sha256.Create).Run(store, LmsPublicKey.TryParse(otherPublicKey), leaves: false);

        Assert.Equal(LmsKeyProblem.WrongKey, report.Problem);
    }

    [Fact]
    public void Check_OneMarkCopyDamaged_StillUsableButSaysSo()
    {
        (MemoryStore store, byte[] publicKey) = LmsTestKeys.Fresh(LmsParameterSet.H5, LmOtsParameterSet.W2);
        Flip(store, LmsRecords.MarkCopy, 4, 0);

        LmsKeyReport report = new LmsKeyCheck(Sha256.Create).Run(store, LmsPublicKey.TryParse(publicKey), leaves: false);

        Assert.Equal(LmsKeyProblem.None, report.Problem);
        Assert.True(report.Mark.AnyDamaged);
        Assert.Equal(RecordState.Damaged, report.Mark.SecondState);
        Assert.Equal(32, report.Remaining);
    }

    internal static void Flip(MemoryStore store, string record, int offset, int bit)
    {
        byte[] bytes = store.Read(record);
        Assert.NotNull(bytes);
        bytes[offset] ^= (byte)(1 << bit);
        store.Write(record, bytes);
    }

    private static List<int> SignAll(LmsSigner signer, byte[] publicKey)
    {
        LmsKeyRing ring = LmsTestKeys.Ring(3, publicKey);
        var indices = new List<int>();
        for (int i = 0; i < 2000; i++)
        {
            byte[] message = [(byte)i, (byte)(i >> 8), 0x5A];
            byte[] signature = signer.Sign(message);
            if (signature == null)
            {
                break;
            }

            Assert.Equal(SignatureCheck.Valid, ring.Verify(3, message, signature));
            indices.Add(QOf(signature));
        }

        return indices;
    }

    private static int QOf(byte[] signature) => LmsSignerTests.QOf(signature);
}
