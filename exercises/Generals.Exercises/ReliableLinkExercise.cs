using Generals.Core.Links;
using Generals.Core.Wire;

namespace Generals.Exercises
{
    /// <summary>
    /// Exercise 1: a reliable link over a fair-loss link. The network below loses, duplicates and reorders frames; every
    /// message the application sends to a correct peer must be delivered there exactly once. Concepts: number each message,
    /// send it as a Data frame, retransmit it until an Ack covers it (with a bounded backoff), and at the receiver deliver
    /// each number once and acknowledge. Graded by `generals grade . --lab 1`; the kit's answer is Generals.Core.Links.ReliableLink.
    /// As shipped it sends nothing and delivers nothing: every check fails.
    /// </summary>
    public sealed class ReliableLinkExercise : IReliableLink
    {
        private ILinkContext _context;

        /// <inheritdoc/>
        public void Boot(ILinkContext context)
        {
            _context = context;
        }

        /// <inheritdoc/>
        public bool HasRoom(int to)
        {
            return true;
        }

        /// <inheritdoc/>
        public void Send(int to, byte[] message)
        {
            // Number the message, keep it until acknowledged, and send it: _context.SendRaw(to, FrameKind.Data, payload).
        }

        /// <inheritdoc/>
        public void Tick()
        {
            // Retransmit what is due, and ask to be woken for the next: _context.WakeAt(atMs).
        }

        /// <inheritdoc/>
        public void OnData(Frame frame)
        {
            // Deliver a new message once: _context.Deliver(frame.Route.From, frame.Stamp.Incarnation, message, _context.NextDeliveryIndex());
            // then acknowledge it: _context.SendRaw(frame.Route.From, FrameKind.Ack, payload).
        }

        /// <inheritdoc/>
        public void OnAck(Frame frame)
        {
            // Forget what the acknowledgement covers.
        }
    }
}
