namespace Generals.Core.Node
{
    /// <summary>
    /// Harness commands as Control frame payloads: a <see cref="ValueRecord"/> typed by <see cref="ControlType"/>. Decoding is
    /// total: an unknown type or a wrong number of arguments gives null, never an exception. Whether the arguments make
    /// sense (a General in the kit, a round length within bounds) is the receiving module's to judge and reject.
    /// </summary>
    public static class ControlCodec
    {
        /// <summary>The payload carrying <paramref name="command"/>.</summary>
        public static byte[] Encode(ControlCommand command)
        {
            return ValueRecord.Encode((int)command.Type, command.ToArguments());
        }

        /// <summary>
        /// The command a payload carries, or null when it is not a well-formed command of a known type;
        /// <paramref name="type"/> is the record's type byte (0 when the record itself is malformed).
        /// </summary>
        public static ControlCommand TryDecode(byte[] payload, out int type)
        {
            long[] values = ValueRecord.TryDecode(payload, out type);
            if (values == null)
            {
                return null;
            }

            switch ((ControlType)type)
            {
                case ControlType.SendStream: return SendStreamCommand.TryDecode(values);
                case ControlType.StartInstance: return StartInstanceCommand.TryDecode(values);
                case ControlType.SetTraitor: return SetTraitorCommand.TryDecode(values);
                case ControlType.StartDetector: return StartDetectorCommand.TryDecode(values);
                case ControlType.ReportCounters: return ReportCountersCommand.TryDecode(values);
                default: return null;
            }
        }
    }
}
