using Generals.Core.Links;

namespace Generals.Harness.History;

/// <summary>The content hash a `send` event carries (Extra), so a reused sequence number with other content shows.</summary>
public static class FrameHash
{
    public static long Of(byte[] frame) => AppMessage.Hash(frame);
}
