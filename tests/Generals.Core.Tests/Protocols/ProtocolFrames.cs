using Generals.Core.Wire;

namespace Generals.Core.Tests.Protocols;

/// <summary>Builds Protocol frames by hand, for inputs no loyal general would send.</summary>
internal static class ProtocolFrames
{
    public static Frame Frame(int from, int to, uint instance, int round, byte[] payload) =>
        new(FrameKind.Protocol, FakeNodeContext.TestKit, new FrameRoute(from, to), new FrameStamp(1, 1, instance, round), payload);
}
