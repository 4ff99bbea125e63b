using Generals.Core.Crypto;

namespace Generals.Core.Tests.Crypto;

/// <summary>
/// The segment form of <see cref="IVerifier.Verify(int, byte[], int, int, byte[], int, int)"/>: a message and a signature
/// read where they lie inside larger arrays (a received frame, a reused buffer) verify exactly as the same bytes on their own.
/// </summary>
public class VerifierSegmentTests
{
    private static readonly byte[] Message = [3, 1, 4, 1, 5, 9, 2, 6];

    public static TheoryData<string> Verifiers => new() { "lms", "ideal" };

    [Theory]
    [MemberData(nameof(Verifiers))]
    public void Verify_SegmentsInsideLargerArrays_ValidAsTheWholeArrays(string scheme)
    {
        (IVerifier verifier, byte[] signature) = Signed(scheme);
        byte[] message = Embed(Message, 11, 5);
        byte[] signatureSource = Embed(signature, 3, 7);

        SignatureCheck whole = verifier.Verify(4, Message, signature);
        SignatureCheck segment = verifier.Verify(4, message, 11, Message.Length, signatureSource, 3, signature.Length);

        Assert.Equal(SignatureCheck.Valid, whole);
        Assert.Equal(SignatureCheck.Valid, segment);
    }

    [Theory]
    [MemberData(nameof(Verifiers))]
    public void Verify_MessageSegmentShiftedOrShortened_IsNotValid(string scheme)
    {
        (IVerifier verifier, byte[] signature) = Signed(scheme);
        byte[] message = Embed(Message, 11, 5);

        Assert.Equal(SignatureCheck.Invalid, verifier.Verify(4, message, 10, Message.Length, signature, 0, signature.Length));
        Assert.Equal(SignatureCheck.Invalid, verifier.Verify(4, message, 11, Message.Length - 1, signature, 0, signature.Length));
    }

    [Theory]
    [MemberData(nameof(Verifiers))]
    public void Verify_SegmentOutsideItsArray_IsMalformedNotAnException(string scheme)
    {
        (IVerifier verifier, byte[] signature) = Signed(scheme);

        Assert.Equal(SignatureCheck.Malformed, verifier.Verify(4, Message, 1, Message.Length, signature, 0, signature.Length));
        Assert.Equal(SignatureCheck.Malformed, verifier.Verify(4, Message, 0, Message.Length, signature, 1, signature.Length));
        Assert.Equal(SignatureCheck.Malformed, verifier.Verify(4, Message, -1, 2, signature, 0, signature.Length));
        Assert.Equal(SignatureCheck.Malformed, verifier.Verify(4, null!, 0, 0, signature, 0, signature.Length));
    }

    private static (IVerifier Verifier, byte[] Signature) Signed(string scheme)
    {
        if (scheme == "ideal")
        {
            var ideal = new IdealSignatures(99);
            return (ideal, ideal.SignerFor(4).Sign(Message));
        }

        (MemoryStore store, byte[] publicKey) = LmsTestKeys.Fresh(LmsParameterSet.H5, LmOtsParameterSet.W4);
        return (LmsTestKeys.Ring(4, publicKey), new LmsSigner(store, Sha256.Create).Sign(Message));
    }

    private static byte[] Embed(byte[] bytes, int before, int after)
    {
        byte[] larger = new byte[before + bytes.Length + after];
        Array.Fill(larger, (byte)0xA5);
        bytes.CopyTo(larger, before);
        return larger;
    }
}
