namespace Generals.Core.Protocols
{
    /// <summary>One Two Generals run as one general (A, the commander, or B) sees it.</summary>
    internal sealed class TwoGeneralsInstance
    {
        public TwoGeneralsInstance(uint instance, int commander, int other, int order, int acksRequired, int retryMs, int messengers, long startMs)
        {
            Instance = instance;
            Commander = commander;
            Other = other;
            Order = order;
            AcksRequired = acksRequired;
            RetryMs = retryMs;
            Messengers = messengers;
            StartMs = startMs;
            Acked = new bool[messengers];
            Heard = ProtocolCodes.NoOrder;
        }

        public uint Instance { get; }

        /// <summary>General A, who sends the messengers.</summary>
        public int Commander { get; }

        /// <summary>General B, who acknowledges them.</summary>
        public int Other { get; }

        public int Order { get; }

        /// <summary>0: A attacks after sending its messengers whatever happens; k: A attacks only with k acknowledgements.</summary>
        public int AcksRequired { get; }

        public int RetryMs { get; }

        public int Messengers { get; }

        public long StartMs { get; }

        /// <summary>Which messengers B acknowledged (as A saw the acknowledgements arrive).</summary>
        public bool[] Acked { get; }

        /// <summary>How many messengers A has sent.</summary>
        public int Sent { get; set; }

        /// <summary>True once this general decided (the instance is kept to recognise duplicates).</summary>
        public bool Decided { get; set; }

        /// <summary>The order B heard from a messenger, or NoOrder.</summary>
        public int Heard { get; set; }

        /// <summary>When both decide: one retry interval after the last messenger could leave.</summary>
        public long DeadlineMs
        {
            get { return StartMs + ((long)(Messengers + 1) * RetryMs); }
        }

        /// <summary>When messenger <paramref name="number"/> leaves.</summary>
        public long MessengerMs(int number)
        {
            return StartMs + ((long)number * RetryMs);
        }

        /// <summary>Distinct messengers acknowledged.</summary>
        public int AckCount
        {
            get
            {
                int count = 0;
                for (int i = 0; i < Acked.Length; i++)
                {
                    count += Acked[i] ? 1 : 0;
                }

                return count;
            }
        }
    }
}
