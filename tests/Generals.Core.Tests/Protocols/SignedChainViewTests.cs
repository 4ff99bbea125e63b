using Generals.Core.Protocols;

namespace Generals.Core.Tests.Protocols;

/// <summary>A chain decoded from a payload inside a larger array reads its signatures there: nothing of them is copied.</summary>
public class SignedChainViewTests
{
    [Fact]
    public void TryDecode_PayloadInsideLargerArray_SignaturesLieInThatArrayAndSigningBytesMatchTheCopy()
    {
        byte[] first = [.. Enumerable.Range(1, 40).Select(i => (byte)i)];
        byte[] second = [.. Enumerable.Range(100, 30).Select(i => (byte)i)];
        byte[] payload = SignedChain.First(ProtocolCodes.Attack, 1, first).Extend(4, second).Encode();
        byte[] frame = new byte[9 + payload.Length + 6];
        payload.CopyTo(frame, 9);

        SignedChain view = SignedChain.TryDecode(frame, 9, payload.Length)!;
        SignedChain copy = SignedChain.TryDecode(payload)!;

        Assert.Same(frame, view.SignatureSource(0));
        Assert.Same(frame, view.SignatureSource(1));
        Assert.Equal(second, frame.AsSpan(view.SignatureOffset(1), view.SignatureLength(1)).ToArray());
        Assert.Equal(copy.SigningBytes("kit", 7, 1), view.SigningBytes("kit", 7, 1));
        byte[] buffer = new byte[view.SigningLength("kit", 1) + 10];
        Assert.Equal(view.SigningLength("kit", 1), view.WriteSigningBytes("kit", 7, 1, buffer));
        Assert.Equal(copy.SigningBytes("kit", 7, 1), buffer[..view.SigningLength("kit", 1)]);
    }

    [Fact]
    public void TryDecode_SegmentCutShortOrWithATrailingByte_IsNull()
    {
        byte[] payload = SignedChain.First(ProtocolCodes.Retreat, 2, [9, 9, 9]).Encode();
        byte[] longer = [.. payload, 0];

        Assert.Null(SignedChain.TryDecode(payload, 0, payload.Length - 1));
        Assert.Null(SignedChain.TryDecode(longer, 0, longer.Length));
        Assert.NotNull(SignedChain.TryDecode(longer, 0, payload.Length));
        Assert.Null(SignedChain.TryDecode(payload, 1, payload.Length));
    }

    [Fact]
    public void Encode_SameChainTwice_OneArrayForEveryRecipient()
    {
        SignedChain chain = SignedChain.First(ProtocolCodes.Attack, 1, [1, 2, 3]).Extend(2, [4, 5]);

        Assert.Same(chain.Encode(), chain.Encode());
    }
}
