namespace Generals.Core.Protocols
{
    /// <summary>
    /// One running instance of a synchronous-round protocol as one general sees it: who commands, the order,
    /// m, the round schedule, how far its own sends got, and (in subclasses) what it received.
    /// </summary>
    internal abstract class RoundInstance
    {
        protected RoundInstance(uint instance, int commander, int order, int m, RoundSchedule schedule, int self, int[] generals)
        {
            Instance = instance;
            Commander = commander;
            Order = order;
            M = m;
            Schedule = schedule;
            Self = self;
            Generals = generals;
            Plan = TraitorPlan.Loyal(instance, self, generals);
        }

        /// <summary>The instance number (frame stamp and StartInstance argument).</summary>
        public uint Instance { get; }

        /// <summary>The commander's id.</summary>
        public int Commander { get; }

        /// <summary>The commander's order (only meaningful at the commander).</summary>
        public int Order { get; }

        /// <summary>The number of traitors the instance is built to tolerate: m + 1 rounds.</summary>
        public int M { get; }

        /// <summary>When each round starts and ends.</summary>
        public RoundSchedule Schedule { get; }

        /// <summary>This general's id.</summary>
        public int Self { get; }

        /// <summary>Every general taking part, ascending (this one included).</summary>
        public int[] Generals { get; }

        /// <summary>What this general does instead of the protocol, if it is a traitor.</summary>
        public TraitorPlan Plan { get; set; }

        /// <summary>The next round whose messages this general has yet to send (M + 1 when all were sent).</summary>
        public int NextRound { get; set; }

        /// <summary>True after a reboot whose clock restarted: the schedule waits for the next frame to place it.</summary>
        public bool Resyncing { get; set; }

        /// <summary>While resyncing: when to decide anyway if no frame arrives.</summary>
        public long FallbackEndMs { get; set; }

        /// <summary>True when this general commands the instance.</summary>
        public bool IsCommander
        {
            get { return Self == Commander; }
        }

        /// <summary>True when <paramref name="general"/> takes part in the instance.</summary>
        public bool Has(int general)
        {
            for (int i = 0; i < Generals.Length; i++)
            {
                if (Generals[i] == general)
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>
        /// Round <paramref name="round"/>'s messages are about to be marked sent and sent: what they consume leaves the
        /// persisted state now (after a restart a round marked sent is never sent again, so it would be dead weight).
        /// </summary>
        public virtual void RoundDue(int round)
        {
        }

        /// <summary>Bytes <see cref="WriteBody"/> appends, so the state record is written in one exactly sized array.</summary>
        public abstract int BodyBytes { get; }

        /// <summary>Appends what the subclass received to a persisted state record.</summary>
        public abstract void WriteBody(RecordWriter writer);

        /// <summary>Restores what the subclass received; false when the record is not one we wrote.</summary>
        public abstract bool ReadBody(RecordReader reader);
    }
}
