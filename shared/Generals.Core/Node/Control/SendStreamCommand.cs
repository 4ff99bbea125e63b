namespace Generals.Core.Node
{
    /// <summary>Send a stream of Data messages over the link (<see cref="ControlType.SendStream"/>).</summary>
    public sealed class SendStreamCommand : ControlCommand
    {
        /// <summary>How many arguments the command carries on the wire.</summary>
        public const int ArgumentCount = 4;

        /// <summary>Creates the command.</summary>
        public SendStreamCommand(long to, long count, long intervalMs, long firstMessageId)
        {
            To = to;
            Count = count;
            IntervalMs = intervalMs;
            FirstMessageId = firstMessageId;
        }

        /// <summary>The destination General.</summary>
        public long To { get; }

        /// <summary>How many messages.</summary>
        public long Count { get; }

        /// <summary>Milliseconds between two messages.</summary>
        public long IntervalMs { get; }

        /// <summary>The id of the first message; the others follow.</summary>
        public long FirstMessageId { get; }

        /// <inheritdoc/>
        public override ControlType Type
        {
            get { return ControlType.SendStream; }
        }

        /// <inheritdoc/>
        public override long[] ToArguments()
        {
            return new long[] { To, Count, IntervalMs, FirstMessageId };
        }

        /// <summary>The command in <paramref name="values"/> (its arguments in wire order), or null when they are not exactly its arguments.</summary>
        public static SendStreamCommand TryDecode(long[] values)
        {
            if (values == null || values.Length != ArgumentCount)
            {
                return null;
            }

            return new SendStreamCommand(values[0], values[1], values[2], values[3]);
        }
    }
}
