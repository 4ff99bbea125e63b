namespace Generals.Core.Node
{
    /// <summary>
    /// A harness command after its Control frame was verified: a small class per <see cref="ControlType"/> with named
    /// fields (SendStreamCommand, StartInstanceCommand, ...). <see cref="ControlCodec"/> carries it as a Control frame's payload.
    /// </summary>
    public abstract class ControlCommand
    {
        /// <summary>The most arguments a command carries on the wire (<see cref="ValueRecord.ValuesMax"/>).</summary>
        public const int ArgumentsMax = ValueRecord.ValuesMax;

        /// <summary>What the harness asks.</summary>
        public abstract ControlType Type { get; }

        /// <summary>The command's arguments in wire order: what its class's TryDecode reads back.</summary>
        public abstract long[] ToArguments();
    }
}
