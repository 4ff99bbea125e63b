using Generals.Core.Node;
using Generals.Core.Runtime;
using Generals.Core.Wire;

namespace Generals.Core.Detection
{
    /// <summary>
    /// Heartbeats and failure detection for a General: on StartDetector it broadcasts a heartbeat every interval
    /// and runs one detector per peer, reporting each change of suspicion (Suspect/Trust [peer, peerIncarnation]).
    /// A heartbeat from a newer incarnation of a peer resets that peer's detector and trusts it (crash-recovery).
    /// The settings are persisted, so a General that restarts after a power cut resumes by itself.
    /// Receiving a heartbeat and ticking allocate nothing: all per-peer state is allocated at start.
    /// </summary>
    public sealed class DetectorModule : INodeModule
    {
        /// <summary>
        /// Phi accrual with Akka's window keeps 2 KB per peer: 16 peers take 32 KB, the most a board's 80 KB heap
        /// can spare next to the link and protocol state. A kit has 4 to 7 boards.
        /// </summary>
        public const int PeersMax = 16;

        /// <summary>Heartbeat payload: the sender's heartbeat number (u32 little-endian) within its incarnation.</summary>
        public const int PayloadBytes = 4;

        /// <summary>Rejected detail: the heartbeat came from a General that is not a peer.</summary>
        public const int DetailUnknownPeer = 1;

        /// <summary>Rejected detail: the heartbeat payload is not 4 bytes.</summary>
        public const int DetailBadPayload = 2;

        /// <summary>Rejected detail: StartDetector arguments out of range.</summary>
        public const int DetailBadSettings = 3;

        /// <summary>Rejected detail: more peers than <see cref="PeersMax"/>.</summary>
        public const int DetailTooManyPeers = 4;

        private readonly IDetectorFactory _factory;
        private DetectorConfig _config;
        private HeartbeatSender _sender;
        private Prng _random;
        private int[] _peers;
        private IFailureDetector[] _detectors;
        private bool[] _suspected;
        private uint[] _incarnations;
        private uint[] _lastCounters;

        /// <summary>Runs the detector each StartDetector names.</summary>
        public DetectorModule()
            : this(null)
        {
        }

        /// <summary>Runs <paramref name="factory"/>'s detectors (null: the one each StartDetector names).</summary>
        public DetectorModule(IDetectorFactory factory)
        {
            _factory = factory;
        }

        /// <summary>True once a StartDetector command (or a persisted one, after a restart) was applied.</summary>
        public bool IsRunning
        {
            get { return _config != null; }
        }

        /// <summary>The settings in use, or null when stopped.</summary>
        public DetectorConfig Config
        {
            get { return _config; }
        }

        /// <summary>Heartbeats sent since boot.</summary>
        public long HeartbeatsSent { get; private set; }

        /// <summary>Heartbeats that updated a detector.</summary>
        public long HeartbeatsAccepted { get; private set; }

        /// <summary>Heartbeats ignored as duplicates or reordered (number not above the last one seen).</summary>
        public long HeartbeatsStale { get; private set; }

        /// <summary>Heartbeats rejected: unknown sender, malformed payload, older incarnation, or not running.</summary>
        public long HeartbeatsRejected { get; private set; }

        /// <summary>True while this General suspects <paramref name="peer"/>.</summary>
        public bool Suspects(int peer)
        {
            int index = IndexOf(peer);
            return index >= 0 && _suspected[index];
        }

        /// <summary>The detector monitoring <paramref name="peer"/>, or null.</summary>
        public IFailureDetector DetectorFor(int peer)
        {
            int index = IndexOf(peer);
            return index >= 0 ? _detectors[index] : null;
        }

        /// <summary>The incarnation of <paramref name="peer"/> last heard (0 before its first heartbeat).</summary>
        public uint IncarnationOf(int peer)
        {
            int index = IndexOf(peer);
            return index >= 0 ? _incarnations[index] : 0;
        }

        /// <inheritdoc/>
        public void Boot(INodeContext context)
        {
            Check.NotNull(context, "context");
            _config = null;
            _peers = null;
            HeartbeatsSent = 0;
            HeartbeatsAccepted = 0;
            HeartbeatsStale = 0;
            HeartbeatsRejected = 0;
            DetectorConfig persisted = DetectorConfig.FromRecord(context.Load(DetectorConfig.RecordName));
            if (persisted != null)
            {
                Start(context, persisted);
            }
        }

        /// <inheritdoc/>
        public bool Accepts(Frame frame)
        {
            return frame != null && frame.Kind == FrameKind.Heartbeat;
        }

        /// <inheritdoc/>
        public void Control(INodeContext context, ControlCommand command)
        {
            Check.NotNull(context, "context");
            Check.NotNull(command, "command");
            StartDetectorCommand start = command as StartDetectorCommand;
            if (start == null)
            {
                return;
            }

            DetectorConfig config = DetectorConfig.FromCommand(start);
            if (config == null)
            {
                Reject(context, RejectReason.BadControl, FrameLimits.HarnessId, DetailBadSettings);
                return;
            }

            if (context.Peers.Length > PeersMax)
            {
                Reject(context, RejectReason.BadControl, FrameLimits.HarnessId, DetailTooManyPeers);
                return;
            }

            // Staged before the first heartbeat leaves, so a restart resumes the same settings.
            context.Persist(DetectorConfig.RecordName, config.ToRecord());
            Start(context, config);
        }

        /// <inheritdoc/>
        public void Receive(INodeContext context, Frame frame)
        {
            Check.NotNull(context, "context");
            Check.NotNull(frame, "frame");
            int from = frame.Route.From;
            if (from == context.Id)
            {
                return;
            }

            int index = IndexOf(from);
            if (index < 0)
            {
                HeartbeatsRejected++;
                if (IsRunning)
                {
                    Reject(context, RejectReason.ProtocolViolation, from, DetailUnknownPeer);
                }

                return;
            }

            if (frame.Payload.Length != PayloadBytes)
            {
                HeartbeatsRejected++;
                Reject(context, RejectReason.ProtocolViolation, from, DetailBadPayload);
                return;
            }

            uint incarnation = frame.Stamp.Incarnation;
            uint counter = Bytes.ReadUInt32(frame.Payload, 0);
            long nowMs = context.NowMs;
            if (incarnation < _incarnations[index])
            {
                HeartbeatsRejected++;
                Reject(context, RejectReason.StaleIncarnation, from, incarnation);
                return;
            }

            if (incarnation > _incarnations[index])
            {
                // A new incarnation: its history starts now. Report the trust even if it was never suspected,
                // so the history shows the monitor learned of the restart.
                bool restarted = _incarnations[index] != 0;
                _incarnations[index] = incarnation;
                _lastCounters[index] = counter;
                _detectors[index].Reset(nowMs);
                HeartbeatsAccepted++;
                if (_suspected[index] || restarted)
                {
                    _suspected[index] = false;
                    context.Report(new TrustEvent(from, incarnation));
                }
            }
            else
            {
                if (counter <= _lastCounters[index])
                {
                    HeartbeatsStale++;
                    return;
                }

                _lastCounters[index] = counter;
                _detectors[index].Heartbeat(nowMs);
                HeartbeatsAccepted++;
                if (_suspected[index])
                {
                    _suspected[index] = false;
                    context.Report(new TrustEvent(from, incarnation));
                }
            }

            context.WakeAt(_detectors[index].NextCheckMs(nowMs));
        }

        /// <inheritdoc/>
        public void Tick(INodeContext context)
        {
            Check.NotNull(context, "context");
            if (!IsRunning)
            {
                return;
            }

            long nowMs = context.NowMs;
            if (_sender.IsDue(nowMs))
            {
                SendHeartbeat(context, nowMs);
            }

            long wakeMs = _sender.NextSendMs;
            for (int i = 0; i < _peers.Length; i++)
            {
                if (!_suspected[i] && _detectors[i].Suspects(nowMs))
                {
                    _suspected[i] = true;
                    context.Report(new SuspectEvent(_peers[i], _incarnations[i]));
                }

                if (!_suspected[i])
                {
                    long checkMs = _detectors[i].NextCheckMs(nowMs);
                    wakeMs = checkMs < wakeMs ? checkMs : wakeMs;
                }
            }

            context.WakeAt(wakeMs);
        }

        private void Start(INodeContext context, DetectorConfig config)
        {
            long nowMs = context.NowMs;
            int[] peers = context.Peers;
            if (peers.Length > PeersMax)
            {
                Reject(context, RejectReason.BadControl, FrameLimits.HarnessId, DetailTooManyPeers);
                return;
            }

            _peers = new int[peers.Length];
            _detectors = new IFailureDetector[peers.Length];
            _suspected = new bool[peers.Length];
            _incarnations = new uint[peers.Length];
            _lastCounters = new uint[peers.Length];
            for (int i = 0; i < peers.Length; i++)
            {
                _peers[i] = peers[i];

                // Monitoring starts now, as if each peer had just been heard: one timeout of grace.
                _detectors[i] = _factory != null ? _factory.Create(config) : config.CreateDetector();
                _detectors[i].Reset(nowMs);
            }

            _config = config;
            _random = context.Random.Fork();
            _sender = config.CreateSender();
            _sender.Start(nowMs, _random);
            Tick(context);
        }

        private void SendHeartbeat(INodeContext context, long nowMs)
        {
            uint number = _sender.RecordSend(nowMs, _random);

            // A fresh 4-byte payload per send: the General may keep the frame (and this array) queued.
            byte[] payload = new byte[PayloadBytes];
            Bytes.WriteUInt32(payload, 0, number);
            context.Send(FrameLimits.Broadcast, FrameKind.Heartbeat, 0, 0, payload);
            HeartbeatsSent++;
        }

        private int IndexOf(int peer)
        {
            if (_peers == null)
            {
                return -1;
            }

            for (int i = 0; i < _peers.Length; i++)
            {
                if (_peers[i] == peer)
                {
                    return i;
                }
            }

            return -1;
        }

        private static void Reject(INodeContext context, RejectReason reason, int from, long detail)
        {
            context.Report(new RejectedEvent(reason, from, detail, 0));
        }
    }
}
