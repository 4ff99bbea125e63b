using Generals.Core.Runtime;
using Generals.Core.Wire;

namespace Generals.Core.Links
{
    /// <summary>
    /// The kit's reliable link, and the reference solution of exercise 1: <see cref="ReliableSender"/> numbers and
    /// retransmits with a doubling backoff until a cumulative acknowledgement, <see cref="ReliableReceiver"/> delivers once and
    /// in order and acknowledges.
    /// </summary>
    public sealed class ReliableLink : IReliableLink
    {
        private ReliableSender _sender;
        private ReliableReceiver _receiver;

        /// <inheritdoc/>
        public void Boot(ILinkContext context)
        {
            Check.NotNull(context, "context");
            _sender = new ReliableSender(context);
            _receiver = new ReliableReceiver(context);
            _sender.Boot();
            _receiver.Boot();
        }

        /// <inheritdoc/>
        public bool HasRoom(int to)
        {
            return _sender.HasRoom(to);
        }

        /// <inheritdoc/>
        public void Send(int to, byte[] message)
        {
            _sender.Send(to, message);
        }

        /// <inheritdoc/>
        public void Tick()
        {
            _sender.Tick();
        }

        /// <inheritdoc/>
        public void OnData(Frame frame)
        {
            _receiver.OnData(frame);
        }

        /// <inheritdoc/>
        public void OnAck(Frame frame)
        {
            _sender.OnAck(frame);
        }
    }
}
