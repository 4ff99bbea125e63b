namespace Generals.Core.Node
{
    /// <summary>
    /// The General refuses to run on its stored state and stays silent (<see cref="TelemetryType.BootFailed"/>): the failure,
    /// then the record's name as <see cref="PackedText"/> in the remaining values. Its frame carries incarnation 0.
    /// </summary>
    public sealed class BootFailedEvent : TelemetryEvent
    {
        /// <summary>Values the record name may take: every value after the failure's.</summary>
        public const int NameValuesMax = ValuesMax - 1;

        /// <summary>Creates the event; a name longer than <see cref="NameValuesMax"/> values hold is cut.</summary>
        public BootFailedEvent(BootFailure failure, string record)
        {
            Runtime.Check.NotNull(record, "record");
            Failure = failure;
            Record = record;
        }

        /// <summary>Why the boot failed.</summary>
        public BootFailure Failure { get; }

        /// <summary>The name of the record that failed it (printable ASCII, cut at 56 characters).</summary>
        public string Record { get; }

        /// <inheritdoc/>
        public override TelemetryType Type
        {
            get { return TelemetryType.BootFailed; }
        }

        /// <inheritdoc/>
        public override long[] ToValues()
        {
            long[] name = PackedText.Pack(Record, NameValuesMax);
            long[] values = new long[1 + name.Length];
            values[0] = (long)Failure;
            System.Array.Copy(name, 0, values, 1, name.Length);
            return values;
        }

        /// <summary>The event in <paramref name="values"/> (the failure, then the packed name), or null when there is no failure value.</summary>
        public static BootFailedEvent TryDecode(long[] values)
        {
            if (values == null || values.Length < 1 || values.Length > ValuesMax)
            {
                return null;
            }

            return new BootFailedEvent((BootFailure)values[0], PackedText.Unpack(values, 1));
        }
    }
}
