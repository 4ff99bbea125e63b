using System.Reflection;
using Generals.Core.Crypto;
using Generals.Core.Node;

namespace Generals.Core.Tests.Node;

public sealed class NodeSettingsFactoryTests
{
    private static readonly string[] s_identity = [nameof(NodeSettings.Kit), nameof(NodeSettings.Id), nameof(NodeSettings.Peers)];

    private static readonly string[] s_keys = [nameof(NodeSettings.Signer), nameof(NodeSettings.Verifier), nameof(NodeSettings.TelemetryKey), nameof(NodeSettings.LinkKeys)];

    /// <summary>Profile fields copied as they are (the seed is mixed with the id: its own test).</summary>
    private static readonly string[] s_fromProfile =
    [
        nameof(NodeSettings.Reliable), nameof(NodeSettings.Authenticated), nameof(NodeSettings.DurableSend),
        nameof(NodeSettings.RetransmitInitialMs), nameof(NodeSettings.RetransmitMaxMs),
    ];

    [Fact]
    public void NodeSettings_EveryField_ComesFromIdentityKeysOrTheProfile()
    {
        string[] fields = [.. typeof(NodeSettings).GetProperties(BindingFlags.Public | BindingFlags.Instance).Select(p => p.Name).Order()];

        // A new NodeSettings field fails here until it has a home: a field of NodeProfile (so every runtime gets it
        // from the scenario) or one of the factory's other inputs. HashCounter is no setting: the host's cost meter
        // (docs/costs.md) attaches it to count what Core hashes, and a general computes the same without it.
        Assert.Equal([.. s_identity.Concat(s_keys).Concat(s_fromProfile).Append(nameof(NodeSettings.Seed)).Append(nameof(NodeSettings.HashCounter)).Order()], fields);
        Assert.All(s_fromProfile, name => Assert.NotNull(typeof(NodeProfile).GetProperty(name)));
    }

    [Fact]
    public void Create_NonDefaultProfile_EveryProfileFieldReachesTheSettings()
    {
        var profile = new NodeProfile { Reliable = true, DurableSend = true, Authenticated = true, RetransmitInitialMs = 40, RetransmitMaxMs = 900, Seed = 77 };

        NodeSettings settings = NodeSettingsFactory.Create("lab", 2, [1, 2, 3], profile, Keys(2, [1, 3]));

        Assert.All(s_fromProfile, name => Assert.Equal(typeof(NodeProfile).GetProperty(name)!.GetValue(profile), typeof(NodeSettings).GetProperty(name)!.GetValue(settings)));
        Assert.Equal(unchecked(77UL ^ (2UL * NodeSettingsFactory.SeedMix)), settings.Seed);
    }

    [Fact]
    public void Create_IdentityAndKeys_TakenAsGiven()
    {
        NodeKeys keys = Keys(3, [1, 2, 4]);

        NodeSettings settings = NodeSettingsFactory.Create("lab-a", 3, [1, 2, 3, 4], new NodeProfile(), keys);

        Assert.Equal(("lab-a", 3), (settings.Kit, settings.Id));
        Assert.Equal([1, 2, 4], settings.Peers);
        Assert.Same(keys.Signer, settings.Signer);
        Assert.Same(keys.Verifier, settings.Verifier);
        Assert.Same(keys.TelemetryKey, settings.TelemetryKey);
        Assert.Same(keys.LinkKeys, settings.LinkKeys);
    }

    [Fact]
    public void Create_TwoGeneralsOfOneRun_DrawDifferentSeeds()
    {
        var profile = new NodeProfile { Seed = 9 };

        ulong one = NodeSettingsFactory.Create("lab", 1, [1, 2], profile, Keys(1, [2])).Seed;
        ulong two = NodeSettingsFactory.Create("lab", 2, [1, 2], profile, Keys(2, [1])).Seed;

        Assert.NotEqual(one, two);
    }

    [Fact]
    public void Create_AuthenticatedWithoutALinkKey_FailsLoudly()
    {
        NodeKeys keys = Keys(1, [2]);

        Assert.ThrowsAny<Exception>(() => NodeSettingsFactory.Create("lab", 1, [1, 2, 3], new NodeProfile { Authenticated = true }, keys));
    }

    private static NodeKeys Keys(int id, int[] peers)
    {
        var signatures = new IdealSignatures(7);
        return new NodeKeys
        {
            Signer = signatures.SignerFor(id), Verifier = signatures, TelemetryKey = TestGeneral.TelemetryKey, LinkKeys = TestGeneral.LinkKeysOf(id, peers),
        };
    }
}
