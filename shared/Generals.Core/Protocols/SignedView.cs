using Generals.Core.Node;
using Generals.Core.Wire;

namespace Generals.Core.Protocols
{
    /// <summary>
    /// The <see cref="ISignedView"/> of one instance for one call of its rule: reads and fills V, and signs, checks and sends
    /// through <see cref="SignedMessages"/>, which applies the traitor plan. What the rule may not do in this call (send
    /// while deciding, add without a chain, more sends than a round allows) is refused and counted, never carried out.
    /// </summary>
    internal sealed class SignedView : ISignedView
    {
        private readonly SignedMessages _protocol;
        private readonly INodeContext _context;
        private readonly SignedInstance _instance;
        private readonly int _round;
        private readonly Frame _frame;
        private int _sends;

        /// <summary>A view for a round's sends (<paramref name="context"/> set), a received chain (<paramref name="frame"/> set too), or deciding (neither).</summary>
        public SignedView(SignedMessages protocol, INodeContext context, SignedInstance instance, int round, Frame frame)
        {
            _protocol = protocol;
            _context = context;
            _instance = instance;
            _round = round;
            _frame = frame;
        }

        /// <summary>True when the rule added an order to V in this call.</summary>
        public bool Changed { get; private set; }

        public int Commander
        {
            get { return _instance.Commander; }
        }

        public int Order
        {
            get { return _instance.Order; }
        }

        public int M
        {
            get { return _instance.M; }
        }

        public int Self
        {
            get { return _instance.Self; }
        }

        public int[] Generals
        {
            get { return (int[])_instance.Generals.Clone(); }
        }

        public bool Holds(int order)
        {
            return ProtocolCodes.IsOrder(order) && _instance.Holds(order);
        }

        public void Add(int order, bool relay)
        {
            if (_frame == null || !ProtocolCodes.IsOrder(order))
            {
                Refuse(ProtocolViolation.BadChain);
                return;
            }

            _instance.Add(order, relay ? _frame.Payload : null);
            Changed = true;
        }

        public SignedChain TakeDue(int order)
        {
            return ProtocolCodes.IsOrder(order) ? SignedChain.TryDecode(_instance.TakeDue(order)) : null;
        }

        public bool Verifies(SignedChain chain, int position)
        {
            return _context != null && chain != null && position >= 0 && position < chain.Count
                && _protocol.Verifies(_context, _instance, chain, position);
        }

        public void SendOrder()
        {
            if (Sendable(_round == 0 && _instance.IsCommander))
            {
                _protocol.Command(_context, _instance);
            }
        }

        public void Relay(SignedChain chain)
        {
            if (Sendable(chain != null && chain.Count == _round && !chain.HasSigner(_instance.Self)))
            {
                _protocol.Relay(_context, _instance, _round, chain);
            }
        }

        // Sends only in a round's call (not while receiving or deciding), within the round's relays, as the round allows.
        private bool Sendable(bool allowed)
        {
            _sends++;
            if (_context == null || _frame != null || !allowed || _sends > 2)
            {
                Refuse(ProtocolViolation.BadChain);
                return false;
            }

            return true;
        }

        private void Refuse(int violation)
        {
            if (_context != null)
            {
                SynchronousProtocol.Reject(_context, _instance.Self, violation, _instance.Instance);
            }
        }
    }
}
