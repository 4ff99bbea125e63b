using System.Globalization;
using System.Text;
using Generals.Core.Wire;

namespace Generals.Harness.Inspect;

/// <summary>Human-readable text for frames and decoder rejections, as `generals wire decode` prints them.</summary>
public static class FrameDescription
{
    private const int HexPreviewBytesMax = 64;

    public static string Describe(Frame frame, int encodedBytes)
    {
        var text = new StringBuilder();
        Line(text, "version", FrameLimits.Version.ToString(CultureInfo.InvariantCulture));
        Line(text, "kind", $"{frame.Kind} ({(int)frame.Kind})");
        Line(text, "kit", frame.Kit);
        Line(text, "from", Id(frame.Route.From));
        Line(text, "to", Id(frame.Route.To));
        Line(text, "incarnation", frame.Stamp.Incarnation.ToString(CultureInfo.InvariantCulture));
        Line(text, "sequence", frame.Stamp.Sequence.ToString(CultureInfo.InvariantCulture));
        Line(text, "instance", frame.Stamp.Instance.ToString(CultureInfo.InvariantCulture));
        Line(text, "round", frame.Stamp.Round.ToString(CultureInfo.InvariantCulture));
        Line(text, "payload", Preview(frame.Payload));
        Line(text, "signature", frame.IsSigned ? $"{frame.Scheme} ({(int)frame.Scheme}), {Preview(frame.Signature)}" : "none");
        Line(text, "size", $"{encodedBytes} bytes");
        return text.ToString();
    }

    public static string Explain(FrameRejection rejection) => rejection switch
    {
        FrameRejection.None => "a valid frame",
        FrameRejection.Empty => "no bytes",
        FrameRejection.TooLong => $"longer than the {FrameLimits.FrameBytesMax}-byte frame limit",
        FrameRejection.Truncated => "the bytes end before a field the frame announced",
        FrameRejection.UnsupportedVersion => $"the first byte is not version {FrameLimits.Version}",
        FrameRejection.UnknownKind => "the kind byte is not 1..6",
        FrameRejection.ReservedFlags => "a reserved flag bit is set",
        FrameRejection.BadKitLength => $"the kit name length is not 1..{FrameLimits.KitBytesMax}",
        FrameRejection.BadKitCharacter => "the kit name has a byte outside [a-z0-9-]",
        FrameRejection.BadSender => $"the sender is the broadcast address {FrameLimits.Broadcast}",
        FrameRejection.PayloadTooLong => $"the payload length exceeds {FrameLimits.PayloadBytesMax}",
        FrameRejection.UnknownScheme => "the signature scheme is not 1 (ideal), 2 (lms), 3 (ed25519), 4 (hmac-sha256) or 5 (hmac-sha256 authenticator)",
        FrameRejection.BadSignatureLength => $"the signature length is not 1..{FrameLimits.SignatureBytesMax}",
        FrameRejection.TrailingBytes => "bytes follow the last field",
        _ => "unknown reason",
    };

    private static string Id(int id) => id switch
    {
        FrameLimits.HarnessId => "0 (harness)",
        FrameLimits.Broadcast => $"{FrameLimits.Broadcast} (broadcast)",
        _ => id.ToString(CultureInfo.InvariantCulture),
    };

    private static string Preview(byte[] bytes)
    {
        if (bytes.Length == 0)
        {
            return "0 bytes";
        }

        string hex = bytes.Length <= HexPreviewBytesMax
            ? Hex.Encode(bytes)
            : Hex.Encode(bytes[..HexPreviewBytesMax]) + "...";
        return $"{bytes.Length} bytes: {hex}";
    }

    private static void Line(StringBuilder text, string name, string value) =>
        text.Append(name.PadRight(12)).Append(' ').Append(value).Append('\n');
}
