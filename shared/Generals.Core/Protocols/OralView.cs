using Generals.Core.Node;

namespace Generals.Core.Protocols
{
    /// <summary>
    /// The <see cref="IOralView"/> of one instance for one call of its rule: reads the instance, and sends through
    /// <see cref="OralMessages"/>, which applies the traitor plan. A path the rule sends that this general could not send in
    /// this round (its rule's bug) is refused and counted, never sent; so is a send beyond the round's limit.
    /// </summary>
    internal sealed class OralView : IOralView
    {
        private readonly OralMessages _protocol;
        private readonly INodeContext _context;
        private readonly OralInstance _instance;
        private readonly int _round;
        private int _sends;

        /// <summary>A view for one round's sends (<paramref name="context"/> set) or for deciding (null: sends are refused).</summary>
        public OralView(OralMessages protocol, INodeContext context, OralInstance instance, int round)
        {
            _protocol = protocol;
            _context = context;
            _instance = instance;
            _round = round;
        }

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

        public int Received(int[] path, int length)
        {
            if (path == null || length < 1 || length > path.Length || length > OralMessagePayload.PathMax)
            {
                return ProtocolCodes.NoOrder;
            }

            return _instance.Get(path, length);
        }

        public void Send(int[] path, int length, int order)
        {
            if (_context == null)
            {
                return;
            }

            _sends++;
            if (!Sendable(path, length, order) || _sends > OralMessages.SendsPerRoundMax)
            {
                SynchronousProtocol.Reject(_context, _instance.Self, ProtocolViolation.BadPath, _instance.Instance);
                return;
            }

            _protocol.SendPath(_context, _instance, _round, path, length, order);
        }

        // A path of this round's length, the commander first, this general last, each id a general of the instance once.
        private bool Sendable(int[] path, int length, int order)
        {
            if (path == null || length != _round + 1 || length > path.Length || !ProtocolCodes.IsOrder(order)
                || path[0] != _instance.Commander || path[length - 1] != _instance.Self)
            {
                return false;
            }

            for (int i = 0; i < length; i++)
            {
                if (!_instance.Has(path[i]) || OralRule.OnPath(path, i, path[i]))
                {
                    return false;
                }
            }

            return true;
        }
    }
}
