using Generals.Core.Links;
using Generals.Core.Wire;

namespace Generals.Core.Node
{
    /// <summary>The <see cref="ILinkContext"/> a General hands its reliable link: a narrow view of the General.</summary>
    internal sealed class LinkContext : ILinkContext
    {
        private readonly General _general;

        public LinkContext(General general)
        {
            _general = general;
        }

        public int Id
        {
            get { return _general.Settings.Id; }
        }

        public int[] Peers
        {
            get { return _general.Settings.Peers; }
        }

        public uint Incarnation
        {
            get { return _general.Incarnation; }
        }

        public long NowMs
        {
            get { return _general.NowMs; }
        }

        public int RetransmitInitialMs
        {
            get { return _general.Settings.RetransmitInitialMs; }
        }

        public int RetransmitMaxMs
        {
            get { return _general.Settings.RetransmitMaxMs; }
        }

        public bool DurableSend
        {
            get { return _general.Settings.DurableSend; }
        }

        public void SendRaw(int to, FrameKind kind, byte[] payload)
        {
            // A link sends its own kinds to one peer; anything else is the link's bug (or a student's), refused here.
            if ((kind != FrameKind.Data && kind != FrameKind.Ack) || payload == null || !_general.Settings.IsPeer(to))
            {
                _general.Reject(RejectReason.ProtocolViolation, _general.Settings.Id, (int)kind);
                return;
            }

            _general.SendFrame(to, kind, 0, 0, payload);
        }

        public long NextDeliveryIndex()
        {
            return _general.NextDeliveryIndex();
        }

        public void Deliver(int from, uint senderIncarnation, byte[] message, long deliveryIndex)
        {
            if (message == null || !_general.Settings.IsPeer(from))
            {
                _general.Reject(RejectReason.ProtocolViolation, from, 0);
                return;
            }

            _general.DeliverApp(from, senderIncarnation, message, deliveryIndex);
        }

        public void Persist(string name, byte[] record)
        {
            _general.Persist(name, record);
        }

        public byte[] Load(string name)
        {
            return _general.Load(name);
        }

        public void Report(TelemetryEvent telemetry)
        {
            _general.Report(telemetry);
        }

        public void Reject(RejectReason reason, int from, long detail)
        {
            _general.Reject(reason, from, detail);
        }

        public void WakeAt(long atMs)
        {
            _general.WakeAt(atMs);
        }
    }
}
