using System.Collections;
using Generals.Core.Node;
using Generals.Core.Wire;

namespace Generals.Core.Protocols
{
    /// <summary>
    /// The Two Generals problem over the raw fair-loss link (Protocol frames: a lost messenger is lost). General A
    /// (the commander) sends messenger i at start + i * retryMs, for i below n; B acknowledges every messenger it
    /// receives. Both decide at start + (n + 1) * retryMs. Strategy "always attack": A obeys its order after sending
    /// all n messengers. Strategy "k acknowledgements": A stops sending once it holds k acknowledgements and obeys its
    /// order only if it holds k by the deadline, else retreats. B obeys the order of any messenger it received, else
    /// retreats. No finite strategy is safe: the explorer finds the run whose last message is lost.
    /// <para>StartInstance: [protocol 1, instance, A, order, k (0: always attack), retryMs, startDelayMs, n messengers].
    /// B is the lowest-id general other than A (in a two-general kit, the other one); every other general ignores
    /// the instance. Payload: [protocol 1][kind 1 messenger, 2 acknowledgement][order][messenger number u16]; the
    /// frame's round is the messenger number.</para>
    /// </summary>
    public sealed class TwoGenerals : INodeModule
    {
        /// <summary>Messengers per instance: each is a frame and a bit of state, and the round field holds 16 bits.</summary>
        public const int MessengersMax = 1000;

        /// <summary>Instances remembered; the oldest is forgotten first.</summary>
        public const int InstancesKeptMax = 16;

        /// <summary>The longest retry interval accepted (an hour).</summary>
        public const int RetryMsMax = 3600000;

        /// <summary>Payload kind of a messenger.</summary>
        public const int Messenger = 1;

        /// <summary>Payload kind of an acknowledgement.</summary>
        public const int Acknowledgement = 2;

        private const int PayloadBytes = 5;

        private readonly Hashtable _instances = new Hashtable();
        private readonly ArrayList _kept = new ArrayList();

        /// <summary>Starts empty; a running instance does not survive a reboot (a decision does, in the store).</summary>
        public void Boot(INodeContext context)
        {
            _instances.Clear();
            _kept.Clear();
        }

        /// <summary>Two Generals frames.</summary>
        public bool Accepts(Frame frame)
        {
            return frame.Kind == FrameKind.Protocol && frame.PayloadLength > 0 && frame.PayloadSource[frame.PayloadOffset] == ProtocolCodes.TwoGenerals;
        }

        /// <summary>A messenger (at B) or an acknowledgement (at A).</summary>
        public void Receive(INodeContext context, Frame frame)
        {
            byte[] payload = frame.Payload;
            if (payload.Length != PayloadBytes || (payload[1] != Messenger && payload[1] != Acknowledgement) || !ProtocolCodes.IsOrder(payload[2]))
            {
                SynchronousProtocol.Reject(context, frame.Route.From, ProtocolViolation.Malformed);
                return;
            }

            TwoGeneralsInstance instance = (TwoGeneralsInstance)_instances[(long)frame.Stamp.Instance];
            if (instance == null)
            {
                SynchronousProtocol.Reject(context, frame.Route.From, ProtocolViolation.UnknownInstance);
                return;
            }

            int number = Bytes.ReadUInt16(payload, 3);
            if (instance.Decided || context.NowMs >= instance.DeadlineMs || number >= instance.Messengers)
            {
                // After the deadline a messenger changes nothing: the generals have already decided.
                return;
            }

            if (payload[1] == Messenger && context.Id == instance.Other && frame.Route.From == instance.Commander)
            {
                instance.Heard = payload[2];
                context.Send(instance.Commander, FrameKind.Protocol, instance.Instance, number, Encode(Acknowledgement, payload[2], number));
            }
            else if (payload[1] == Acknowledgement && context.Id == instance.Commander && frame.Route.From == instance.Other)
            {
                instance.Acked[number] = true;
            }
            else
            {
                SynchronousProtocol.Reject(context, frame.Route.From, ProtocolViolation.BadPath);
            }
        }

        /// <summary>Sends due messengers and decides at the deadline.</summary>
        public void Tick(INodeContext context)
        {
            for (int i = 0; i < _kept.Count; i++)
            {
                TwoGeneralsInstance instance = (TwoGeneralsInstance)_instances[_kept[i]];
                if (instance != null)
                {
                    Advance(context, instance);
                }
            }
        }

        /// <summary>StartInstance for protocol 1.</summary>
        public void Control(INodeContext context, ControlCommand command)
        {
            StartInstanceCommand start = command as StartInstanceCommand;
            if (start == null || start.Protocol != ProtocolCodes.TwoGenerals)
            {
                return;
            }

            long number = start.Instance;
            long commander = start.Commander;
            long order = start.Order;
            long acks = start.M;
            long retryMs = start.RoundMs;
            long startDelayMs = start.StartDelayMs;
            long messengers = start.Messengers;
            int[] generals = SynchronousProtocol.GeneralsOf(context);
            int other = Other(generals, commander);
            bool valid = number >= 1 && number <= uint.MaxValue && other > 0 && (order == ProtocolCodes.Retreat || order == ProtocolCodes.Attack)
                && messengers >= 1 && messengers <= MessengersMax && acks >= 0 && acks <= messengers
                && retryMs >= 1 && retryMs <= RetryMsMax && startDelayMs >= 0 && startDelayMs <= SynchronousProtocol.StartDelayMsMax;
            if (!valid)
            {
                context.Report(new RejectedEvent(RejectReason.BadControl, FrameLimits.HarnessId, ProtocolViolation.BadStart, 0));
                return;
            }

            if (context.Id != commander && context.Id != other)
            {
                return;
            }

            if (_kept.Contains(number))
            {
                context.Report(new RejectedEvent(RejectReason.BadControl, FrameLimits.HarnessId, ProtocolViolation.DuplicateInstance, 0));
                return;
            }

            if (_kept.Count >= InstancesKeptMax)
            {
                _instances.Remove(_kept[0]);
                _kept.RemoveAt(0);
            }

            TwoGeneralsInstance instance = new TwoGeneralsInstance((uint)number, (int)commander, other, (int)order, (int)acks,
                (int)retryMs, (int)messengers, context.NowMs + startDelayMs);
            _kept.Add(number);
            _instances[number] = instance;
            Advance(context, instance);
        }

        private static void Advance(INodeContext context, TwoGeneralsInstance instance)
        {
            if (instance.Decided)
            {
                return;
            }

            long nowMs = context.NowMs;
            bool commander = context.Id == instance.Commander;
            while (commander && instance.Sent < instance.Messengers && nowMs >= instance.MessengerMs(instance.Sent) && nowMs < instance.DeadlineMs)
            {
                if (instance.AcksRequired > 0 && instance.AckCount >= instance.AcksRequired)
                {
                    instance.Sent = instance.Messengers;
                    break;
                }

                int number = instance.Sent;
                instance.Sent = number + 1;
                context.Send(instance.Other, FrameKind.Protocol, instance.Instance, number, Encode(Messenger, instance.Order, number));
            }

            if (nowMs >= instance.DeadlineMs)
            {
                Decide(context, instance, commander);
                return;
            }

            bool moreToSend = commander && instance.Sent < instance.Messengers;
            context.WakeAt(moreToSend ? instance.MessengerMs(instance.Sent) : instance.DeadlineMs);
        }

        private static void Decide(INodeContext context, TwoGeneralsInstance instance, bool commander)
        {
            int decision;
            if (commander)
            {
                bool confirmed = instance.AcksRequired == 0 || instance.AckCount >= instance.AcksRequired;
                decision = confirmed ? instance.Order : ProtocolCodes.Retreat;
            }
            else
            {
                decision = instance.Heard == ProtocolCodes.NoOrder ? ProtocolCodes.Retreat : instance.Heard;
            }

            context.Persist(ProtocolCodes.DecisionRecord(ProtocolCodes.TwoGenerals, instance.Instance), new byte[] { (byte)decision, 0 });
            context.Report(new DecidedEvent(ProtocolCodes.TwoGenerals, instance.Instance, decision, 0));
            instance.Decided = true;
        }

        private static int Other(int[] generals, long commander)
        {
            bool found = false;
            int other = 0;
            for (int i = 0; i < generals.Length; i++)
            {
                if (generals[i] == commander)
                {
                    found = true;
                }
                else if (other == 0)
                {
                    other = generals[i];
                }
            }

            return found ? other : 0;
        }

        private static byte[] Encode(int kind, int order, int number)
        {
            byte[] payload = new byte[PayloadBytes];
            payload[0] = ProtocolCodes.TwoGenerals;
            payload[1] = (byte)kind;
            payload[2] = (byte)order;
            Bytes.WriteUInt16(payload, 3, number);
            return payload;
        }
    }
}
