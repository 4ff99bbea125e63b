using System.Collections;
using Generals.Core.Node;
using Generals.Core.Runtime;
using Generals.Core.Wire;

namespace Generals.Core.Protocols
{
    /// <summary>
    /// What OM(m) and SM(m) share: the synchronous round model (round r's messages are sent at its start and count
    /// only if they arrive before its deadline; the decision is taken at the last deadline), the instance table,
    /// the traitor role, persistence and recovery. Subclasses say what to send in a round, what to accept, and
    /// how to decide.
    /// <para>Persistence. The state of a running instance (schedule, the next round to send, everything accepted)
    /// is rewritten on every change, before any send that follows it, so a general whose power is cut and who
    /// restarts before the end decides as it would have: messages of earlier rounds are not lost, and its own sends
    /// of a round go out at most once (the round is marked sent before its messages leave). A decision is persisted
    /// before it is reported, reported again at every boot, and never recomputed.</para>
    /// <para>Clocks. The schedule is kept in the General's clock. If that clock restarted with the reboot (its time
    /// is below the last time the state was written), the schedule is placed again by the first frame of the
    /// instance that arrives (assumed sent at its round's start), or, if none comes, the general decides after
    /// m + 1 round lengths with what it has. A resumed general thus sends up to one message delay late: the round
    /// length must exceed twice the delay bound.</para>
    /// </summary>
    public abstract class SynchronousProtocol : INodeModule
    {
        /// <summary>Instances remembered (running or decided, in memory and in the store); the oldest is forgotten
        /// first. Several instances run one after another, rarely more than a few at once.</summary>
        public const int InstancesKeptMax = 16;

        /// <summary>The largest m: OM(m) sends about n^m messages, and a path (m + 1 ids) or a chain (m + 1 signatures) grows with it.</summary>
        public const int MMax = 6;

        /// <summary>The longest round accepted (an hour): longer is surely a units mistake.</summary>
        public const int RoundMsMax = 3600000;

        /// <summary>The longest start delay accepted (an hour).</summary>
        public const int StartDelayMsMax = 3600000;

        /// <summary>Late sends held at once; a Late traitor holds at most one round of its sends.</summary>
        public const int OutboxMax = 4096;

        // Version 2: the commander has two bytes (ids above 255), and OM's body lists paths id by id (OralInstance).
        private const int StateVersion = 2;
        // The state record's fields before the body: version (a byte), commander (u16), order, m (a byte each), round
        // length (u32), start and last seen (i64 each), next round and resyncing (a byte each).
        private const int StateHeaderBytes = 27;

        private readonly Hashtable _running = new Hashtable();
        private readonly Hashtable _decided = new Hashtable();
        private readonly ArrayList _kept = new ArrayList();
        private readonly ArrayList _outbox = new ArrayList();
        // Every general of the kit, ascending: made when an instance first needs it (a simulated kit may hold 10,000).
        private int[] _generals;
        private TraitorStrategy _strategy = TraitorStrategy.Loyal;
        private long _parameter;
        private ulong _planSeed;

        /// <summary>This module's protocol id (payload byte 0, StartInstance argument 0).</summary>
        public abstract int ProtocolId { get; }

        /// <summary>The traitor strategy in force for instances started from now on.</summary>
        public TraitorStrategy Strategy
        {
            get { return _strategy; }
        }

        /// <summary>Reloads every kept instance: decisions are reported again, running instances resume.</summary>
        public void Boot(INodeContext context)
        {
            _running.Clear();
            _decided.Clear();
            _kept.Clear();
            _outbox.Clear();
            _generals = null;
            byte[] index = context.Load(IndexRecord());
            RecordReader reader = new RecordReader(index, 0);
            int count = index == null ? 0 : reader.ReadByte();
            for (int i = 0; i < count && i < InstancesKeptMax; i++)
            {
                uint instance = reader.ReadUInt32();
                if (!reader.Ok)
                {
                    break;
                }

                _kept.Add((long)instance);
                Reload(context, instance);
            }
        }

        /// <summary>Protocol frames whose first payload byte is this protocol's id.</summary>
        public bool Accepts(Frame frame)
        {
            return frame.Kind == FrameKind.Protocol && frame.PayloadLength > 0 && frame.PayloadSource[frame.PayloadOffset] == ProtocolId;
        }

        /// <summary>Checks a message against the round model and the protocol, keeps it, and acts on any due deadline.</summary>
        public void Receive(INodeContext context, Frame frame)
        {
            long key = frame.Stamp.Instance;
            if (_decided.Contains(key))
            {
                Reject(context, frame.Route.From, ProtocolViolation.Late, key);
                return;
            }

            RoundInstance instance = (RoundInstance)_running[key];
            if (instance == null)
            {
                Reject(context, frame.Route.From, ProtocolViolation.UnknownInstance, key);
                return;
            }

            int round = frame.Stamp.Round;
            if (instance.Resyncing && round <= instance.M)
            {
                instance.Schedule.Rebase(context.NowMs - ((long)round * instance.Schedule.RoundMs));
                instance.Resyncing = false;
            }

            bool changed;
            int violation = Accept(context, instance, frame, out changed);
            if (violation != 0)
            {
                Reject(context, frame.Route.From, violation, key);
            }
            else if (changed)
            {
                PersistState(context, instance);
            }

            Advance(context, instance);
        }

        /// <summary>Sends due rounds, decides at due deadlines, releases due late sends, and asks for the next wake-up.</summary>
        public void Tick(INodeContext context)
        {
            for (int i = 0; i < _kept.Count; i++)
            {
                RoundInstance instance = (RoundInstance)_running[_kept[i]];
                if (instance != null)
                {
                    Advance(context, instance);
                }
            }

            ReleaseOutbox(context);
        }

        /// <summary>StartInstance for this protocol and SetTraitor; other commands are not this module's.</summary>
        public void Control(INodeContext context, ControlCommand command)
        {
            SetTraitorCommand traitor = command as SetTraitorCommand;
            StartInstanceCommand start = command as StartInstanceCommand;
            if (traitor != null)
            {
                SetTraitor(context, traitor);
            }
            else if (start != null && start.Protocol == ProtocolId)
            {
                Start(context, start);
            }
        }

        /// <summary>True when (n, m) fits this protocol's limits.</summary>
        internal abstract bool Fits(int generals, int m);

        /// <summary>A fresh instance of the subclass's kind.</summary>
        internal abstract RoundInstance Create(uint instance, int commander, int order, int m, RoundSchedule schedule, int self, int[] generals);

        /// <summary>Sends this general's messages of <paramref name="round"/> (through <see cref="SendSlot"/>).</summary>
        internal abstract void SendRound(INodeContext context, RoundInstance instance, int round);

        /// <summary>Checks and keeps one message: 0, or a <see cref="ProtocolViolation"/> code.</summary>
        internal abstract int Accept(INodeContext context, RoundInstance instance, Frame frame, out bool changed);

        /// <summary>The decision at the end of the last round.</summary>
        internal abstract int Decide(RoundInstance instance);

        /// <summary>Called after a decision was persisted and reported (traitors keep material to replay).</summary>
        internal abstract void Decided(RoundInstance instance);

        /// <summary>Sends one message of a round, or holds it past the deadline when the plan is Late.</summary>
        internal void SendSlot(INodeContext context, RoundInstance instance, int round, int to, byte[] payload)
        {
            if (instance.Plan.Strategy != TraitorStrategy.Late)
            {
                context.Send(to, FrameKind.Protocol, instance.Instance, round, payload);
                return;
            }

            Hold(context, instance, round, to, payload);
        }

        /// <summary>
        /// Sends one message of a round to each of the first <paramref name="count"/> of <paramref name="recipients"/> (one
        /// frame on an authenticated link), or holds a copy for each past the deadline when the plan is Late.
        /// </summary>
        internal void SendSlot(INodeContext context, RoundInstance instance, int round, int[] recipients, int count, IPayloadWriter payload)
        {
            if (instance.Plan.Strategy != TraitorStrategy.Late)
            {
                context.SendToEach(recipients, count, FrameKind.Protocol, instance.Instance, round, payload);
                return;
            }

            byte[] bytes = PayloadBytes.ToArray(payload);
            for (int i = 0; i < count; i++)
            {
                Hold(context, instance, round, recipients[i], bytes);
            }
        }

        private void Hold(INodeContext context, RoundInstance instance, int round, int to, byte[] payload)
        {
            if (_outbox.Count >= OutboxMax)
            {
                return;
            }

            long dueMs = instance.Schedule.DeadlineMs(round) + instance.Plan.LateByMs;
            _outbox.Add(new PendingSend(dueMs, to, instance.Instance, round, payload));
            context.WakeAt(dueMs);
        }

        /// <summary>Reports an input that broke the protocol and counts it.</summary>
        internal static void Reject(INodeContext context, int from, int detail)
        {
            context.Report(new RejectedEvent(RejectReason.ProtocolViolation, from, detail, 0));
        }

        /// <summary>Reports a message of <paramref name="instance"/> that broke the protocol (the checkers judge forgeries per instance).</summary>
        internal static void Reject(INodeContext context, int from, int detail, long instance)
        {
            context.Report(new RejectedEvent(RejectReason.ProtocolViolation, from, detail, instance));
        }

        private int[] KitGenerals(INodeContext context)
        {
            if (_generals == null)
            {
                _generals = GeneralsOf(context);
            }

            return _generals;
        }

        /// <summary>Every general of the kit, ascending: this General placed among its peers, which are ascending already (NodeSettings.Validate).</summary>
        internal static int[] GeneralsOf(INodeContext context)
        {
            int[] peers = context.Peers;
            int id = context.Id;
            int[] generals = new int[peers.Length + 1];
            int at = 0;
            bool placed = false;
            for (int i = 0; i < peers.Length; i++)
            {
                if (!placed && id < peers[i])
                {
                    generals[at++] = id;
                    placed = true;
                }

                generals[at++] = peers[i];
            }

            if (!placed)
            {
                generals[at] = id;
            }

            return generals;
        }

        private void SetTraitor(INodeContext context, SetTraitorCommand command)
        {
            long strategy = command.Strategy;
            if (strategy < (long)TraitorStrategy.Loyal || strategy > (long)TraitorStrategy.Late)
            {
                RejectControl(context, ProtocolViolation.BadTraitor);
                return;
            }

            _strategy = (TraitorStrategy)(int)strategy;
            _parameter = command.Parameter;
            _planSeed = unchecked((ulong)command.PlanSeed);
        }

        private void Start(INodeContext context, StartInstanceCommand command)
        {
            long instanceNumber = command.Instance;
            long commander = command.Commander;
            long order = command.Order;
            long m = command.M;
            long roundMs = command.RoundMs;
            long startDelayMs = command.StartDelayMs;
            bool valid = instanceNumber >= 1 && instanceNumber <= uint.MaxValue
                && commander >= 1 && commander <= FrameLimits.GeneralIdMax && Contains(KitGenerals(context), (int)commander)
                && (order == ProtocolCodes.Retreat || order == ProtocolCodes.Attack) && m >= 0 && m <= MMax
                && roundMs >= 1 && roundMs <= RoundMsMax && startDelayMs >= 0 && startDelayMs <= StartDelayMsMax
                && Fits(KitGenerals(context).Length, (int)m);
            if (!valid)
            {
                RejectControl(context, ProtocolViolation.BadStart);
                return;
            }

            uint number = (uint)instanceNumber;
            if (_kept.Contains((long)number))
            {
                RejectControl(context, ProtocolViolation.DuplicateInstance);
                return;
            }

            RoundSchedule schedule = new RoundSchedule(context.NowMs + startDelayMs, (int)roundMs, (int)m + 1);
            RoundInstance instance = Create(number, (int)commander, (int)order, (int)m, schedule, context.Id, KitGenerals(context));
            instance.Plan = new TraitorPlan(_strategy, _parameter, _planSeed, number, context.Id, KitGenerals(context));
            Keep(context, number);
            _running[(long)number] = instance;
            PersistState(context, instance);
            Advance(context, instance);
        }

        private void Keep(INodeContext context, uint number)
        {
            if (_kept.Count >= InstancesKeptMax)
            {
                long oldest = (long)_kept[0];
                _kept.RemoveAt(0);
                _running.Remove(oldest);
                _decided.Remove(oldest);
                context.Persist(StateRecord((uint)oldest), new byte[0]);
                context.Persist(ProtocolCodes.DecisionRecord(ProtocolId, (uint)oldest), new byte[0]);
            }

            _kept.Add((long)number);
            RecordWriter writer = new RecordWriter(1 + (4 * _kept.Count));
            writer.WriteByte(_kept.Count);
            for (int i = 0; i < _kept.Count; i++)
            {
                writer.WriteUInt32((uint)(long)_kept[i]);
            }

            context.Persist(IndexRecord(), writer.ToArray());
        }

        private void Advance(INodeContext context, RoundInstance instance)
        {
            long nowMs = context.NowMs;
            if (instance.Resyncing)
            {
                if (nowMs >= instance.FallbackEndMs)
                {
                    Finish(context, instance);
                }
                else
                {
                    context.WakeAt(instance.FallbackEndMs);
                }

                return;
            }

            RoundSchedule schedule = instance.Schedule;
            while (instance.NextRound <= instance.M && nowMs >= schedule.SendMs(instance.NextRound))
            {
                int round = instance.NextRound;
                instance.NextRound = round + 1;
                if (schedule.OnTime(round, nowMs))
                {
                    // Marked sent before the messages leave: after a crash they go out at most once.
                    instance.RoundDue(round);
                    PersistState(context, instance);
                    SendRound(context, instance, round);
                }
            }

            if (nowMs >= schedule.EndMs)
            {
                Finish(context, instance);
                return;
            }

            context.WakeAt(instance.NextRound <= instance.M ? schedule.SendMs(instance.NextRound) : schedule.EndMs);
        }

        private void Finish(INodeContext context, RoundInstance instance)
        {
            int decision = Decide(instance);
            long key = instance.Instance;
            if (decision == ProtocolCodes.NoOrder)
            {
                // An exercise's rule that decides nothing (its skeleton): the instance ends undecided, which the checks see.
                _running.Remove(key);
                context.Persist(StateRecord(instance.Instance), new byte[0]);
                return;
            }

            Check.That(ProtocolCodes.IsOrder(decision), "a decision is an order");
            byte[] record = new byte[] { (byte)decision, (byte)instance.M };
            context.Persist(ProtocolCodes.DecisionRecord(ProtocolId, instance.Instance), record);
            context.Report(new DecidedEvent(ProtocolId, instance.Instance, decision, instance.M));
            _running.Remove(key);
            _decided[key] = decision;
            context.Persist(StateRecord(instance.Instance), new byte[0]);
            Decided(instance);
        }

        private void Reload(INodeContext context, uint number)
        {
            byte[] decision = context.Load(ProtocolCodes.DecisionRecord(ProtocolId, number));
            if (decision != null && decision.Length == 2 && ProtocolCodes.IsOrder(decision[0]))
            {
                _decided[(long)number] = (int)decision[0];
                context.Report(new DecidedEvent(ProtocolId, number, decision[0], decision[1]));
                return;
            }

            RoundInstance instance = ReadState(context, number);
            if (instance == null)
            {
                return;
            }

            _running[(long)number] = instance;
            Advance(context, instance);
        }

        private RoundInstance ReadState(INodeContext context, uint number)
        {
            byte[] state = context.Load(StateRecord(number));
            if (state == null || state.Length == 0)
            {
                return null;
            }

            RecordReader reader = new RecordReader(state, 0);
            int version = reader.ReadByte();
            int commander = reader.ReadUInt16();
            int order = reader.ReadByte();
            int m = reader.ReadByte();
            uint roundMs = reader.ReadUInt32();
            long startMs = reader.ReadInt64();
            long lastSeenMs = reader.ReadInt64();
            int nextRound = reader.ReadByte();
            int resyncing = reader.ReadByte();
            if (!reader.Ok || version != StateVersion || !Contains(KitGenerals(context), commander) || !ProtocolCodes.IsOrder(order)
                || m > MMax || roundMs < 1 || roundMs > RoundMsMax || nextRound > m + 1)
            {
                return null;
            }

            RoundSchedule schedule = new RoundSchedule(startMs, (int)roundMs, m + 1);
            RoundInstance instance = Create(number, commander, order, m, schedule, context.Id, KitGenerals(context));
            if (!instance.ReadBody(reader) || !reader.AtEnd)
            {
                return null;
            }

            instance.NextRound = nextRound;
            if (resyncing != 0 || context.NowMs < lastSeenMs)
            {
                instance.Resyncing = true;
                instance.FallbackEndMs = context.NowMs + ((long)(m + 1) * roundMs);
            }

            return instance;
        }

        private void PersistState(INodeContext context, RoundInstance instance)
        {
            // Sized exactly: an SM body holds the chains to relay (LMS's 2.5 KB a signature), and a writer grown by doubling
            // allocates about twice the record before handing over a copy.
            RecordWriter writer = new RecordWriter(StateHeaderBytes + instance.BodyBytes);
            writer.WriteByte(StateVersion);
            writer.WriteUInt16(instance.Commander);
            writer.WriteByte(instance.Order);
            writer.WriteByte(instance.M);
            writer.WriteUInt32((uint)instance.Schedule.RoundMs);
            writer.WriteInt64(instance.Schedule.StartMs);
            writer.WriteInt64(context.NowMs);
            writer.WriteByte(instance.NextRound);
            writer.WriteByte(instance.Resyncing ? 1 : 0);
            instance.WriteBody(writer);
            context.Persist(StateRecord(instance.Instance), writer.ToArray());
        }

        private void ReleaseOutbox(INodeContext context)
        {
            long nowMs = context.NowMs;
            int i = 0;
            while (i < _outbox.Count)
            {
                PendingSend pending = (PendingSend)_outbox[i];
                if (pending.DueMs <= nowMs)
                {
                    _outbox.RemoveAt(i);
                    context.Send(pending.To, FrameKind.Protocol, pending.Instance, pending.Round, pending.Payload);
                }
                else
                {
                    context.WakeAt(pending.DueMs);
                    i++;
                }
            }
        }

        private static void RejectControl(INodeContext context, int detail)
        {
            context.Report(new RejectedEvent(RejectReason.BadControl, FrameLimits.HarnessId, detail, 0));
        }

        private static bool Contains(int[] generals, int general)
        {
            for (int i = 0; i < generals.Length; i++)
            {
                if (generals[i] == general)
                {
                    return true;
                }
            }

            return false;
        }

        private string IndexRecord()
        {
            return "state/" + ProtocolId.ToString() + "/index";
        }

        private string StateRecord(uint instance)
        {
            return "state/" + ProtocolId.ToString() + "/" + instance.ToString();
        }
    }
}
