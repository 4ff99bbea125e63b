using Generals.Core.Node;
using Generals.Core.Wire;

namespace Generals.Core.Runtime
{
    /// <summary>
    /// The one driver loop of a General over the four seams (DESIGN 5). The simulator calls <see cref="Step"/>
    /// at each event; the emulated node and the firmware call <see cref="Run"/>. Every store write an output
    /// depends on is flushed before that output is published.
    /// </summary>
    public sealed class NodeRuntime
    {
        /// <summary>Inbound messages handled per step, so a flood cannot starve ticks.</summary>
        public const int InboundPerStepMax = 256;

        /// <summary>First wait before reconnecting; doubles up to <see cref="ReconnectMaxMs"/>.</summary>
        public const int ReconnectInitialMs = 100;

        /// <summary>Longest wait between connection attempts.</summary>
        public const int ReconnectMaxMs = 5000;

        /// <summary>Longest single wait for input, so the loop notices a stop request.</summary>
        public const int WaitSliceMs = 200;

        /// <summary>
        /// Outputs kept while telemetry cannot leave (the broker unreachable, a publish timed out, a session taken over)
        /// and published in order once it can, so the harness's history stays whole across a broker restart. A frame that
        /// fails to publish is not kept (a lost frame is the fair-loss link's), but a frame made while telemetry waits waits
        /// behind it, in order: an acknowledgement never leaves before the report of the delivery it acknowledges, so the
        /// harness never sees a message acknowledged and not delivered. When more than this waits, a frame gives way (the
        /// newest, if it is one, else the oldest waiting; counted with <see cref="PublishFailures"/>): never a report, since a
        /// later cumulative acknowledgement would cover a delivery whose report was dropped. Only a queue of reports alone
        /// (a long broker outage) drops its oldest report (<see cref="TelemetryDropped"/>). 256 events of about 60 bytes fit
        /// a board's heap.
        /// </summary>
        public const int PendingTelemetryMax = 256;

        /// <summary>
        /// How often kept telemetry is tried again while the broker connection stays up (a publish that timed out, a
        /// session taken over and not yet noticed): later telemetry waits behind it, in order, so it must not wait for
        /// a reconnect that may never come. A try that fails blocks for the transport's publish timeout; once a second
        /// keeps that from stalling the loop.
        /// </summary>
        public const int PendingRetryMs = 1000;

        private readonly General _general;
        private readonly ITransport _transport;
        private readonly IStore _store;
        private readonly IClock _clock;
        private readonly IBoard _board;
        private readonly string _statusTopic;
        private long _nextConnectMs;
        private int _reconnectDelayMs = ReconnectInitialMs;
        private bool _storeDirty;
        private bool _started;
        private long _publishFailures;
        private uint _statusSequence;
        private long _telemetryDropped;
        private long _nextPendingRetryMs;
        private readonly System.Collections.ArrayList _pendingTelemetry = new System.Collections.ArrayList();
        private BoardStatus _shownStatus;

        /// <summary>Binds a General to its seams; <see cref="Start"/> boots it.</summary>
        public NodeRuntime(General general, ITransport transport, IStore store, IClock clock, IBoard board, string kit, int id)
        {
            Check.NotNull(general, "general");
            Check.NotNull(transport, "transport");
            Check.NotNull(store, "store");
            Check.NotNull(clock, "clock");
            Check.NotNull(board, "board");
            _general = general;
            _transport = transport;
            _store = store;
            _clock = clock;
            _board = board;
            _statusTopic = Topics.Status(kit, id);
        }

        /// <summary>
        /// Frames that did not leave: their publish failed (disconnected or refused), or they gave way in a full queue of
        /// waiting outputs (<see cref="PendingTelemetryMax"/>); lost, as on a fair-loss link.
        /// </summary>
        public long PublishFailures
        {
            get { return _publishFailures; }
        }

        /// <summary>Reports dropped because the broker stayed unreachable longer than a queue of waiting reports lasts.</summary>
        public long TelemetryDropped
        {
            get { return _telemetryDropped; }
        }

        /// <summary>When the General next needs a tick.</summary>
        public long NextWakeMs
        {
            get { return _general.NextWakeMs; }
        }

        /// <summary>Boots the General from the store and connects.</summary>
        public void Start()
        {
            Start(null);
        }

        /// <summary>
        /// Boots the General from the store, reports what the board says about itself (<paramref name="report"/>, null: nothing,
        /// as in the simulator) and connects.
        /// </summary>
        public void Start(BootReport report)
        {
            Check.That(!_started, "started once");
            _started = true;
            ShowStatus();
            _general.Boot(_store, _clock.NowMs);
            ShowStatus();
            if (report != null)
            {
                _general.ReportBoard(new BoardBootedEvent(report.FirmwareVersion, _board.BootCount(), _board.ResetCause(),
                    _board.FreeMemoryBytes(), report.SelfTest, _general.SignaturesLeft));
                if (report.Measurement != null)
                {
                    _general.ReportBoard(report.Measurement);
                }
            }

            EnsureConnected();
            Drain();
        }

        /// <summary>
        /// One pass: reconnect if due, hand every waiting inbound message to the General, tick when due, and carry
        /// out the outputs. Never blocks. Returns when the General next needs a tick.
        /// </summary>
        public long Step()
        {
            Check.That(_started, "Start before Step");
            EnsureConnected();
            if (_pendingTelemetry.Count > 0 && _transport.IsConnected && _clock.NowMs >= _nextPendingRetryMs)
            {
                _nextPendingRetryMs = _clock.NowMs + PendingRetryMs;
                PublishPendingTelemetry();
            }

            for (int i = 0; i < InboundPerStepMax; i++)
            {
                InboundMessage message = _transport.TryReceive();
                if (message == null)
                {
                    break;
                }

                if (message.Channel == InboundChannel.Control)
                {
                    _general.Control(message.Payload, _clock.NowMs);
                }
                else
                {
                    _general.Receive(message.Payload, _clock.NowMs);
                }

                Drain();
            }

            if (_clock.NowMs >= _general.NextWakeMs)
            {
                _general.Tick(_clock.NowMs);
                Drain();
            }

            ShowStatus();
            return _general.NextWakeMs;
        }

        /// <summary>Runs until <paramref name="stop"/> says so: step, then wait for input or the next wake-up.</summary>
        public void Run(IStopSignal stop)
        {
            Check.NotNull(stop, "stop");
            if (!_started)
            {
                Start();
            }

            while (!stop.StopRequested)
            {
                long wakeMs = Step();
                long waitMs = wakeMs == long.MaxValue ? WaitSliceMs : wakeMs - _clock.NowMs;
                if (!_transport.IsConnected)
                {
                    waitMs = Longs.Min(waitMs, _nextConnectMs - _clock.NowMs);
                }

                if (waitMs > 0)
                {
                    _transport.WaitForInbound((int)Longs.Min(waitMs, WaitSliceMs));
                }
            }

            // A stop (SIGTERM, the end of a run) is not a power cut: what the General reported and the broker has not
            // yet taken (a delivery, an acknowledgement) goes out now, while the connection lasts.
            if (_transport.IsConnected)
            {
                PublishPendingTelemetry();
            }
        }

        private void EnsureConnected()
        {
            if (_transport.IsConnected || _clock.NowMs < _nextConnectMs)
            {
                return;
            }

            // Each connection takes two status numbers, its online and then its last will, so a will the broker
            // publishes late (after the next connection's online) is older than that online and refused as a replay.
            Check.That(_statusSequence < uint.MaxValue - 1, "the status counter does not wrap within an incarnation");
            uint online = ++_statusSequence;
            byte[] lastWill = _general.SealStatus(StatusPayload.Offline, ++_statusSequence);
            if (_transport.TryConnect(lastWill))
            {
                _reconnectDelayMs = ReconnectInitialMs;
                bool failed = _general.Failure != BootFailure.None;
                _transport.Publish(_statusTopic, _general.SealStatus(failed ? StatusPayload.Failed : StatusPayload.Online, online), 1, true);
                ShowStatus();
                PublishPendingTelemetry();
                return;
            }

            _nextConnectMs = _clock.NowMs + _reconnectDelayMs;
            _reconnectDelayMs = System.Math.Min(_reconnectDelayMs * 2, ReconnectMaxMs);
        }

        private void Drain()
        {
            NodeOutput output = _general.TakeOutput();
            while (output != null)
            {
                if (output.Kind == NodeOutputKind.StoreWrite)
                {
                    _store.Write(output.Target, output.Bytes);
                    _storeDirty = true;
                }
                else
                {
                    FlushIfDirty();
                    if (_pendingTelemetry.Count > 0)
                    {
                        // Behind telemetry that has not left yet, everything waits, frames included (see PendingTelemetryMax).
                        KeepTelemetry(output);
                    }
                    else if (!_transport.Publish(output.Target, output.Bytes, output.IsProtocolFrame ? 0 : 1, output.Retain))
                    {
                        _publishFailures++;
                        if (!output.IsProtocolFrame)
                        {
                            KeepTelemetry(output);
                        }
                    }
                }

                output = _general.TakeOutput();
            }

            FlushIfDirty();
        }

        private void KeepTelemetry(NodeOutput output)
        {
            if (_pendingTelemetry.Count >= PendingTelemetryMax)
            {
                if (output.IsProtocolFrame)
                {
                    _publishFailures++;
                    return;
                }

                int frame = OldestWaitingFrame();
                if (frame >= 0)
                {
                    _pendingTelemetry.RemoveAt(frame);
                    _publishFailures++;
                }
                else
                {
                    _pendingTelemetry.RemoveAt(0);
                    _telemetryDropped++;
                }
            }

            _pendingTelemetry.Add(output);
        }

        private int OldestWaitingFrame()
        {
            for (int i = 0; i < _pendingTelemetry.Count; i++)
            {
                if (((NodeOutput)_pendingTelemetry[i]).IsProtocolFrame)
                {
                    return i;
                }
            }

            return -1;
        }

        private void PublishPendingTelemetry()
        {
            while (_pendingTelemetry.Count > 0)
            {
                NodeOutput output = (NodeOutput)_pendingTelemetry[0];
                if (output.IsProtocolFrame)
                {
                    // A frame that waited is sent once, like any frame: if it fails, it is the link's loss.
                    _pendingTelemetry.RemoveAt(0);
                    if (!_transport.Publish(output.Target, output.Bytes, 0, output.Retain))
                    {
                        _publishFailures++;
                    }

                    continue;
                }

                if (!_transport.Publish(output.Target, output.Bytes, 1, output.Retain))
                {
                    return;
                }

                _pendingTelemetry.RemoveAt(0);
            }
        }

        // The LED shows the worst of: a refused boot, no broker, playing a traitor, suspecting a peer; it changes only on change.
        private void ShowStatus()
        {
            BoardStatus status = _general.Failure != BootFailure.None ? BoardStatus.Fault
                : !_transport.IsConnected ? BoardStatus.Connecting
                : _general.PlaysTraitor ? BoardStatus.Traitor
                : _general.SuspectedPeers > 0 ? BoardStatus.Suspecting
                : BoardStatus.Running;
            if (status != _shownStatus)
            {
                _shownStatus = status;
                _board.ShowStatus(status);
            }
        }

        private void FlushIfDirty()
        {
            if (_storeDirty)
            {
                _store.Flush();
                _storeDirty = false;
            }
        }
    }
}
