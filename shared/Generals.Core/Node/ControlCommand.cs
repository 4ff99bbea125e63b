using Generals.Core.Runtime;

namespace Generals.Core.Node
{
    /// <summary>
    /// A harness command after its Control frame was verified: a command type (see <see cref="ControlType"/>)
    /// and up to eight 64-bit arguments whose meaning the type defines.
    /// </summary>
    public sealed class ControlCommand
    {
        /// <summary>The most arguments a command carries.</summary>
        public const int ArgumentsMax = 8;

        /// <summary>Creates a command.</summary>
        public ControlCommand(ControlType type, long[] arguments)
        {
            Check.NotNull(arguments, "arguments");
            Check.That(arguments.Length <= ArgumentsMax, "control arguments within limit");
            Type = type;
            Arguments = arguments;
        }

        /// <summary>What the harness asks.</summary>
        public ControlType Type { get; }

        /// <summary>The arguments, in the order <see cref="ControlType"/> documents.</summary>
        public long[] Arguments { get; }

        /// <summary>The argument at <paramref name="index"/>, or 0 when absent.</summary>
        public long Argument(int index)
        {
            return index < Arguments.Length ? Arguments[index] : 0;
        }
    }
}
