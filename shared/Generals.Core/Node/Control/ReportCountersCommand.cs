namespace Generals.Core.Node
{
    /// <summary>Report counters now (<see cref="ControlType.ReportCounters"/>).</summary>
    public sealed class ReportCountersCommand : ControlCommand
    {
        /// <summary>How many arguments the command carries on the wire.</summary>
        public const int ArgumentCount = 0;

        /// <summary>Creates the command.</summary>
        public ReportCountersCommand()
        {
        }

        /// <inheritdoc/>
        public override ControlType Type
        {
            get { return ControlType.ReportCounters; }
        }

        /// <inheritdoc/>
        public override long[] ToArguments()
        {
            return new long[0];
        }

        /// <summary>The command in <paramref name="values"/> (its arguments in wire order), or null when they are not exactly its arguments.</summary>
        public static ReportCountersCommand TryDecode(long[] values)
        {
            if (values == null || values.Length != ArgumentCount)
            {
                return null;
            }

            return new ReportCountersCommand();
        }
    }
}
