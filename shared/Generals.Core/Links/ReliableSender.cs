using System.Collections;
using Generals.Core.Node;
using Generals.Core.Runtime;
using Generals.Core.Wire;

namespace Generals.Core.Links
{
    /// <summary>
    /// The sending half of the reliable link: numbers Data messages per destination, retransmits each until a
    /// cumulative acknowledgement covers it, with a doubling backoff bounded by the settings. An acknowledgement
    /// that shows the receiver waiting for the oldest unacknowledged message retransmits what has not left for an
    /// initial backoff at once, so a receiver that restarted and lost its buffer of early arrivals (it announces itself
    /// with an acknowledgement at boot) is not left waiting for backoffs that grew while it was down.
    /// Data payload: [u32 linkSequence][application bytes]. Ack payload: [u32 acked incarnation][u32 cumulative sequence].
    /// <para>Durable send (<see cref="NodeSettings.DurableSend"/>): each message is written to the store before it
    /// first leaves, in slot record "link/tx/{to}/{sequence mod DurableWindowMax}": [u32 sequence][u32 acknowledged
    /// through][application bytes]. After a restart every message above the highest acknowledgement recorded is
    /// reported sent again and retransmitted with its sequence number, which continues across incarnations (the
    /// receiver then keeps its high-water mark across the sender's restarts), so every send that returned is
    /// delivered once the sender stays up. Without it, unacknowledged messages live in memory only and a power cut
    /// forgets them.</para>
    /// </summary>
    internal sealed class ReliableSender
    {
        /// <summary>Unacknowledged messages per destination: bounds memory (80 KB heap) and retransmission bursts.</summary>
        public const int OutboxMax = 64;

        /// <summary>
        /// Unacknowledged messages per destination in durable mode: each is one store record (a stream message makes
        /// about 40 bytes), so this bounds the records on a board's flash (64 x 40 B = 2.5 KB per peer) and what a
        /// boot reads back; as many as the in-memory window, so durability costs no throughput.
        /// </summary>
        public const int DurableWindowMax = 64;

        /// <summary>Application bytes one durable message may hold, so a slot record stays small on flash.</summary>
        public const int DurablePayloadBytesMax = 256;

        private const int SlotHeaderBytes = 8;

        private readonly ILinkContext _context;
        private readonly Hashtable _destinations = new Hashtable();

        public ReliableSender(ILinkContext context)
        {
            _context = context;
        }

        private bool Durable
        {
            get { return _context.DurableSend; }
        }

        private int WindowMax
        {
            get { return Durable ? DurableWindowMax : OutboxMax; }
        }

        /// <summary>Durable mode: reloads every destination's unacknowledged messages; they are reported and retransmitted at once.</summary>
        public void Boot()
        {
            if (!Durable)
            {
                return;
            }

            int[] peers = _context.Peers;
            for (int i = 0; i < peers.Length; i++)
            {
                Reload(peers[i]);
            }
        }

        public bool HasRoom(int to)
        {
            Destination destination = (Destination)_destinations[to];
            return destination == null || destination.Outbox.Count < WindowMax;
        }

        /// <summary>Numbers, stores (durable mode) and sends one message; the caller checked <see cref="HasRoom"/>.</summary>
        public void Send(int to, byte[] appPayload)
        {
            Destination destination = Get(to);
            Check.That(destination.Outbox.Count < WindowMax, "caller checked HasRoom");
            Check.That(!Durable || appPayload.Length <= DurablePayloadBytesMax, "durable messages within the slot limit");
            destination.NextSequence++;
            uint sequence = destination.NextSequence;
            if (Durable)
            {
                byte[] slot = new byte[SlotHeaderBytes + appPayload.Length];
                Bytes.WriteUInt32(slot, 0, sequence);
                Bytes.WriteUInt32(slot, 4, destination.AckedThrough);
                System.Array.Copy(appPayload, 0, slot, SlotHeaderBytes, appPayload.Length);
                _context.Persist(SlotName(to, sequence), slot);
            }

            // The General reports the send when this returns, after the slot is staged: the runtime flushes it first.
            Pending pending = Add(destination, sequence, appPayload);
            Transmit(destination, pending);
        }

        public void Tick()
        {
            long now = _context.NowMs;
            foreach (DictionaryEntry entry in _destinations)
            {
                Destination destination = (Destination)entry.Value;
                for (int i = 0; i < destination.Outbox.Count; i++)
                {
                    Pending pending = (Pending)destination.Outbox[i];
                    if (pending.NextRetransmitMs <= now)
                    {
                        _context.SendRaw(destination.Id, FrameKind.Data, pending.Payload);
                        pending.LastSentMs = now;
                        pending.BackoffMs = System.Math.Min(pending.BackoffMs * 2, _context.RetransmitMaxMs);
                        pending.NextRetransmitMs = now + pending.BackoffMs;
                    }

                    _context.WakeAt(pending.NextRetransmitMs);
                }
            }
        }

        public void OnAck(Frame frame)
        {
            if (frame.Payload.Length != 8)
            {
                _context.Reject(RejectReason.ProtocolViolation, frame.Route.From, frame.Payload.Length);
                return;
            }

            uint ackedIncarnation = Bytes.ReadUInt32(frame.Payload, 0);
            uint cumulative = Bytes.ReadUInt32(frame.Payload, 4);
            Destination destination = (Destination)_destinations[frame.Route.From];

            // Durable sequences continue across this sender's incarnations, so an ack of any incarnation counts.
            if (destination == null || (!Durable && ackedIncarnation != _context.Incarnation))
            {
                return;
            }

            if (cumulative > destination.AckedThrough && cumulative <= destination.NextSequence)
            {
                destination.AckedThrough = cumulative;
            }

            while (destination.Outbox.Count > 0)
            {
                Pending first = (Pending)destination.Outbox[0];
                if (first.Sequence > cumulative)
                {
                    break;
                }

                destination.Outbox.RemoveAt(0);
                _context.Report(new AppAckedEvent(destination.Id, first.MessageId));
            }

            RetransmitStale(destination, cumulative);
        }

        /// <summary>
        /// The receiver acknowledged up to <paramref name="cumulative"/> and waits for the next: if the oldest pending
        /// message is that one and has not left for an initial backoff, every pending message that has not is sent
        /// again now with the initial backoff (a burst bounded by the window). This recovers at once from a receiver
        /// that restarted (its early arrivals are gone) or a full window (no new sends to trigger acknowledgements),
        /// instead of waiting for backoffs that doubled meanwhile.
        /// </summary>
        private void RetransmitStale(Destination destination, uint cumulative)
        {
            long now = _context.NowMs;
            int initialMs = _context.RetransmitInitialMs;
            if (destination.Outbox.Count == 0)
            {
                return;
            }

            Pending head = (Pending)destination.Outbox[0];
            if (head.Sequence != cumulative + 1 || now - head.LastSentMs < initialMs)
            {
                return;
            }

            for (int i = 0; i < destination.Outbox.Count; i++)
            {
                Pending pending = (Pending)destination.Outbox[i];
                if (now - pending.LastSentMs >= initialMs)
                {
                    pending.BackoffMs = initialMs;
                    Transmit(destination, pending);
                }
            }
        }

        private void Reload(int to)
        {
            ArrayList found = new ArrayList();
            uint ackedThrough = 0;
            uint highest = 0;
            for (int slot = 0; slot < DurableWindowMax; slot++)
            {
                byte[] record = _context.Load(SlotPrefix(to) + slot.ToString());
                if (record == null || record.Length < SlotHeaderBytes || Bytes.ReadUInt32(record, 0) % DurableWindowMax != slot)
                {
                    continue;
                }

                uint sequence = Bytes.ReadUInt32(record, 0);
                uint acked = Bytes.ReadUInt32(record, 4);
                ackedThrough = acked > ackedThrough ? acked : ackedThrough;
                highest = sequence > highest ? sequence : highest;
                found.Add(record);
            }

            if (found.Count == 0)
            {
                return;
            }

            Destination destination = Get(to);
            destination.NextSequence = highest;
            destination.AckedThrough = ackedThrough;

            // Oldest first, so the receiver can deliver in order; at most DurableWindowMax records, a simple selection.
            uint oldest = highest >= DurableWindowMax ? highest - DurableWindowMax + 1 : 1;
            for (int k = 0; k < DurableWindowMax && oldest + (uint)k <= highest; k++)
            {
                uint sequence = oldest + (uint)k;
                byte[] record = Find(found, sequence);
                if (record == null || sequence <= ackedThrough)
                {
                    continue;
                }

                byte[] appPayload = Bytes.Slice(record, SlotHeaderBytes, record.Length - SlotHeaderBytes);
                _context.Report(new AppSentEvent(to, AppMessage.Id(appPayload), AppMessage.Hash(appPayload)));
                Pending pending = Add(destination, sequence, appPayload);
                pending.NextRetransmitMs = _context.NowMs;
                _context.WakeAt(_context.NowMs);
            }
        }

        private static byte[] Find(ArrayList records, uint sequence)
        {
            for (int i = 0; i < records.Count; i++)
            {
                byte[] record = (byte[])records[i];
                if (Bytes.ReadUInt32(record, 0) == sequence)
                {
                    return record;
                }
            }

            return null;
        }

        private Pending Add(Destination destination, uint sequence, byte[] appPayload)
        {
            byte[] payload = new byte[4 + appPayload.Length];
            Bytes.WriteUInt32(payload, 0, sequence);
            System.Array.Copy(appPayload, 0, payload, 4, appPayload.Length);
            Pending pending = new Pending(sequence, payload, AppMessage.Id(appPayload));
            pending.BackoffMs = _context.RetransmitInitialMs;
            destination.Outbox.Add(pending);
            return pending;
        }

        private void Transmit(Destination destination, Pending pending)
        {
            _context.SendRaw(destination.Id, FrameKind.Data, pending.Payload);
            pending.LastSentMs = _context.NowMs;
            pending.NextRetransmitMs = _context.NowMs + pending.BackoffMs;
            _context.WakeAt(pending.NextRetransmitMs);
        }

        private Destination Get(int to)
        {
            Destination destination = (Destination)_destinations[to];
            if (destination == null)
            {
                destination = new Destination(to);
                _destinations[to] = destination;
            }

            return destination;
        }

        private static string SlotPrefix(int to)
        {
            return "link/tx/" + to.ToString() + "/";
        }

        private static string SlotName(int to, uint sequence)
        {
            return SlotPrefix(to) + (sequence % DurableWindowMax).ToString();
        }

        private sealed class Destination
        {
            public Destination(int id)
            {
                Id = id;
            }

            public int Id { get; }

            public uint NextSequence { get; set; }

            /// <summary>The highest cumulative acknowledgement received (stored with each durable slot).</summary>
            public uint AckedThrough { get; set; }

            public ArrayList Outbox { get; } = new ArrayList();
        }

        private sealed class Pending
        {
            public Pending(uint sequence, byte[] payload, long messageId)
            {
                Sequence = sequence;
                Payload = payload;
                MessageId = messageId;
            }

            public uint Sequence { get; }

            public byte[] Payload { get; }

            public long MessageId { get; }

            public int BackoffMs { get; set; }

            public long NextRetransmitMs { get; set; }

            public long LastSentMs { get; set; }
        }
    }
}
