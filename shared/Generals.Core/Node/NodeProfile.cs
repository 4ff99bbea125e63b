namespace Generals.Core.Node
{
    /// <summary>
    /// What a run sets for every General of a kit apart from its identity and its keys (docs/nodes.md#settings): the link
    /// stack, the retransmission bounds and the PRNG seed. The simulator builds it from the scenario; an emulated run hands
    /// it to `generals node` as text (<see cref="ToText"/>, read back by <see cref="NodeProfileText.Parse"/>), so a field
    /// added here reaches every runtime through <see cref="NodeSettingsFactory"/>.
    /// </summary>
    public sealed class NodeProfile
    {
        /// <summary>The text key of the link stack: raw, or a comma list of reliable, durable and authenticated.</summary>
        public const string LinkKey = "link";

        /// <summary>The text key of <see cref="RetransmitInitialMs"/>.</summary>
        public const string RetransmitInitialKey = "retransmit_initial_ms";

        /// <summary>The text key of <see cref="RetransmitMaxMs"/>.</summary>
        public const string RetransmitMaxKey = "retransmit_max_ms";

        /// <summary>The text key of <see cref="Seed"/>.</summary>
        public const string SeedKey = "seed";

        /// <summary>Data frames go through the reliable link (<see cref="NodeSettings.Reliable"/>).</summary>
        public bool Reliable { get; set; }

        /// <summary>Every link frame is sealed and checked (<see cref="NodeSettings.Authenticated"/>): on unless a run says otherwise,
        /// as a board and `generals node` run.</summary>
        public bool Authenticated { get; set; } = true;

        /// <summary>Durable send, a mode of the reliable link (<see cref="NodeSettings.DurableSend"/>).</summary>
        public bool DurableSend { get; set; }

        /// <summary>First retransmission timeout of the reliable link.</summary>
        public int RetransmitInitialMs { get; set; } = 100;

        /// <summary>Upper bound of the doubling retransmission backoff.</summary>
        public int RetransmitMaxMs { get; set; } = 2000;

        /// <summary>The run's seed; each General mixes its id in (<see cref="NodeSettingsFactory"/>), so no two draw alike.</summary>
        public ulong Seed { get; set; } = 1;

        /// <summary>The link stack as text: "raw", or the layers joined by commas ("reliable,durable,authenticated").</summary>
        public string Link
        {
            get
            {
                string link = Reliable ? "reliable" : "";
                link = DurableSend ? link + ",durable" : link;
                link = Authenticated ? (link.Length == 0 ? "authenticated" : link + ",authenticated") : link;
                return link.Length == 0 ? "raw" : link;
            }
        }

        /// <summary>One <c>key=value</c> entry per field, every field written (defaults too): what `generals node --set` takes.</summary>
        public string[] Entries()
        {
            return new string[]
            {
                LinkKey + "=" + Link,
                RetransmitInitialKey + "=" + RetransmitInitialMs.ToString(),
                RetransmitMaxKey + "=" + RetransmitMaxMs.ToString(),
                SeedKey + "=" + Seed.ToString(),
            };
        }

        /// <summary>The entries as lines, in the <c>key = value</c> syntax of nf.config.</summary>
        public string ToText()
        {
            string[] entries = Entries();
            string text = "";
            for (int i = 0; i < entries.Length; i++)
            {
                text = text + entries[i] + "\n";
            }

            return text;
        }
    }
}
