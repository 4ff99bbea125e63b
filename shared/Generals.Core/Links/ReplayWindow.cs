using System.Collections;
using Generals.Core.Node;
using Generals.Core.Wire;

namespace Generals.Core.Links
{
    /// <summary>
    /// Anti-replay for the authenticated link, per sender: frames of an older incarnation are refused, and within
    /// an incarnation a 64-frame sliding window refuses any sequence number seen before or older than the window.
    /// So that a reboot cannot reopen the window, a floor is persisted ahead of the highest accepted sequence
    /// (record "link/replay/{sender}": [u32 incarnation][u32 floor]); after a reboot nothing at or below it passes.
    /// Every peer's record is read at boot, so a damaged one fails the boot instead of surfacing mid-run; a sender is
    /// held in memory only once it has a record or has sent a frame, so memory grows with the peers heard from. The floor
    /// stops at the largest sequence number rather than wrap (a sender refuses to go past it).
    /// </summary>
    internal sealed class ReplayWindow
    {
        /// <summary>Frames remembered below the highest sequence: covers reordering by the network.</summary>
        public const int WindowFrames = 64;

        /// <summary>How far ahead the persisted floor runs: one store write per this many frames of a sender.</summary>
        public const uint FloorStep = 64;

        private readonly General _general;
        private readonly Hashtable _senders = new Hashtable();

        public ReplayWindow(General general)
        {
            _general = general;
        }

        /// <summary>Reads every peer's record; a sender's state is kept only where a record holds one, or from its first frame.</summary>
        public void Boot()
        {
            int[] peers = _general.Settings.Peers;
            for (int i = 0; i < peers.Length; i++)
            {
                Sender sender = FromRecord(peers[i]);
                if (sender != null)
                {
                    _senders[peers[i]] = sender;
                }
            }
        }

        /// <summary>Senders whose state is held: those with a record at boot and those heard from since.</summary>
        public int SendersHeld
        {
            get { return _senders.Count; }
        }

        public bool Accept(int from, uint incarnation, uint sequence)
        {
            Sender sender = Get(from);
            if (incarnation < sender.Incarnation)
            {
                return false;
            }

            if (incarnation > sender.Incarnation)
            {
                sender.Incarnation = incarnation;
                sender.Highest = 0;
                sender.Seen = 0;
                sender.Floor = 0;
            }

            if (sequence <= sender.Floor && sender.FloorFromBoot)
            {
                return false;
            }

            if (sequence > sender.Highest)
            {
                uint shift = sequence - sender.Highest;
                sender.Seen = shift >= WindowFrames ? 0 : sender.Seen << (int)shift;
                sender.Seen |= 1;
                sender.Highest = sequence;
            }
            else
            {
                uint age = sender.Highest - sequence;
                ulong bit = age < WindowFrames ? 1UL << (int)age : 0;
                if (bit == 0 || (sender.Seen & bit) != 0)
                {
                    return false;
                }

                sender.Seen |= bit;
            }

            if (sender.Highest >= sender.Floor)
            {
                sender.Floor = sender.Highest > uint.MaxValue - FloorStep ? uint.MaxValue : sender.Highest + FloorStep;
                sender.FloorFromBoot = false;
                byte[] record = new byte[8];
                Bytes.WriteUInt32(record, 0, sender.Incarnation);
                Bytes.WriteUInt32(record, 4, sender.Floor);
                _general.Persist(RecordName(from), record);
            }

            return true;
        }

        private Sender Get(int from)
        {
            Sender sender = (Sender)_senders[from];
            if (sender == null)
            {
                sender = FromRecord(from);
                if (sender == null)
                {
                    sender = new Sender();
                }

                _senders[from] = sender;
            }

            return sender;
        }

        private Sender FromRecord(int from)
        {
            byte[] record = _general.Load(RecordName(from));
            if (record == null || record.Length != 8)
            {
                return null;
            }

            Sender sender = new Sender();
            sender.Incarnation = Bytes.ReadUInt32(record, 0);
            sender.Floor = Bytes.ReadUInt32(record, 4);
            sender.Highest = sender.Floor;
            sender.Seen = ulong.MaxValue;
            sender.FloorFromBoot = true;
            return sender;
        }

        private static string RecordName(int sender)
        {
            return "link/replay/" + sender.ToString();
        }

        private sealed class Sender
        {
            public uint Incarnation { get; set; }

            public uint Highest { get; set; }

            public ulong Seen { get; set; }

            public uint Floor { get; set; }

            public bool FloorFromBoot { get; set; }
        }
    }
}
