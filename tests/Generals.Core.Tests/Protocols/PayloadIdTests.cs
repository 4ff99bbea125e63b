using Generals.Core.Protocols;
using Generals.Core.Wire;

namespace Generals.Core.Tests.Protocols;

/// <summary>
/// General ids inside payloads have two bytes (u16 little-endian, as in the frame header): every id up to
/// FrameLimits.GeneralIdMax round-trips, anything above it (or 0) is refused by the total decoders.
/// </summary>
public class PayloadIdTests
{
    private const int Attack = ProtocolCodes.Attack;

    public static TheoryData<int> Ids => [1, 255, 256, 300, 65534];

    [Theory]
    [MemberData(nameof(Ids))]
    public void OralTryDecode_Id_RoundTripsUpToGeneralIdMaxAndIsRefusedAbove(int id)
    {
        if (id <= FrameLimits.GeneralIdMax)
        {
            int[] path = [id, 1, FrameLimits.GeneralIdMax];
            int[]? decoded = OralMessagePayload.TryDecode(OralMessagePayload.Encode(Attack, path, path.Length), out int order);

            Assert.Equal(path, decoded);
            Assert.Equal(Attack, order);
        }
        else
        {
            Assert.Throws<ArgumentOutOfRangeException>(() => OralMessagePayload.Encode(Attack, [id], 1));
            Assert.Null(OralMessagePayload.TryDecode(OralPayload(1, id), out _));
        }
    }

    [Fact]
    public void OralEncode_Path_WritesEachIdAsTwoBytesLittleEndian()
    {
        byte[] payload = OralMessagePayload.Encode(Attack, [1, FrameLimits.GeneralIdMax], 2);

        byte[] expected = [ProtocolCodes.OralMessages, Attack, 2, 1, 0, FrameLimits.GeneralIdMax & 0xFF, FrameLimits.GeneralIdMax >> 8];
        Assert.Equal(expected, payload);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(65535)]
    public void OralTryDecode_IdZeroOrBroadcast_IsNull(int id)
    {
        Assert.Null(OralMessagePayload.TryDecode(OralPayload(1, id), out int order));
        Assert.Equal(ProtocolCodes.NoOrder, order);
    }

    [Fact]
    public void OralTryDecode_OneByteIds_IsNull()
    {
        byte[] oneByteIds = [ProtocolCodes.OralMessages, Attack, 2, 1, 3];

        Assert.Null(OralMessagePayload.TryDecode(oneByteIds, out _));
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void SignedTryDecode_SignerId_RoundTripsUpToGeneralIdMaxAndIsRefusedAbove(int id)
    {
        byte[] signature = [9, 8, 7];
        if (id <= FrameLimits.GeneralIdMax)
        {
            SignedChain chain = SignedChain.First(Attack, id, signature).Extend(FrameLimits.GeneralIdMax, signature);
            SignedChain? decoded = SignedChain.TryDecode(chain.Encode());

            Assert.NotNull(decoded);
            Assert.Equal(id, decoded.Signer(0));
            Assert.Equal(FrameLimits.GeneralIdMax, decoded.Signer(1));
            Assert.Equal(signature, decoded.Signature(1));
        }
        else
        {
            Assert.Throws<ArgumentOutOfRangeException>(() => SignedChain.First(Attack, id, signature).Encode());
            Assert.Null(SignedChain.TryDecode(SignedPayload(id, signature)));
        }
    }

    [Fact]
    public void SignedEncode_Chain_WritesSignerAndLengthAsTwoBytesEach()
    {
        byte[] payload = SignedChain.First(Attack, FrameLimits.GeneralIdMax, [0xAB]).Encode();

        byte[] expected = [ProtocolCodes.SignedMessages, Attack, 1, FrameLimits.GeneralIdMax & 0xFF, FrameLimits.GeneralIdMax >> 8, 1, 0, 0xAB];
        Assert.Equal(expected, payload);
        Assert.Equal(SignedChain.HeaderBytes + SignedChain.EntryHeaderBytes + 1, SignedChain.First(Attack, 1, [0xAB]).PayloadLength);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(65535)]
    public void SignedTryDecode_SignerZeroOrBroadcast_IsNull(int id)
    {
        Assert.Null(SignedChain.TryDecode(SignedPayload(id, [1, 2])));
    }

    [Fact]
    public void SigningBytes_SignersAlikeInTheirLowByte_Differ()
    {
        byte[] low = SignedChain.FirstSigningBytes("kit", 1, Attack, 1);
        byte[] high = SignedChain.FirstSigningBytes("kit", 1, Attack, 257);

        Assert.NotEqual(low, high);
        Assert.Equal(low.Length, high.Length);
    }

    [Fact]
    public void OralInstancePut_PathsAlikeInTheirLowBytes_AreDifferentPaths()
    {
        var oral = new OralInstance(1, 1, Attack, 2, new RoundSchedule(0, 100, 3), 2, [1, 2, 3]);

        Assert.True(oral.Put([1, 257], 2, Attack));

        Assert.Equal(ProtocolCodes.NoOrder, oral.Get([1, 1], 2));
        Assert.True(oral.Put([1, 1], 2, ProtocolCodes.Retreat));
        Assert.Equal(Attack, oral.Get([1, 257], 2));
    }

    private static byte[] OralPayload(params int[] path)
    {
        byte[] payload = new byte[OralMessagePayload.HeaderBytes + (OralMessagePayload.IdBytes * path.Length)];
        payload[0] = ProtocolCodes.OralMessages;
        payload[1] = Attack;
        payload[2] = (byte)path.Length;
        for (int i = 0; i < path.Length; i++)
        {
            Bytes.WriteUInt16(payload, OralMessagePayload.HeaderBytes + (2 * i), path[i]);
        }

        return payload;
    }

    private static byte[] SignedPayload(int signer, byte[] signature)
    {
        byte[] payload = new byte[SignedChain.HeaderBytes + SignedChain.EntryHeaderBytes + signature.Length];
        payload[0] = ProtocolCodes.SignedMessages;
        payload[1] = Attack;
        payload[2] = 1;
        Bytes.WriteUInt16(payload, 3, signer);
        Bytes.WriteUInt16(payload, 5, signature.Length);
        signature.CopyTo(payload, 7);
        return payload;
    }
}
