using Generals.Core.Node;
using Generals.Core.Wire;

namespace Generals.Core.Protocols
{
    /// <summary>
    /// OM(m), exactly as Lamport, Shostak and Pease (1982) give it, in the synchronous round model: the rounds, their
    /// deadlines, the checks of every arriving message (path, round, lateness, duplicates), persistence and the traitor
    /// plans are here; what a general sends in each round and how it decides is its <see cref="IOralRule"/> (the kit's own,
    /// <see cref="OralRule"/>, unless an exercise gives another).
    /// </summary>
    public sealed class OralMessages : SynchronousProtocol
    {
        /// <summary>Values one lieutenant keeps per instance: each is a persisted record entry, and the record is rewritten per message.</summary>
        public const int PathsMax = 1024;

        /// <summary>Messages one general sends in a round: each is one General output, and General allows 8192 per input.</summary>
        public const int SendsPerRoundMax = 2048;

        private readonly IOralRule _rule;
        private int _previousOrder = ProtocolCodes.NoOrder;

        /// <summary>OM(m) with the kit's own algorithm, <see cref="OralRule"/>.</summary>
        public OralMessages()
            : this(null)
        {
        }

        /// <summary>OM(m) whose sends and decisions are <paramref name="rule"/>'s (null: the kit's own).</summary>
        public OralMessages(IOralRule rule)
        {
            _rule = rule != null ? rule : new OralRule();
        }

        /// <summary>OM's protocol id.</summary>
        public override int ProtocolId
        {
            get { return ProtocolCodes.OralMessages; }
        }

        internal override bool Fits(int generals, int m)
        {
            return FitsLimits(generals, m);
        }

        /// <summary>True when OM(<paramref name="m"/>) among <paramref name="generals"/> generals fits a general's limits
        /// (<see cref="PathsMax"/> stored values, <see cref="SendsPerRoundMax"/> sends a round); a StartInstance beyond them is refused.</summary>
        public static bool FitsLimits(int generals, int m)
        {
            if (m < 0 || m > MMax)
            {
                return false;
            }

            if (OralMessagesSpace.PathsKept(generals, m) > PathsMax)
            {
                return false;
            }

            for (int round = 0; round <= m; round++)
            {
                if (OralMessagesSpace.SendsInRound(generals, round, false) > SendsPerRoundMax)
                {
                    return false;
                }
            }

            return generals - 1 <= SendsPerRoundMax;
        }

        internal override RoundInstance Create(uint instance, int commander, int order, int m, RoundSchedule schedule, int self, int[] generals)
        {
            return new OralInstance(instance, commander, order, m, schedule, self, generals);
        }

        internal override void SendRound(INodeContext context, RoundInstance instance, int round)
        {
            _rule.SendRound(new OralView(this, context, (OralInstance)instance, round), round);
        }

        internal override int Accept(INodeContext context, RoundInstance instance, Frame frame, out bool changed)
        {
            changed = false;
            OralInstance oral = (OralInstance)instance;
            int order;
            int[] path = OralMessagePayload.TryDecode(frame.Payload, out order);
            if (path == null)
            {
                return ProtocolViolation.Malformed;
            }

            int round = frame.Stamp.Round;
            if (round != path.Length - 1 || round > oral.M)
            {
                return ProtocolViolation.WrongRound;
            }

            if (!oral.Schedule.OnTime(round, context.NowMs))
            {
                return ProtocolViolation.Late;
            }

            if (!ValidPath(oral, path, frame.Route.From))
            {
                return ProtocolViolation.BadPath;
            }

            if (!oral.Put(path, path.Length, order))
            {
                return ProtocolViolation.Duplicate;
            }

            changed = true;
            return 0;
        }

        internal override int Decide(RoundInstance instance)
        {
            return _rule.Decide(new OralView(this, null, (OralInstance)instance, instance.M + 1));
        }

        internal override void Decided(RoundInstance instance)
        {
            OralInstance oral = (OralInstance)instance;
            if (oral.IsCommander)
            {
                _previousOrder = oral.Order;
                return;
            }

            int[] path = new int[] { oral.Commander };
            int received = oral.Get(path, 1);
            _previousOrder = received == ProtocolCodes.NoOrder ? ProtocolCodes.Retreat : received;
        }

        /// <summary>Sends <paramref name="honestOrder"/> along a path (ending at this general) to every general not on it.</summary>
        internal void SendPath(INodeContext context, OralInstance oral, int round, int[] path, int length, int honestOrder)
        {
            TraitorPlan plan = oral.Plan;
            for (int i = 0; i < oral.Generals.Length; i++)
            {
                int recipient = oral.Generals[i];
                if (OralRule.OnPath(path, length, recipient))
                {
                    continue;
                }

                int order = plan.OrderFor(recipient, honestOrder);
                if (order == ProtocolCodes.NoOrder)
                {
                    continue;
                }

                byte[] payload;
                if (plan.Strategy == TraitorStrategy.Forge && plan.Parameter == 1)
                {
                    // Claims the order came along a path it did not: loyal generals see the path does not end at the sender.
                    int last = path[length - 1];
                    path[length - 1] = length > 1 ? path[0] : recipient;
                    payload = OralMessagePayload.Encode(order, path, length);
                    path[length - 1] = last;
                }
                else
                {
                    if (plan.Strategy == TraitorStrategy.Forge)
                    {
                        order = ProtocolCodes.Opposite(order);
                    }
                    else if (plan.Strategy == TraitorStrategy.Replay && _previousOrder != ProtocolCodes.NoOrder)
                    {
                        order = _previousOrder;
                    }

                    payload = OralMessagePayload.Encode(order, path, length);
                }

                SendSlot(context, oral, round, recipient, payload);
            }
        }

        private static bool ValidPath(OralInstance oral, int[] path, int sender)
        {
            if (path[0] != oral.Commander || path[path.Length - 1] != sender)
            {
                return false;
            }

            for (int i = 0; i < path.Length; i++)
            {
                if (path[i] == oral.Self || !oral.Has(path[i]) || OralRule.OnPath(path, i, path[i]))
                {
                    return false;
                }
            }

            return true;
        }
    }
}
