using Generals.Bench.Soak;
using Generals.Core.Crypto;
using Generals.Core.Node;
using Generals.Core.Protocols;
using Generals.Core.Runtime;
using Generals.Core.Wire;
using Generals.Harness.Crypto;
using Generals.Harness.Scenarios;
using Generals.Harness.Worlds.Sim;

namespace Generals.Cli.Tests.Soak;

/// <summary>The soak's signature check: a reuse is found wherever it hides; forgeries and copies never pass for one.</summary>
public sealed class SoakSignaturesTests
{
    private static readonly ISignatureScheme Scheme = SignatureSchemes.For("lms", "H5/W4", out _)!;

    [Fact]
    public void Add_TwoControlCommandsSignedWithOneIndexFromACopiedKey_ReuseNamed()
    {
        (IVerifier verifier, SimStore store) = Key(0);
        SimStore copy = Copy(store);
        var counts = new SoakCounts();
        var signatures = new SoakSignatures(verifier, counts);

        signatures.Add(Control(1, 7, Scheme.OpenSigner(store)));
        signatures.Add(Control(2, 8, Scheme.OpenSigner(copy)));

        Assert.Single(signatures.Reuse);
        Assert.StartsWith("signer 0 index 0 signed two messages", signatures.Reuse[0], StringComparison.Ordinal);
        Assert.Equal(2, counts["signatures/valid"]);
    }

    [Fact]
    public void Add_ChainSignaturesOfTwoInstancesWithOneIndex_ReuseNamed()
    {
        (IVerifier verifier, SimStore store) = Key(3);
        SimStore copy = Copy(store);
        var signatures = new SoakSignatures(verifier, new SoakCounts());

        signatures.Add(Order(3, 11, Scheme.OpenSigner(store)));
        signatures.Add(Order(3, 12, Scheme.OpenSigner(copy)));

        Assert.Single(signatures.Reuse);
    }

    [Fact]
    public void Add_ASignatureCopiedOntoAnotherMessage_InvalidAndNoReuse()
    {
        (IVerifier verifier, SimStore store) = Key(0);
        var counts = new SoakCounts();
        var signatures = new SoakSignatures(verifier, counts);
        byte[] genuine = Control(1, 7, Scheme.OpenSigner(store)).Bytes;
        FrameCodec.TryDecode(genuine, out Frame frame);
        var other = new Frame(FrameKind.Control, "soak", new FrameRoute(0, 2), new FrameStamp(1, 9, 0, 0), ValueRecord.Encode((int)ControlType.ReportCounters, []));

        signatures.Add(new CapturedFrame(CaptureChannel.Control, 1, 0, genuine));
        signatures.Add(new CapturedFrame(CaptureChannel.Control, 2, 0, FrameCodec.Encode(other.WithSignature(SignatureScheme.Lms, frame.Signature))));

        Assert.Empty(signatures.Reuse);
        Assert.Equal(1, counts["signatures/valid"]);
        Assert.Equal(1, counts["signatures/invalid"]);
        Assert.Equal(1, signatures.IndicesUsed[0]);
    }

    [Fact]
    public void Add_TheSameSignedFrameTwice_TwoOccurrencesOneCheck()
    {
        (IVerifier verifier, SimStore store) = Key(0);
        var counts = new SoakCounts();
        var signatures = new SoakSignatures(verifier, counts);
        CapturedFrame frame = Control(1, 7, Scheme.OpenSigner(store));

        signatures.Add(frame);
        signatures.Add(frame);

        Assert.Equal(2, counts["signatures/occurrences-frame"]);
        Assert.Equal(1, counts["signatures/checked"]);
        Assert.Empty(signatures.Reuse);
    }

    private static (IVerifier, SimStore) Key(int signer)
    {
        var store = new SimStore();
        var keys = new PublicKeySet();
        keys.Set(signer, Scheme.GenerateKey(new byte[Scheme.EntropyBytes], store));
        return (Scheme.CreateVerifier(keys), store);
    }

    private static SimStore Copy(SimStore store)
    {
        var copy = new SimStore();
        foreach (string name in store.DurableNames)
        {
            copy.Write(name, store.Read(name));
        }

        copy.Flush();
        return copy;
    }

    private static CapturedFrame Control(int target, uint sequence, ISigner signer) =>
        new(CaptureChannel.Control, target, 0, ControlCommands.SignedFrame("soak", target, sequence, new ReportCountersCommand(), signer)!);

    private static CapturedFrame Order(int general, uint instance, ISigner signer)
    {
        int order = 1;
        byte[] signature = signer.Sign(SignedChain.FirstSigningBytes("soak", instance, order, general));
        byte[] payload = SignedChain.First(order, general, signature).Encode();
        byte[] frame = FrameCodec.Encode(new Frame(FrameKind.Protocol, "soak", new FrameRoute(general, FrameLimits.Broadcast), new FrameStamp(1, 1, instance, 0), payload));
        return new CapturedFrame(CaptureChannel.Wire, general, 0, frame);
    }
}
