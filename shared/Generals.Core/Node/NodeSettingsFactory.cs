using Generals.Core.Runtime;

namespace Generals.Core.Node
{
    /// <summary>
    /// The one place a General's <see cref="NodeSettings"/> are made, in every runtime (docs/nodes.md#settings): identity
    /// (kit, id, peers) from the kit, keys from provisioning or the simulator, and everything else from a <see cref="NodeProfile"/>.
    /// </summary>
    public static class NodeSettingsFactory
    {
        /// <summary>Mixes a General's id into the run's seed (the 64-bit golden ratio), so the Generals of one run draw apart.</summary>
        public const ulong SeedMix = 0x9E3779B97F4A7C15UL;

        /// <summary>
        /// The settings of General <paramref name="id"/> of <paramref name="kit"/>, whose Generals are <paramref name="generals"/>
        /// (this one included; every other is a peer), validated.
        /// </summary>
        public static NodeSettings Create(string kit, int id, int[] generals, NodeProfile profile, NodeKeys keys)
        {
            Check.NotNull(generals, "generals");
            Check.NotNull(profile, "profile");
            Check.NotNull(keys, "keys");
            NodeSettings settings = new NodeSettings();
            settings.Kit = kit;
            settings.Id = id;
            settings.Peers = PeersOf(generals, id);
            settings.Reliable = profile.Reliable;
            settings.Authenticated = profile.Authenticated;
            settings.DurableSend = profile.DurableSend;
            settings.RetransmitInitialMs = profile.RetransmitInitialMs;
            settings.RetransmitMaxMs = profile.RetransmitMaxMs;
            settings.Seed = profile.Seed ^ ((ulong)id * SeedMix);
            settings.Signer = keys.Signer;
            settings.Verifier = keys.Verifier;
            settings.TelemetryKey = keys.TelemetryKey;
            settings.LinkKeys = keys.LinkKeys;
            settings.Validate();
            return settings;
        }

        /// <summary>Every id of <paramref name="generals"/> but <paramref name="id"/>, ascending (as <see cref="NodeSettings.Peers"/> must be).</summary>
        public static int[] PeersOf(int[] generals, int id)
        {
            Check.NotNull(generals, "generals");
            int count = 0;
            for (int i = 0; i < generals.Length; i++)
            {
                count += generals[i] == id ? 0 : 1;
            }

            int[] peers = new int[count];
            count = 0;
            for (int i = 0; i < generals.Length; i++)
            {
                if (generals[i] != id)
                {
                    peers[count++] = generals[i];
                }
            }

            // Insertion sort: one pass over a kit listed in order (every scenario's), a few steps for a board list out of order.
            for (int i = 1; i < peers.Length; i++)
            {
                int peer = peers[i];
                int j = i - 1;
                while (j >= 0 && peers[j] > peer)
                {
                    peers[j + 1] = peers[j];
                    j--;
                }

                peers[j + 1] = peer;
            }

            return peers;
        }
    }
}
