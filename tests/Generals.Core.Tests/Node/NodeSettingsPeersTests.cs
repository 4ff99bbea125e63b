using CsCheck;
using Generals.Core.Crypto;
using Generals.Core.Node;
using Generals.Core.Runtime;

namespace Generals.Core.Tests.Node;

/// <summary>A General's peers are ascending, so "is this a peer?" costs a halving search in a kit of thousands (issue 16).</summary>
public sealed class NodeSettingsPeersTests
{
    [Fact]
    public void IsPeer_AnyAscendingPeers_AnswersAsALinearSearchWould()
    {
        Gen.Int[1, 20_000].HashSet[0, 300].Select(Gen.Int[0, 20_002], (set, probe) => (set, probe)).Sample(t =>
        {
            int[] peers = [.. t.set.Order()];
            NodeSettings settings = Settings(peers);

            Assert.Equal(peers.Contains(t.probe), settings.IsPeer(t.probe));
            Assert.All(peers, peer => Assert.True(settings.IsPeer(peer)));
        });
    }

    [Fact]
    public void PeersOf_BoardsListedOutOfOrder_AscendingWithoutThisGeneral()
    {
        Assert.Equal([2, 5, 7, 300], NodeSettingsFactory.PeersOf([7, 300, 4, 2, 5], 4));
    }

    [Theory]
    [InlineData(new[] { 3, 2 })]
    [InlineData(new[] { 2, 2 })]
    public void Validate_PeersOutOfOrderOrTwice_FailsAsOurBug(int[] peers)
    {
        Assert.Throws<InvariantViolationException>(Settings(peers).Validate);
    }

    private static NodeSettings Settings(int[] peers) => new()
    {
        Kit = TestGeneral.Kit, Id = 1, Peers = peers, Signer = new IdealSignatures(1).SignerFor(1), Verifier = new IdealSignatures(1),
        TelemetryKey = TestGeneral.TelemetryKey,
    };
}
