using Generals.Core.Runtime;

namespace Generals.Harness.Network;

/// <summary>Reads a status payload (Core's <see cref="StatusPayload"/> words) as a <see cref="GeneralStatus"/>.</summary>
public static class GeneralStatuses
{
    public static GeneralStatus Of(byte[] payload)
    {
        ArgumentNullException.ThrowIfNull(payload);
        ReadOnlySpan<byte> bytes = payload;
        return bytes.SequenceEqual(StatusPayload.Online) ? GeneralStatus.Online
            : bytes.SequenceEqual(StatusPayload.Offline) ? GeneralStatus.Offline
            : bytes.SequenceEqual(StatusPayload.Failed) ? GeneralStatus.Failed
            : GeneralStatus.Unknown;
    }
}
