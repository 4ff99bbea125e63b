using Generals.Core.Node;
using Generals.Core.Wire;

namespace Generals.Core.Protocols
{
    /// <summary>
    /// OM(m), exactly as Lamport, Shostak and Pease (1982) give it, in the synchronous round model. Round 0: the
    /// commander sends its order to every lieutenant. Round k (1..m): each lieutenant, for every path of length k it
    /// could have received (commander first, itself absent), relays the order it received along that path (RETREAT
    /// if none came by the deadline) with itself appended, to every general not on the new path. At the last
    /// deadline each lieutenant decides bottom-up: the value of a path of length m+1 is what it received; the value
    /// of a shorter path is the majority of what it received along it and the values of its one-longer extensions,
    /// RETREAT when there is no strict majority. The decision is the value of the commander's path.
    /// </summary>
    public sealed class OralMessages : SynchronousProtocol
    {
        /// <summary>Values one lieutenant keeps per instance: each is a persisted record entry, and the record is rewritten per message.</summary>
        public const int PathsMax = 1024;

        /// <summary>Messages one general sends in a round: each is one General output, and General allows 8192 per input.</summary>
        public const int SendsPerRoundMax = 2048;

        private int _previousOrder = ProtocolCodes.NoOrder;

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
            OralInstance oral = (OralInstance)instance;
            int[] path = new int[OralMessagePayload.PathMax];
            path[0] = oral.Commander;
            if (round == 0)
            {
                if (oral.IsCommander)
                {
                    SendPath(context, oral, 0, path, 1, oral.Order);
                }

                return;
            }

            if (!oral.IsCommander)
            {
                Relay(context, oral, round, path, 1);
            }
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
            OralInstance oral = (OralInstance)instance;
            if (oral.IsCommander)
            {
                return oral.Order;
            }

            int[] path = new int[OralMessagePayload.PathMax];
            path[0] = oral.Commander;
            return Value(oral, path, 1);
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

        /// <summary>The value of a path: what came along it, or at depth below m + 1, the majority with its extensions.</summary>
        private static int Value(OralInstance oral, int[] path, int length)
        {
            int received = oral.Get(path, length);
            int own = received == ProtocolCodes.NoOrder ? ProtocolCodes.Retreat : received;
            if (length == oral.M + 1)
            {
                return own;
            }

            int attacks = own == ProtocolCodes.Attack ? 1 : 0;
            int total = 1;
            for (int i = 0; i < oral.Generals.Length; i++)
            {
                int general = oral.Generals[i];
                if (general == oral.Self || OnPath(path, length, general))
                {
                    continue;
                }

                path[length] = general;
                if (Value(oral, path, length + 1) == ProtocolCodes.Attack)
                {
                    attacks++;
                }

                total++;
            }

            return attacks * 2 > total ? ProtocolCodes.Attack : ProtocolCodes.Retreat;
        }

        /// <summary>Relays every path of length <paramref name="round"/> this lieutenant could have received, in ascending order.</summary>
        private void Relay(INodeContext context, OralInstance oral, int round, int[] path, int length)
        {
            if (length == round)
            {
                int received = oral.Get(path, length);
                path[length] = oral.Self;
                SendPath(context, oral, round, path, length + 1, received == ProtocolCodes.NoOrder ? ProtocolCodes.Retreat : received);
                return;
            }

            for (int i = 0; i < oral.Generals.Length; i++)
            {
                int general = oral.Generals[i];
                if (general == oral.Self || OnPath(path, length, general))
                {
                    continue;
                }

                path[length] = general;
                Relay(context, oral, round, path, length + 1);
            }
        }

        /// <summary>Sends <paramref name="honestOrder"/> along a path (ending at this general) to every general not on it.</summary>
        private void SendPath(INodeContext context, OralInstance oral, int round, int[] path, int length, int honestOrder)
        {
            TraitorPlan plan = oral.Plan;
            for (int i = 0; i < oral.Generals.Length; i++)
            {
                int recipient = oral.Generals[i];
                if (OnPath(path, length, recipient))
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
                if (path[i] == oral.Self || !oral.Has(path[i]) || OnPath(path, i, path[i]))
                {
                    return false;
                }
            }

            return true;
        }

        private static bool OnPath(int[] path, int length, int general)
        {
            for (int i = 0; i < length; i++)
            {
                if (path[i] == general)
                {
                    return true;
                }
            }

            return false;
        }
    }
}
