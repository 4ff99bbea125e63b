namespace Generals.Core.Protocols
{
    /// <summary>
    /// One SM(m) instance at one general: the set V of orders received with a valid chain, and for each order the
    /// chain to relay at the next round's start (the first one that brought the order, if it has at most m signatures).
    /// </summary>
    internal sealed class SignedInstance : RoundInstance
    {
        private readonly byte[][] _pending = new byte[2][];

        // The chains the round being sent relays, taken out of _pending (and so out of the persisted state) by RoundDue.
        private readonly byte[][] _due = new byte[2][];
        private readonly bool[] _received = new bool[2];

        public SignedInstance(uint instance, int commander, int order, int m, RoundSchedule schedule, int self, int[] generals)
            : base(instance, commander, order, m, schedule, self, generals)
        {
        }

        /// <summary>The first chain this general accepted or signed in the instance (what a Replay traitor sends later).</summary>
        public byte[] FirstChain { get; set; }

        /// <summary>True when V holds <paramref name="order"/>.</summary>
        public bool Holds(int order)
        {
            return _received[order];
        }

        /// <summary>How many orders V holds.</summary>
        public int Size
        {
            get { return (_received[0] ? 1 : 0) + (_received[1] ? 1 : 0); }
        }

        /// <summary>Adds <paramref name="order"/> to V, with the chain to relay next round (null when it is not relayed).</summary>
        public void Add(int order, byte[] relay)
        {
            _received[order] = true;
            _pending[order] = relay;
        }

        /// <summary>
        /// The chain the round being sent relays for <paramref name="order"/> (what waited when the round fell due), or null;
        /// taking it clears it.
        /// </summary>
        public byte[] TakeDue(int order)
        {
            byte[] due = _due[order];
            _due[order] = null;
            return due;
        }

        /// <summary>Every chain waiting to be relayed is the due round's to relay (or to drop, when it is not that round's).</summary>
        public override void RoundDue(int round)
        {
            for (int order = 0; order < 2; order++)
            {
                _due[order] = _pending[order];
                _pending[order] = null;
            }
        }

        public override int BodyBytes
        {
            get { return 1 + 2 + (_pending[0] == null ? 0 : _pending[0].Length) + 2 + (_pending[1] == null ? 0 : _pending[1].Length); }
        }

        public override void WriteBody(RecordWriter writer)
        {
            writer.WriteByte((_received[0] ? 1 : 0) | (_received[1] ? 2 : 0));
            writer.WriteBlock(_pending[0] == null ? new byte[0] : _pending[0]);
            writer.WriteBlock(_pending[1] == null ? new byte[0] : _pending[1]);
        }

        public override bool ReadBody(RecordReader reader)
        {
            int flags = reader.ReadByte();
            byte[] retreat = reader.ReadBlock();
            byte[] attack = reader.ReadBlock();
            if (!reader.Ok || flags > 3)
            {
                return false;
            }

            _received[0] = (flags & 1) != 0;
            _received[1] = (flags & 2) != 0;
            _pending[0] = retreat.Length == 0 ? null : retreat;
            _pending[1] = attack.Length == 0 ? null : attack;
            return true;
        }
    }
}
