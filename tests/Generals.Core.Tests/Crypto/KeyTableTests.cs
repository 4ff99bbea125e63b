using Generals.Core.Crypto;
using Generals.Core.Protocols;
using Generals.Core.Wire;

namespace Generals.Core.Tests.Crypto;

/// <summary>
/// Tables by signer id hold the signers a kit has, not a slot for each of GeneralIdMax + 1 possible ids, and every id up
/// to GeneralIdMax works in them.
/// </summary>
public class KeyTableTests
{
    private static readonly int[] KitIds = [0, 1, 2, 3, FrameLimits.GeneralIdMax];

    public static TheoryData<int> Ids => [1, 255, 256, 300, 65534];

    [Theory]
    [MemberData(nameof(Ids))]
    public void PublicKeySetSet_Id_GetsItBackUpToGeneralIdMaxAndRefusesAbove(int id)
    {
        var keys = new PublicKeySet();
        if (id > FrameLimits.GeneralIdMax)
        {
            Assert.Throws<ArgumentOutOfRangeException>(() => keys.Set(id, [1]));
            Assert.Null(keys.Get(id));
            return;
        }

        keys.Set(id, [(byte)id, 2]);

        Assert.Equal([(byte)id, 2], keys.Get(id));
        Assert.Null(keys.Get(id + 1));
    }

    [Fact]
    public void PublicKeySetSet_KitSigners_HoldsSlotsForThoseOnlyAndWalksThemAscending()
    {
        var keys = new PublicKeySet();
        foreach (int id in KitIds.Reverse())
        {
            keys.Set(id, [(byte)id]);
        }

        Assert.Equal(KitIds.Length, keys.Count);
        Assert.InRange(keys.Capacity, KitIds.Length, 2 * KitIds.Length);
        Assert.Equal(KitIds, Enumerable.Range(0, keys.Count).Select(keys.SignerAt));
    }

    [Fact]
    public void LmsCreateVerifier_KitKeysUpToGeneralIdMax_VerifiesTheHighestSignerAndHoldsOnlyTheKitsKeys()
    {
        (MemoryStore store, byte[] publicKey) = LmsTestKeys.Fresh(LmsParameterSet.H5, LmOtsParameterSet.W4);
        var scheme = new LmsScheme(LmsParameterSet.H5, LmOtsParameterSet.W4, Sha256.Create);
        var keys = new PublicKeySet();
        foreach (int id in KitIds)
        {
            keys.Set(id, publicKey);
        }

        var ring = (LmsKeyRing)scheme.CreateVerifier(keys);
        byte[] message = [1, 2, 3];
        byte[] signature = scheme.OpenSigner(store).Sign(message);

        Assert.Equal(SignatureCheck.Valid, ring.Verify(FrameLimits.GeneralIdMax, message, signature));
        Assert.Equal(SignatureCheck.UnknownSigner, ring.Verify(FrameLimits.GeneralIdMax - 1, message, signature));
        Assert.Equal(SignatureCheck.UnknownSigner, ring.Verify(FrameLimits.GeneralIdMax + 1, message, signature));
        Assert.Equal(KitIds.Length, ring.Count);
        Assert.InRange(ring.Capacity, KitIds.Length, 2 * KitIds.Length);
    }

    [Fact]
    public void IdealVerify_HighestSigner_ValidOnlyUnderItsOwnId()
    {
        var ideal = new IdealSignatures(5);
        byte[] message = [4, 5, 6];
        byte[] signature = ideal.SignerFor(FrameLimits.GeneralIdMax).Sign(message);

        Assert.Equal(SignatureCheck.Valid, ideal.Verify(FrameLimits.GeneralIdMax, message, signature));
        Assert.Equal(SignatureCheck.Invalid, ideal.Verify(FrameLimits.GeneralIdMax - 1, message, signature));
        Assert.Equal(SignatureCheck.UnknownSigner, ideal.Verify(FrameLimits.GeneralIdMax + 1, message, signature));
        Assert.Equal(signature, new IdealSignatures(5).SignerFor(FrameLimits.GeneralIdMax).Sign(message));
        Assert.NotEqual(signature, new IdealSignatures(6).SignerFor(FrameLimits.GeneralIdMax).Sign(message));
    }

    [Fact]
    public void TraitorPlan_EquivocatorAmongAKit_PartitionHoldsOnlyTheAttackSide()
    {
        int[] generals = [1, 2, 3, 4, 5, 6, FrameLimits.GeneralIdMax];
        var plan = new TraitorPlan(TraitorStrategy.Equivocate, 0, 7, 1, 2, generals);

        int attacks = generals.Count(g => plan.SideOf(g) == ProtocolCodes.Attack);

        Assert.Equal(4, attacks);
        Assert.InRange(plan.PartitionCapacity, attacks, 2 * generals.Length);
        Assert.Equal(0, TraitorPlan.Loyal(1, 2, generals).PartitionCapacity);
        Assert.Equal(ProtocolCodes.Retreat, plan.SideOf(FrameLimits.GeneralIdMax + 1));
    }
}
