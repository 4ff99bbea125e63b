using Generals.Core.Node;
using Generals.Core.Runtime;
using Generals.Core.Wire;

namespace Generals.Core.Links
{
    /// <summary>
    /// The link workload: on <see cref="ControlType.SendStream"/> [to, count, intervalMs, firstMessageId] it sends
    /// <c>count</c> Data messages to <c>to</c>, one per interval, with ids firstMessageId, firstMessageId+1, ...
    /// The General reports each send and delivery, which the link checkers compare.
    /// <para>A stream survives a restart: its progress is persisted before each message is handed to the link
    /// (record "stream/{slot}": the command and the next id), and after a boot the stream resumes with the next id it
    /// had not sent, one message per interval from the boot on (what was due while the power was off is sent late,
    /// not skipped). The same command again (a harness retry) changes nothing.</para>
    /// </summary>
    public sealed class StreamModule : INodeModule
    {
        /// <summary>Messages one command may ask for: keeps every run bounded.</summary>
        public const long CountMax = 100000;

        /// <summary>Filler bytes after the message id, so frames have a realistic size.</summary>
        public const int BodyBytes = 24;

        /// <summary>Streams one General runs at once: each is one small record and a few fields; four cover every lab scenario.</summary>
        public const int StreamsMax = 4;

        /// <summary>
        /// Messages one stream hands to the link per tick: an interval of 0 (as fast as possible) or a long backlog
        /// after a pause would otherwise queue the whole stream in one step, past the General's output limit.
        /// </summary>
        public const int SendsPerTickMax = 32;

        private const int RecordType = 1;

        private readonly StreamState[] _streams = new StreamState[StreamsMax];

        /// <summary>Reloads every unfinished stream; each resumes now with its next unsent id.</summary>
        public void Boot(INodeContext context)
        {
            for (int slot = 0; slot < StreamsMax; slot++)
            {
                _streams[slot] = StreamState.FromRecord(context.Load(RecordName(slot)));
                if (_streams[slot] != null && _streams[slot].Remaining > 0)
                {
                    _streams[slot].NextSendMs = context.NowMs;
                    context.WakeAt(context.NowMs);
                }
            }
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

        /// <summary>Sends every message that is due, at most <see cref="SendsPerTickMax"/> per stream.</summary>
        public void Tick(INodeContext context)
        {
            for (int slot = 0; slot < StreamsMax; slot++)
            {
                StreamState stream = _streams[slot];
                if (stream == null)
                {
                    continue;
                }

                int sent = 0;
                while (stream.Remaining > 0 && context.NowMs >= stream.NextSendMs && sent < SendsPerTickMax)
                {
                    long id = stream.NextId;
                    stream.NextId = id + 1;
                    stream.NextSendMs += stream.IntervalMs;
                    sent++;

                    // Persisted before the message is handed to the link: after a power cut the id is never sent twice.
                    context.Persist(RecordName(slot), stream.ToRecord());
                    context.Send(stream.To, FrameKind.Data, 0, 0, AppMessage.Create(id, BodyBytes));
                }

                if (stream.Remaining > 0)
                {
                    context.WakeAt(stream.NextSendMs > context.NowMs ? stream.NextSendMs : context.NowMs);
                }
            }
        }

        /// <summary>Starts a stream on <see cref="ControlType.SendStream"/>.</summary>
        public void Control(INodeContext context, ControlCommand command)
        {
            SendStreamCommand start = command as SendStreamCommand;
            if (start == null)
            {
                return;
            }

            long to = start.To;
            long count = start.Count;
            long intervalMs = start.IntervalMs;
            long firstId = start.FirstMessageId;
            if (!IsValid(to, count, intervalMs, context.Id))
            {
                Refuse(context);
                return;
            }

            int free = -1;
            for (int slot = 0; slot < StreamsMax; slot++)
            {
                StreamState stream = _streams[slot];
                if (stream != null && stream.Is(to, count, intervalMs, firstId))
                {
                    return;
                }

                if (free < 0 && (stream == null || stream.Remaining == 0))
                {
                    free = slot;
                }
            }

            if (free < 0)
            {
                Refuse(context);
                return;
            }

            StreamState started = new StreamState((int)to, count, intervalMs, firstId, firstId);
            started.NextSendMs = context.NowMs;
            _streams[free] = started;
            context.Persist(RecordName(free), started.ToRecord());
            context.WakeAt(context.NowMs);
        }

        /// <summary>True when a General with id <paramref name="self"/> accepts a stream of these arguments.</summary>
        public static bool IsValid(long to, long count, long intervalMs, int self)
        {
            return to >= 1 && to <= FrameLimits.GeneralIdMax && to != self && count >= 1 && count <= CountMax && intervalMs >= 0;
        }

        private static void Refuse(INodeContext context)
        {
            context.Report(new RejectedEvent(RejectReason.BadControl, FrameLimits.HarnessId, (long)ControlType.SendStream, 0));
        }

        private static string RecordName(int slot)
        {
            return "stream/" + slot.ToString();
        }

        private sealed class StreamState
        {
            public StreamState(int to, long count, long intervalMs, long firstId, long nextId)
            {
                To = to;
                Count = count;
                IntervalMs = intervalMs;
                FirstId = firstId;
                NextId = nextId;
            }

            public int To { get; }

            public long Count { get; }

            public long IntervalMs { get; }

            public long FirstId { get; }

            public long NextId { get; set; }

            public long NextSendMs { get; set; }

            public long Remaining
            {
                get { return FirstId + Count - NextId; }
            }

            public static StreamState FromRecord(byte[] record)
            {
                int type;
                long[] v = ValueRecord.TryDecode(record, out type);
                if (v == null || type != RecordType || v.Length != 5 || !IsValid(v[0], v[1], v[2], 0)
                    || v[4] < v[3] || v[4] > v[3] + v[1])
                {
                    return null;
                }

                return new StreamState((int)v[0], v[1], v[2], v[3], v[4]);
            }

            public bool Is(long to, long count, long intervalMs, long firstId)
            {
                return To == to && Count == count && IntervalMs == intervalMs && FirstId == firstId;
            }

            public byte[] ToRecord()
            {
                return ValueRecord.Encode(RecordType, new long[] { To, Count, IntervalMs, FirstId, NextId });
            }
        }
    }
}
