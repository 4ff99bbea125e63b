using System.Collections;
using Generals.Core.Node;
using Generals.Core.Wire;

namespace Generals.Core.Links
{
    /// <summary>
    /// The receiving half of the reliable link: delivers each sender's messages once and in order, buffering a
    /// bounded window of early arrivals, and acknowledges cumulatively. Per sender it persists the incarnation,
    /// the high-water mark and the last delivery before reporting it, so a reboot neither loses an acknowledged
    /// message nor delivers one twice; at boot it repeats the report of the last delivery with the same index
    /// (the harness counts a repeated index once).
    /// Record "link/rx/{sender}": [u32 incarnation][u32 high-water mark][u64 delivery index][last payload]. With durable
    /// send the high-water mark is kept across the sender's restarts, since its sequence numbers continue.
    /// </summary>
    internal sealed class ReliableReceiver
    {
        /// <summary>Early messages buffered per sender: as many as a sender may have unacknowledged, so none is dropped.</summary>
        public const int ReorderWindow = ReliableSender.OutboxMax;

        private const int RecordHeaderBytes = 16;

        private readonly ILinkContext _context;
        private readonly Hashtable _senders = new Hashtable();

        public ReliableReceiver(ILinkContext context)
        {
            _context = context;
        }

        public void Boot()
        {
            int[] peers = _context.Peers;
            for (int i = 0; i < peers.Length; i++)
            {
                byte[] record = _context.Load(RecordName(peers[i]));
                if (record == null || record.Length < RecordHeaderBytes)
                {
                    continue;
                }

                Sender sender = Get(peers[i]);
                sender.Incarnation = Bytes.ReadUInt32(record, 0);
                sender.HighWaterMark = Bytes.ReadUInt32(record, 4);
                long deliveryIndex = unchecked((long)Bytes.ReadUInt64(record, 8));
                if (sender.HighWaterMark > 0)
                {
                    byte[] last = Bytes.Slice(record, RecordHeaderBytes, record.Length - RecordHeaderBytes);
                    _context.Deliver(peers[i], sender.Incarnation, last, deliveryIndex);
                }

                // Announces where it stands: the sender resends what this boot lost (early arrivals) without waiting
                // for its backoff, which grew while this General was down.
                Acknowledge(peers[i], sender);
            }
        }

        public void OnData(Frame frame)
        {
            int from = frame.Route.From;
            if (frame.Payload.Length < 4)
            {
                _context.Reject(RejectReason.ProtocolViolation, from, frame.Payload.Length);
                return;
            }

            uint sequence = Bytes.ReadUInt32(frame.Payload, 0);
            uint incarnation = frame.Stamp.Incarnation;
            Sender sender = Get(from);
            if (incarnation < sender.Incarnation)
            {
                _context.Reject(RejectReason.StaleIncarnation, from, incarnation);
                return;
            }

            if (incarnation > sender.Incarnation)
            {
                sender.Incarnation = incarnation;

                // A durable sender continues its sequence numbers after a restart; any other starts again at 1.
                if (!_context.DurableSend)
                {
                    sender.HighWaterMark = 0;
                    sender.Early.Clear();
                }
            }

            if (sequence > sender.HighWaterMark && sequence <= sender.HighWaterMark + ReorderWindow
                && !sender.Early.Contains(sequence))
            {
                sender.Early[sequence] = Bytes.Slice(frame.Payload, 4, frame.Payload.Length - 4);
            }

            while (sender.Early.Contains(sender.HighWaterMark + 1))
            {
                uint next = sender.HighWaterMark + 1;
                byte[] payload = (byte[])sender.Early[next];
                sender.Early.Remove(next);
                sender.HighWaterMark = next;
                Deliver(from, sender, payload);
            }

            Acknowledge(from, sender);
        }

        private void Acknowledge(int from, Sender sender)
        {
            byte[] ack = new byte[8];
            Bytes.WriteUInt32(ack, 0, sender.Incarnation);
            Bytes.WriteUInt32(ack, 4, sender.HighWaterMark);
            _context.SendRaw(from, FrameKind.Ack, ack);
        }

        private void Deliver(int from, Sender sender, byte[] payload)
        {
            long deliveryIndex = _context.NextDeliveryIndex();
            byte[] record = new byte[RecordHeaderBytes + payload.Length];
            Bytes.WriteUInt32(record, 0, sender.Incarnation);
            Bytes.WriteUInt32(record, 4, sender.HighWaterMark);
            Bytes.WriteUInt64(record, 8, unchecked((ulong)deliveryIndex));
            System.Array.Copy(payload, 0, record, RecordHeaderBytes, payload.Length);
            _context.Persist(RecordName(from), record);
            _context.Deliver(from, sender.Incarnation, payload, deliveryIndex);
        }

        private Sender Get(int from)
        {
            Sender sender = (Sender)_senders[from];
            if (sender == null)
            {
                sender = new Sender();
                _senders[from] = sender;
            }

            return sender;
        }

        private static string RecordName(int sender)
        {
            return "link/rx/" + sender.ToString();
        }

        private sealed class Sender
        {
            public uint Incarnation { get; set; }

            public uint HighWaterMark { get; set; }

            public Hashtable Early { get; } = new Hashtable();
        }
    }
}
