using System.Collections;
using Generals.Core.Node;
using Generals.Core.Runtime;
using Generals.Core.Wire;

namespace Generals.Core.Links
{
    /// <summary>
    /// The sending half of the reliable link: numbers Data messages per destination, retransmits each until a
    /// cumulative acknowledgement covers it, with a doubling backoff bounded by the settings.
    /// Data payload: [u32 linkSequence][application bytes]. Ack payload: [u32 acked incarnation][u32 cumulative sequence].
    /// </summary>
    internal sealed class ReliableSender
    {
        /// <summary>Unacknowledged messages per destination: bounds memory (80 KB heap) and retransmission bursts.</summary>
        public const int OutboxMax = 64;

        private readonly General _general;
        private readonly Hashtable _destinations = new Hashtable();

        public ReliableSender(General general)
        {
            _general = general;
        }

        public bool HasRoom(int to)
        {
            Destination destination = (Destination)_destinations[to];
            return destination == null || destination.Outbox.Count < OutboxMax;
        }

        public void Send(int to, byte[] appPayload)
        {
            Destination destination = Get(to);
            Check.That(destination.Outbox.Count < OutboxMax, "caller checked HasRoom");
            destination.NextSequence++;
            byte[] payload = new byte[4 + appPayload.Length];
            Bytes.WriteUInt32(payload, 0, destination.NextSequence);
            System.Array.Copy(appPayload, 0, payload, 4, appPayload.Length);
            Pending pending = new Pending(destination.NextSequence, payload, AppMessage.Id(appPayload));
            pending.BackoffMs = _general.Settings.RetransmitInitialMs;
            pending.NextRetransmitMs = _general.NowMs + pending.BackoffMs;
            destination.Outbox.Add(pending);
            _general.SendFrame(to, FrameKind.Data, 0, 0, payload);
            _general.WakeAt(pending.NextRetransmitMs);
        }

        public void Tick()
        {
            long now = _general.NowMs;
            foreach (DictionaryEntry entry in _destinations)
            {
                Destination destination = (Destination)entry.Value;
                for (int i = 0; i < destination.Outbox.Count; i++)
                {
                    Pending pending = (Pending)destination.Outbox[i];
                    if (pending.NextRetransmitMs <= now)
                    {
                        _general.SendFrame(destination.Id, FrameKind.Data, 0, 0, pending.Payload);
                        pending.BackoffMs = System.Math.Min(pending.BackoffMs * 2, _general.Settings.RetransmitMaxMs);
                        pending.NextRetransmitMs = now + pending.BackoffMs;
                    }

                    _general.WakeAt(pending.NextRetransmitMs);
                }
            }
        }

        public void OnAck(Frame frame)
        {
            if (frame.Payload.Length != 8)
            {
                _general.Reject(RejectReason.ProtocolViolation, frame.Route.From, frame.Payload.Length);
                return;
            }

            uint ackedIncarnation = Bytes.ReadUInt32(frame.Payload, 0);
            uint cumulative = Bytes.ReadUInt32(frame.Payload, 4);
            Destination destination = (Destination)_destinations[frame.Route.From];
            if (ackedIncarnation != _general.Incarnation || destination == null)
            {
                return;
            }

            while (destination.Outbox.Count > 0)
            {
                Pending first = (Pending)destination.Outbox[0];
                if (first.Sequence > cumulative)
                {
                    break;
                }

                destination.Outbox.RemoveAt(0);
                _general.Report(new TelemetryEvent(TelemetryType.AppAcked, new long[] { destination.Id, first.MessageId }));
            }
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

        private sealed class Destination
        {
            public Destination(int id)
            {
                Id = id;
            }

            public int Id { get; }

            public uint NextSequence { get; set; }

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
        }
    }
}
