namespace Generals.Core.Node
{
    /// <summary>Play a traitor from now on (<see cref="ControlType.SetTraitor"/>); strategy 0 makes the General loyal.</summary>
    public sealed class SetTraitorCommand : ControlCommand
    {
        /// <summary>How many arguments the command carries on the wire.</summary>
        public const int ArgumentCount = 3;

        /// <summary>Creates the command.</summary>
        public SetTraitorCommand(long strategy, long parameter, long planSeed)
        {
            Strategy = strategy;
            Parameter = parameter;
            PlanSeed = planSeed;
        }

        /// <summary>The traitor strategy (Protocols.TraitorStrategy).</summary>
        public long Strategy { get; }

        /// <summary>The strategy's parameter.</summary>
        public long Parameter { get; }

        /// <summary>The 64 bits of the plan's seed (or an enumerated plan's number).</summary>
        public long PlanSeed { get; }

        /// <inheritdoc/>
        public override ControlType Type
        {
            get { return ControlType.SetTraitor; }
        }

        /// <inheritdoc/>
        public override long[] ToArguments()
        {
            return new long[] { Strategy, Parameter, PlanSeed };
        }

        /// <summary>The command in <paramref name="values"/> (its arguments in wire order), or null when they are not exactly its arguments.</summary>
        public static SetTraitorCommand TryDecode(long[] values)
        {
            if (values == null || values.Length != ArgumentCount)
            {
                return null;
            }

            return new SetTraitorCommand(values[0], values[1], values[2]);
        }
    }
}
