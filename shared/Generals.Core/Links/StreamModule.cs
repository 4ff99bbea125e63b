using Generals.Core.Node;
using Generals.Core.Runtime;
using Generals.Core.Wire;

namespace Generals.Core.Links
{
    /// <summary>
    /// The link workload: on <see cref="ControlType.SendStream"/> [to, count, intervalMs, firstMessageId] it sends
    /// <c>count</c> Data messages to <c>to</c>, one per interval, with ids firstMessageId, firstMessageId+1, ...
    /// The General reports each send and delivery, which the link checkers compare.
    /// </summary>
    public sealed class StreamModule : INodeModule
    {
        /// <summary>Messages one command may ask for: keeps every run bounded.</summary>
        public const long CountMax = 100000;

        /// <summary>Filler bytes after the message id, so frames have a realistic size.</summary>
        public const int BodyBytes = 24;

        private int _to;
        private long _remaining;
        private long _nextId;
        private long _intervalMs;
        private long _nextSendMs;

        /// <summary>A stream does not survive a reboot: the harness decides whether to ask again.</summary>
        public void Boot(INodeContext context)
        {
            _remaining = 0;
        }

        /// <summary>The stream only sends; deliveries are reported by the General.</summary>
        public bool Accepts(Frame frame)
        {
            return false;
        }

        /// <summary>Never called: <see cref="Accepts"/> is false.</summary>
        public void Receive(INodeContext context, Frame frame)
        {
        }

        /// <summary>Sends every message that is due.</summary>
        public void Tick(INodeContext context)
        {
            while (_remaining > 0 && context.NowMs >= _nextSendMs)
            {
                context.Send(_to, FrameKind.Data, 0, 0, AppMessage.Create(_nextId, BodyBytes));
                _nextId++;
                _remaining--;
                _nextSendMs += _intervalMs;
            }

            if (_remaining > 0)
            {
                context.WakeAt(_nextSendMs);
            }
        }

        /// <summary>Starts a stream on <see cref="ControlType.SendStream"/>.</summary>
        public void Control(INodeContext context, ControlCommand command)
        {
            if (command.Type != ControlType.SendStream)
            {
                return;
            }

            long to = command.Argument(0);
            long count = command.Argument(1);
            if (to < 1 || to > FrameLimits.GeneralIdMax || to == context.Id || count < 1 || count > CountMax
                || command.Argument(2) < 0)
            {
                context.Report(new TelemetryEvent(TelemetryType.Rejected, new long[] { (long)RejectReason.BadControl, 0, (long)command.Type }));
                return;
            }

            _to = (int)to;
            _remaining = count;
            _intervalMs = command.Argument(2);
            _nextId = command.Argument(3);
            _nextSendMs = context.NowMs;
            context.WakeAt(_nextSendMs);
        }
    }
}
