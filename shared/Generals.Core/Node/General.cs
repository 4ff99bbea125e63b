using System.Collections;
using Generals.Core.Crypto;
using Generals.Core.Links;
using Generals.Core.Runtime;
using Generals.Core.Wire;

namespace Generals.Core.Node
{
    /// <summary>
    /// The General: a deterministic, sans-I/O state machine (DESIGN 5). Inputs are <see cref="Boot"/>,
    /// <see cref="Receive"/>, <see cref="Tick"/> and <see cref="Control"/>, each with the runtime's time; outputs
    /// (store writes, frames, telemetry) are pulled with <see cref="TakeOutput"/>, and <see cref="NextWakeMs"/>
    /// says when it next needs a tick. It composes the link layers and its modules.
    /// </summary>
    public sealed class General
    {
        /// <summary>Outputs one input may queue; more is a bug (every module's own sends are bounded).</summary>
        public const int OutputsMax = 8192;

        private const string IncarnationRecord = "node/incarnation";
        private const string ControlFloorRecord = "node/control-floor";

        private readonly NodeSettings _settings;
        private readonly INodeModule[] _modules;
        private readonly Queue _outputs = new Queue();
        private readonly Hashtable _staged = new Hashtable();
        private readonly NodeCounters _counters = new NodeCounters();
        private readonly GeneralContext _context;
        private readonly FrameMac _telemetryMac;
        private readonly LinkKeys _linkKeys;
        private readonly string _eventsTopic;
        private readonly string _wireTopic;
        private IRecordSource _records;
        private readonly IReliableLink _link;
        private ReplayWindow _replay;
        private Prng _random;
        private uint _incarnation;
        private uint _frameSequence;
        private uint _telemetrySequence;
        private uint _controlFloor;
        private uint _deliveries;
        private long _nowMs;
        private long _nextWakeMs = long.MaxValue;
        private bool _booted;
        private bool _foundRecords;
        private bool _halted;
        private BootFailure _failure;
        private string _failedRecord;
        private bool _frameSequenceReported;
        // Peers suspected now (peer id -> true): holds the few suspected, not a slot for every id a kit may have.
        private readonly Hashtable _suspected = new Hashtable();
        private bool _playsTraitor;

        /// <summary>Creates a General with its modules and the kit's reliable link; nothing happens until <see cref="Boot"/>.</summary>
        public General(NodeSettings settings, INodeModule[] modules)
            : this(settings, modules, null)
        {
        }

        /// <summary>
        /// Creates a General with its modules and <paramref name="link"/> as its reliable link (null: the kit's own,
        /// <see cref="ReliableLink"/>; an exercise's otherwise); nothing happens until <see cref="Boot"/>.
        /// </summary>
        public General(NodeSettings settings, INodeModule[] modules, IReliableLink link)
        {
            Check.NotNull(settings, "settings");
            Check.NotNull(modules, "modules");
            settings.Validate();
            _settings = settings;
            _modules = modules;
            _context = new GeneralContext(this);
            _link = link != null ? link : new ReliableLink();
            _telemetryMac = new FrameMac(settings.TelemetryKey, settings.HashCounter);
            _linkKeys = settings.LinkKeys != null && settings.HashCounter != null ? settings.LinkKeys.CountedBy(settings.HashCounter) : settings.LinkKeys;
            _eventsTopic = Topics.Events(settings.Kit, settings.Id);
            _wireTopic = Topics.Wire(settings.Kit, settings.Id);
        }

        /// <summary>This boot's incarnation (0 before boot, and after a failed boot).</summary>
        public uint Incarnation
        {
            get { return _incarnation; }
        }

        /// <summary>When the General next needs <see cref="Tick"/> (long.MaxValue: only on input).</summary>
        public long NextWakeMs
        {
            get { return _nextWakeMs; }
        }

        /// <summary>Why the General refused its stored state (it is then silent), or <see cref="BootFailure.None"/>.</summary>
        public BootFailure Failure
        {
            get { return _failure; }
        }

        /// <summary>The record at fault when <see cref="Failure"/> is set, or null.</summary>
        public string FailedRecord
        {
            get { return _failedRecord; }
        }

        /// <summary>Peers this General's detector suspects now (what its status LED shows).</summary>
        public int SuspectedPeers
        {
            get { return _suspected.Count; }
        }

        /// <summary>Peers whose anti-replay state this General holds (the ones with a record or heard from; tests of its memory).</summary>
        internal int ReplaySendersHeld
        {
            get { return _replay == null ? 0 : _replay.SendersHeld; }
        }

        /// <summary>True once the harness made this General a traitor (SetTraitor with a strategy other than 0).</summary>
        public bool PlaysTraitor
        {
            get { return _playsTraitor; }
        }

        /// <summary>Signatures left on this General's key (-1 for a stateless key): the budget a board reports at boot.</summary>
        public long SignaturesLeft
        {
            get
            {
                long remaining = _settings.Signer.RemainingSignatures;
                return remaining == long.MaxValue ? -1 : remaining;
            }
        }

        /// <summary>Rejections and other counts since boot.</summary>
        public NodeCounters Counters
        {
            get { return _counters; }
        }

        internal NodeSettings Settings
        {
            get { return _settings; }
        }

        internal long NowMs
        {
            get { return _nowMs; }
        }

        internal Prng Random
        {
            get { return _random; }
        }

        /// <summary>
        /// Boots from what the store holds: bumps and persists the incarnation first, then lets links and
        /// modules reload their records. Every record is sealed (<see cref="SealedRecord"/>): a damaged one, a missing
        /// incarnation beside other records, or an incarnation at its maximum fails the boot (<see cref="Failure"/>,
        /// <see cref="TelemetryType.BootFailed"/>); the General then writes nothing and ignores every input.
        /// </summary>
        public void Boot(IRecordSource records, long nowMs)
        {
            Check.NotNull(records, "records");
            Check.That(!_booted, "a General boots once; a restart is a new General");
            _booted = true;
            _records = records;
            _nowMs = nowMs;
            byte[] previous = LoadCounter(IncarnationRecord);
            bool firstBoot = previous == null && _failure == BootFailure.None;
            if (previous != null && Bytes.ReadUInt32(previous, 0) == uint.MaxValue)
            {
                Fail(BootFailure.IncarnationExhausted, IncarnationRecord);
            }

            if (_failure == BootFailure.None)
            {
                _incarnation = (previous != null ? Bytes.ReadUInt32(previous, 0) : 0) + 1;
                byte[] incarnation = new byte[4];
                Bytes.WriteUInt32(incarnation, 0, _incarnation);
                Persist(IncarnationRecord, incarnation);
                byte[] floor = LoadCounter(ControlFloorRecord);
                _controlFloor = floor != null ? Bytes.ReadUInt32(floor, 0) : 0;
            }

            _random = new Prng(_settings.Seed ^ ((ulong)_incarnation << 40) ^ ((ulong)(uint)_settings.Id << 16));
            Report(new BootedEvent(_incarnation));
            _replay = new ReplayWindow(this);
            if (_failure == BootFailure.None)
            {
                _link.Boot(new LinkContext(this));
                _replay.Boot();
                for (int i = 0; i < _modules.Length; i++)
                {
                    _modules[i].Boot(_context);
                }
            }

            // Other records without an incarnation: it was deleted or truncated. Starting at 1 again would reuse
            // stamps peers have seen and forget what was acknowledged.
            if (firstBoot && _foundRecords)
            {
                Fail(BootFailure.MissingIncarnation, IncarnationRecord);
            }
        }

        /// <summary>Bytes the network delivered to this General's inbox. Bad bytes are rejected and counted.</summary>
        public void Receive(byte[] bytes, long nowMs)
        {
            Check.That(_booted, "booted before input");
            _nowMs = nowMs;
            if (_halted)
            {
                return;
            }

            // Judged where the bytes lie (FrameCodec.TryRead): a frame object is made only for what is handed on, and a
            // payload is copied once, for the module or report that keeps it.
            FrameLayout layout;
            FrameRejection rejection = FrameCodec.TryRead(bytes, 0, bytes == null ? 0 : bytes.Length, out layout);
            if (rejection != FrameRejection.None)
            {
                Reject(RejectReason.MalformedFrame, -1, (int)rejection);
                return;
            }

            if (!FrameCodec.HasKit(bytes, layout, _settings.Kit) || layout.From == _settings.Id || layout.From == FrameLimits.HarnessId
                || (layout.To != _settings.Id && layout.To != FrameLimits.Broadcast)
                || layout.Kind == FrameKind.Control || layout.Kind == FrameKind.Event)
            {
                Reject(RejectReason.NotForUs, layout.From, (int)layout.Kind);
                return;
            }

            if (_settings.Authenticated && !Authentic(bytes, layout))
            {
                return;
            }

            if (layout.Kind == FrameKind.Ack && !_settings.Reliable)
            {
                return;
            }

            if (layout.Kind == FrameKind.Data && !_settings.Reliable)
            {
                DeliverApp(layout.From, layout.Incarnation, Bytes.Slice(bytes, layout.PayloadOffset, layout.PayloadLength), NextDeliveryIndex());
                return;
            }

            // Modules take a frame during this call only and copy out (Frame.Payload) what they keep, so theirs is read
            // where it lies: an SM(m) chain of LMS signatures is kilobytes. The link layers keep frames: theirs are copies.
            FrameStamp stamp = new FrameStamp(layout.Incarnation, layout.Sequence, layout.Instance, layout.Round);
            Frame frame = layout.Kind == FrameKind.Data || layout.Kind == FrameKind.Ack
                ? new Frame(layout.Kind, _settings.Kit, new FrameRoute(layout.From, layout.To), stamp, Bytes.Slice(bytes, layout.PayloadOffset, layout.PayloadLength))
                : new Frame(layout.Kind, _settings.Kit, new FrameRoute(layout.From, layout.To), stamp, bytes, layout.PayloadOffset, layout.PayloadLength);
            if (layout.Kind == FrameKind.Data)
            {
                _link.OnData(frame);
            }
            else if (layout.Kind == FrameKind.Ack)
            {
                _link.OnAck(frame);
            }
            else
            {
                Dispatch(frame);
            }
        }

        /// <summary>Bytes from the control topic: a harness command, verified against the harness key and replay.</summary>
        public void Control(byte[] bytes, long nowMs)
        {
            Check.That(_booted, "booted before input");
            _nowMs = nowMs;
            if (_halted)
            {
                return;
            }

            Frame frame;
            FrameRejection rejection = FrameCodec.TryDecode(bytes, out frame);
            if (rejection != FrameRejection.None)
            {
                Reject(RejectReason.MalformedFrame, -1, (int)rejection);
                return;
            }

            if (frame.Kind != FrameKind.Control || frame.Kit != _settings.Kit || frame.Route.From != FrameLimits.HarnessId
                || frame.Route.To != _settings.Id)
            {
                Reject(RejectReason.BadControl, frame.Route.From, 1);
                return;
            }

            if (!frame.IsSigned)
            {
                Reject(RejectReason.Unsigned, FrameLimits.HarnessId, 0);
                return;
            }

            // Verified over the received bytes where they lie: the signed part is the header and payload as sent.
            FrameLayout layout;
            FrameCodec.TryRead(bytes, 0, bytes.Length, out layout);
            SignatureCheck check = _settings.Verifier.Verify(
                FrameLimits.HarnessId, bytes, 0, layout.SignedLength, bytes, layout.SignatureOffset, layout.SignatureLength);
            if (check != SignatureCheck.Valid)
            {
                Reject(RejectReason.BadSignature, FrameLimits.HarnessId, (int)check);
                return;
            }

            if (frame.Stamp.Sequence <= _controlFloor)
            {
                Reject(RejectReason.Replayed, FrameLimits.HarnessId, (int)frame.Stamp.Sequence);
                return;
            }

            int type;
            ControlCommand command = ControlCodec.TryDecode(frame.Payload, out type);
            if (command == null)
            {
                Reject(RejectReason.BadControl, FrameLimits.HarnessId, type);
                return;
            }

            _controlFloor = frame.Stamp.Sequence;
            byte[] floor = new byte[4];
            Bytes.WriteUInt32(floor, 0, _controlFloor);
            Persist(ControlFloorRecord, floor);
            SetTraitorCommand traitor = command as SetTraitorCommand;
            if (traitor != null)
            {
                _playsTraitor = traitor.Strategy != 0;
            }

            for (int i = 0; i < _modules.Length; i++)
            {
                _modules[i].Control(_context, command);
            }
        }

        /// <summary>Time passed. Links and every module act on their deadlines and ask for their next wake-up.</summary>
        public void Tick(long nowMs)
        {
            Check.That(_booted, "booted before input");
            _nowMs = nowMs;
            _nextWakeMs = long.MaxValue;
            if (_halted)
            {
                return;
            }

            _link.Tick();
            for (int i = 0; i < _modules.Length; i++)
            {
                _modules[i].Tick(_context);
            }
        }

        /// <summary>
        /// Reports what the board measured at boot (<see cref="TelemetryType.BoardBooted"/>, <see cref="TelemetryType.SelfTest"/>),
        /// sealed and counted like the General's own events. Any other type is the General's to report, never the runtime's.
        /// </summary>
        public void ReportBoard(TelemetryEvent telemetry)
        {
            Check.NotNull(telemetry, "telemetry");
            Check.That(_booted, "booted before a board report");
            Check.That(telemetry.Type == TelemetryType.BoardBooted || telemetry.Type == TelemetryType.SelfTest, "a board reports its boot");
            Report(telemetry);
        }

        /// <summary>The next output to carry out, in order, or null when there is none.</summary>
        public NodeOutput TakeOutput()
        {
            return _outputs.Count == 0 ? null : (NodeOutput)_outputs.Dequeue();
        }

        /// <summary>Moves the per-incarnation counters (tests reach a counter's end without four billion frames).</summary>
        internal void SetSequencesForTest(uint frameSequence, uint telemetrySequence)
        {
            _frameSequence = frameSequence;
            _telemetrySequence = telemetrySequence;
        }

        internal void WakeAt(long atMs)
        {
            if (atMs < _nextWakeMs)
            {
                _nextWakeMs = atMs;
            }
        }

        /// <summary>
        /// The payload of record <paramref name="name"/> as of boot plus staged writes, or null when missing. A damaged
        /// record fails the General (and reads as null): its state is never silently reset.
        /// </summary>
        internal byte[] Load(string name)
        {
            object staged = _staged[name];
            if (staged != null)
            {
                return (byte[])staged;
            }

            byte[] payload;
            RecordState state = SealedRecord.Read(_records, name, out payload);
            if (state != RecordState.Missing)
            {
                _foundRecords = true;
            }

            if (state == RecordState.Damaged || state == RecordState.Unsupported)
            {
                Fail(state == RecordState.Damaged ? BootFailure.DamagedRecord : BootFailure.UnsupportedRecord, name);
                return null;
            }

            return payload;
        }

        /// <summary>Stages <paramref name="record"/> (sealed in the store) as <paramref name="name"/>.</summary>
        internal void Persist(string name, byte[] record)
        {
            Check.NotNull(record, "record");
            if (_halted)
            {
                return;
            }

            _staged[name] = record;
            Enqueue(NodeOutput.Write(name, SealedRecord.Seal(name, record)));
        }

        /// <summary>
        /// One telemetry event on the events topic, sealed with the telemetry key. The stamp's incarnation (durable before
        /// any output of this boot leaves) and sequence (counting this boot's events) are the counter the harness checks.
        /// </summary>
        internal void Report(TelemetryEvent telemetry)
        {
            SuspectEvent suspect = telemetry as SuspectEvent;
            TrustEvent trust = telemetry as TrustEvent;
            if (suspect != null)
            {
                TrackSuspicion(suspect.Peer, true);
            }
            else if (trust != null)
            {
                TrackSuspicion(trust.Peer, false);
            }

            // The last stamp says why the events stop; after it nothing can be stamped without wrapping.
            if (_telemetrySequence == uint.MaxValue)
            {
                return;
            }

            _telemetrySequence++;
            if (_telemetrySequence == uint.MaxValue)
            {
                telemetry = new CounterExhaustedEvent(ExhaustedCounter.TelemetrySequence);
            }

            Frame frame = new Frame(FrameKind.Event, _settings.Kit, new FrameRoute(_settings.Id, FrameLimits.HarnessId),
                new FrameStamp(_incarnation, _telemetrySequence, 0, 0), TelemetryCodec.Encode(telemetry));
            Enqueue(NodeOutput.Publish(_eventsTopic, _telemetryMac.Seal(frame), false));
        }

        /// <summary>
        /// This incarnation's status frame: an Event frame whose payload is <paramref name="state"/> (<see cref="StatusPayload"/>),
        /// sealed with the telemetry key. <paramref name="sequence"/> orders it among this incarnation's status frames.
        /// </summary>
        internal byte[] SealStatus(byte[] state, uint sequence)
        {
            Check.That(_booted, "booted before a status");
            return _telemetryMac.Seal(new Frame(FrameKind.Event, _settings.Kit, new FrameRoute(_settings.Id, FrameLimits.HarnessId),
                new FrameStamp(_incarnation, sequence, 0, 0), state));
        }

        internal void Reject(RejectReason reason, int from, long detail)
        {
            _counters.Count(reason);
            Report(new RejectedEvent(reason, from, detail, 0));
        }

        /// <summary>The application's send: Data through the configured link, anything else as one raw frame.</summary>
        internal void Send(int to, FrameKind kind, uint instance, int round, byte[] payload)
        {
            if (kind != FrameKind.Data)
            {
                SendFrame(to, kind, instance, round, payload);
                return;
            }

            if (to == FrameLimits.Broadcast)
            {
                for (int i = 0; i < _settings.Peers.Length; i++)
                {
                    Send(_settings.Peers[i], kind, instance, round, payload);
                }

                return;
            }

            if (_settings.Reliable && !_link.HasRoom(to))
            {
                Reject(RejectReason.QueueFull, _settings.Id, to);
                return;
            }

            if (_settings.Reliable)
            {
                // Reported after the link took it (and staged a durable send's record): the runtime flushes writes first.
                _link.Send(to, payload);
                Report(new AppSentEvent(to, AppMessage.Id(payload), AppMessage.Hash(payload)));
            }
            else
            {
                Report(new AppSentEvent(to, AppMessage.Id(payload), AppMessage.Hash(payload)));
                SendFrame(to, kind, instance, round, payload);
            }
        }

        /// <summary>
        /// One payload to each of the first <paramref name="count"/> of <paramref name="receivers"/> (distinct peers): on an
        /// authenticated link one frame with an authenticator (<see cref="FrameAuthenticator"/>; one per
        /// <see cref="FrameAuthenticator.ReceiversMax"/> receivers), published once, the payload written straight into it; Data through the link per receiver, and on raw links one frame per receiver (a raw frame
        /// names one receiver or all).
        /// </summary>
        internal void SendToEach(int[] receivers, int count, FrameKind kind, uint instance, int round, IPayloadWriter payload)
        {
            if (kind == FrameKind.Data || (count > 1 && !_settings.Authenticated))
            {
                byte[] bytes = PayloadBytes.ToArray(payload);
                for (int i = 0; i < count; i++)
                {
                    Send(receivers[i], kind, instance, round, bytes);
                }

                return;
            }

            // One authenticator names at most FrameAuthenticator.ReceiversMax receivers: more take several frames, each with its
            // own sequence number, together naming every receiver once.
            int to = count == 1 ? receivers[0] : FrameLimits.Broadcast;
            for (int first = 0; first < count; first += FrameAuthenticator.ReceiversMax)
            {
                if (!NextFrameSequence())
                {
                    return;
                }

                int left = count - first;
                Publish(new Frame(kind, _settings.Kit, new FrameRoute(_settings.Id, to),
                    new FrameStamp(_incarnation, _frameSequence, instance, round), payload),
                    receivers, first, left < FrameAuthenticator.ReceiversMax ? left : FrameAuthenticator.ReceiversMax);
            }
        }

        /// <summary>
        /// One frame on the wire topic, stamped with a fresh sequence number. On an authenticated link it is sealed with the
        /// key shared with its destination; a broadcast carries a tag for each peer (<see cref="SendToEach"/>).
        /// </summary>
        internal void SendFrame(int to, FrameKind kind, uint instance, int round, byte[] payload)
        {
            if (_settings.Authenticated && to == FrameLimits.Broadcast)
            {
                SendToEach(_settings.Peers, _settings.Peers.Length, kind, instance, round, new PayloadBytes(payload));
                return;
            }

            if (NextFrameSequence())
            {
                Publish(new Frame(kind, _settings.Kit, new FrameRoute(_settings.Id, to),
                    new FrameStamp(_incarnation, _frameSequence, instance, round), payload), null, 0, 0);
            }
        }

        // Encodes a stamped frame for the wire: raw, sealed for its one receiver, or with a tag for each of the count receivers
        // from index first.
        private void Publish(Frame frame, int[] receivers, int first, int count)
        {
            byte[] bytes;
            if (!_settings.Authenticated)
            {
                bytes = FrameCodec.Encode(frame);
            }
            else if (frame.Route.IsBroadcast)
            {
                bytes = FrameAuthenticator.Seal(frame, receivers, first, count, _linkKeys);
            }
            else
            {
                FrameMac mac = _linkKeys.MacFor(frame.Route.To);
                Check.That(mac != null, "modules send to a peer or broadcast");
                bytes = mac.Seal(frame);
            }

            Enqueue(NodeOutput.Publish(_wireTopic, bytes, true));
        }

        // Takes the next frame sequence number; false (reported once) when the counter is spent: a wrapped counter would let
        // receivers' replay windows refuse, or worse accept, frames out of order.
        private bool NextFrameSequence()
        {
            if (_frameSequence == uint.MaxValue)
            {
                if (!_frameSequenceReported)
                {
                    _frameSequenceReported = true;
                    Report(new CounterExhaustedEvent(ExhaustedCounter.FrameSequence));
                }

                return false;
            }

            _frameSequence++;
            return true;
        }

        internal long NextDeliveryIndex()
        {
            _deliveries++;
            return ((long)_incarnation << 32) | _deliveries;
        }

        internal void DeliverApp(int from, uint senderIncarnation, byte[] payload, long deliveryIndex)
        {
            Report(new AppDeliveredEvent(from, AppMessage.Id(payload), AppMessage.Hash(payload), deliveryIndex, senderIncarnation));
            Dispatch(new Frame(FrameKind.Data, _settings.Kit, new FrameRoute(from, _settings.Id),
                new FrameStamp(senderIncarnation, 0, 0, 0), payload));
        }

        // The link's seal: a tag under the key shared with the claimed sender, then the anti-replay window (the tag covers
        // the stamp, so a replayed frame verifies and is refused by its counter).
        private bool Authentic(byte[] bytes, FrameLayout layout)
        {
            if (layout.Scheme == SignatureScheme.None)
            {
                Reject(RejectReason.Unsigned, layout.From, (int)layout.Kind);
                return false;
            }

            // One receiver's seal, or this general's entry of an authenticator (a frame for several receivers).
            FrameMac mac = _linkKeys.MacFor(layout.From);
            bool several = layout.Scheme == SignatureScheme.HmacSha256Vector;
            if (mac == null || !(several ? FrameAuthenticator.Verifies(bytes, 0, layout, _settings.Id, mac) : mac.Verifies(bytes, 0, layout)))
            {
                SignatureCheck check = mac == null ? SignatureCheck.UnknownSigner
                    : layout.Scheme != SignatureScheme.HmacSha256 && !several ? SignatureCheck.WrongScheme : SignatureCheck.Invalid;
                Reject(RejectReason.BadSignature, layout.From, (int)check);
                return false;
            }

            if (!_replay.Accept(layout.From, layout.Incarnation, layout.Sequence))
            {
                Reject(RejectReason.Replayed, layout.From, layout.Sequence);
                return false;
            }

            return true;
        }

        private void TrackSuspicion(int peer, bool suspected)
        {
            if (peer < 1 || peer > FrameLimits.GeneralIdMax)
            {
                return;
            }

            if (suspected)
            {
                _suspected[peer] = true;
            }
            else
            {
                _suspected.Remove(peer);
            }
        }

        private void Dispatch(Frame frame)
        {
            for (int i = 0; i < _modules.Length; i++)
            {
                if (_modules[i].Accepts(frame))
                {
                    _modules[i].Receive(_context, frame);
                }
            }
        }

        private void Enqueue(NodeOutput output)
        {
            Check.That(_outputs.Count < OutputsMax, "outputs of one input within limit");
            if (!_halted)
            {
                _outputs.Enqueue(output);
            }
        }

        // A 4-byte counter record: null when missing; a record of another length fails the boot like a damaged one.
        private byte[] LoadCounter(string name)
        {
            byte[] record = Load(name);
            if (record != null && record.Length != 4)
            {
                Fail(BootFailure.UnsupportedRecord, name);
                return null;
            }

            return record;
        }

        // Refuses the stored state: drops every output of this boot or input (no write may replace the evidence, no
        // frame may leave), reports why once, and goes silent.
        private void Fail(BootFailure failure, string record)
        {
            if (_halted)
            {
                return;
            }

            _failure = failure;
            _failedRecord = record;
            _incarnation = 0;
            _outputs.Clear();
            _staged.Clear();
            Report(new BootFailedEvent(failure, record));
            _halted = true;
        }
    }
}
