using CsCheck;
using Generals.Core.Protocols;
using Generals.Core.Wire;

namespace Generals.Core.Tests.Protocols;

public class PayloadCodecTests
{
    [Fact]
    public void OralTryDecode_EncodedPath_RoundTrips()
    {
        Gen.Select(Gen.Int[0, 1], Gen.Int[1, FrameLimits.GeneralIdMax].Array[1, OralMessagePayload.PathMax]).Sample((order, path) =>
        {
            int[]? decoded = OralMessagePayload.TryDecode(OralMessagePayload.Encode(order, path, path.Length), out int decodedOrder);

            Assert.Equal(path, decoded);
            Assert.Equal(order, decodedOrder);
        }, iter: 2_000);
    }

    [Fact]
    public void TryDecode_RandomBytes_NeverThrows()
    {
        Gen.Byte.Array[0, 200].Sample(bytes =>
        {
            OralMessagePayload.TryDecode(bytes, out _);
            SignedChain.TryDecode(bytes);
            if (bytes.Length > 0)
            {
                bytes[0] = (byte)ProtocolCodes.SignedMessages;
                SignedChain.TryDecode(bytes);
                bytes[0] = (byte)ProtocolCodes.OralMessages;
                OralMessagePayload.TryDecode(bytes, out _);
            }
        }, iter: 20_000);
    }

    [Fact]
    public void SignedTryDecode_EncodedChain_RoundTrips()
    {
        Gen.Select(Gen.Int[0, 1], Gen.Int[1, FrameLimits.GeneralIdMax].Array[1, SignedChain.SignaturesMax], Gen.Byte.Array[1, 40]).Sample((order, signers, signature) =>
        {
            SignedChain chain = SignedChain.First(order, signers[0], signature);
            for (int i = 1; i < signers.Length; i++)
            {
                chain = chain.Extend(signers[i], signature);
            }

            SignedChain? decoded = SignedChain.TryDecode(chain.Encode());

            Assert.NotNull(decoded);
            Assert.Equal(chain.SignersText(), decoded.SignersText());
            Assert.Equal(order, decoded.Order);
            Assert.Equal(signature, decoded.Signature(signers.Length - 1));
        }, iter: 2_000);
    }

    [Fact]
    public void SigningBytes_DifferentInstanceOrderOrSigner_Differ()
    {
        byte[] baseline = SignedChain.FirstSigningBytes("kit", 1, ProtocolCodes.Attack, 1);

        Assert.NotEqual(baseline, SignedChain.FirstSigningBytes("kit", 2, ProtocolCodes.Attack, 1));
        Assert.NotEqual(baseline, SignedChain.FirstSigningBytes("kit", 1, ProtocolCodes.Retreat, 1));
        Assert.NotEqual(baseline, SignedChain.FirstSigningBytes("kit", 1, ProtocolCodes.Attack, 2));
        Assert.NotEqual(baseline, SignedChain.FirstSigningBytes("kiu", 1, ProtocolCodes.Attack, 1));
    }
}
