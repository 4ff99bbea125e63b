using System.Globalization;
using System.Security.Cryptography;
using Generals.Core.Crypto;
using Generals.Core.Protocols;
using Generals.Core.Wire;

namespace Generals.Bench.Soak;

/// <summary>
/// Every LMS signature the capture holds, checked against nf.keys: the chain signatures inside SM(m) orders on the wire
/// topics (signer t of a chain signs <see cref="SignedChain.SigningBytes"/> of the frame's kit and instance) and the
/// harness's signature on every control command. A one-time key index q (the first four bytes of an LMS signature) that
/// signs two different messages under valid signatures is a reuse. Signatures that do not verify (a traitor's forgery, a
/// rogue's random bytes, a replay into another instance) are counted by verdict and claim no index: only the key's
/// holder can make a valid one. Identical copies (relays carry earlier signatures, retransmissions, duplicates) are
/// counted as occurrences and verified once.
/// </summary>
public sealed class SoakSignatures(IVerifier verifier, SoakCounts counts)
{
    /// <summary>Witness lines kept for reuse: one is enough to fail the soak, a few help read it.</summary>
    private const int WitnessMax = 10;

    private readonly Dictionary<(int Signer, uint Q), string> _messageOf = [];
    private readonly Dictionary<string, SignatureCheck> _verified = new(StringComparer.Ordinal);
    private readonly List<string> _reuse = [];

    /// <summary>What a reuse looked like (empty when none).</summary>
    public IReadOnlyList<string> Reuse => _reuse;

    /// <summary>The highest index each signer was seen to use with a valid signature.</summary>
    public Dictionary<int, uint> HighestIndex { get; } = [];

    /// <summary>Distinct indices each signer was seen to use.</summary>
    public Dictionary<int, int> IndicesUsed { get; } = [];

    public void Add(CapturedFrame captured)
    {
        ArgumentNullException.ThrowIfNull(captured);
        if (captured.Channel is not (CaptureChannel.Wire or CaptureChannel.Control))
        {
            return;
        }

        if (FrameCodec.TryDecode(captured.Bytes, out Frame frame) != FrameRejection.None)
        {
            counts.Add("frames/undecodable-" + captured.Channel.ToString().ToLowerInvariant());
            return;
        }

        if (frame.Scheme == SignatureScheme.Lms)
        {
            // A whole frame signed with LMS: the harness's commands (and anything else that claims to be).
            Check(frame.Route.From, FrameCodec.EncodeSignedPart(frame, true), frame.Signature, "frame");
        }

        if (captured.Channel == CaptureChannel.Wire && frame.Kind == FrameKind.Protocol
            && frame.Payload.Length > 0 && frame.Payload[0] == ProtocolCodes.SignedMessages && SignedChain.TryDecode(frame.Payload) is { } chain)
        {
            for (int position = 0; position < chain.Count; position++)
            {
                Check(chain.Signer(position), chain.SigningBytes(frame.Kit, frame.Stamp.Instance, position), chain.Signature(position), "chain");
            }
        }
    }

    private void Check(int signer, byte[] message, byte[] signature, string where)
    {
        counts.Add($"signatures/occurrences-{where}");
        string messageHash = Convert.ToHexString(SHA256.HashData(message));
        string key = string.Create(CultureInfo.InvariantCulture, $"{signer}:{messageHash}:{Convert.ToHexString(SHA256.HashData(signature))}");
        if (_verified.ContainsKey(key))
        {
            return;
        }

        SignatureCheck check = verifier.Verify(signer, message, signature);
        _verified[key] = check;
        counts.Add("signatures/checked");
        counts.Add("signatures/" + check.ToString().ToLowerInvariant());
        if (check != SignatureCheck.Valid || signature.Length < 4)
        {
            return;
        }

        uint q = ((uint)signature[0] << 24) | ((uint)signature[1] << 16) | ((uint)signature[2] << 8) | signature[3];
        if (!_messageOf.TryGetValue((signer, q), out string? first))
        {
            _messageOf[(signer, q)] = messageHash;
            IndicesUsed[signer] = IndicesUsed.GetValueOrDefault(signer) + 1;
            HighestIndex[signer] = Math.Max(HighestIndex.GetValueOrDefault(signer), q);
            return;
        }

        if (first != messageHash)
        {
            counts.Add("signatures/index-reused");
            if (_reuse.Count < WitnessMax)
            {
                _reuse.Add($"signer {signer} index {q} signed two messages (SHA-256 {first[..16]}... and {messageHash[..16]}...), both valid ({where})");
            }
        }
    }
}
