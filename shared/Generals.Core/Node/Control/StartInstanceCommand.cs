namespace Generals.Core.Node
{
    /// <summary>Start a protocol instance (<see cref="ControlType.StartInstance"/>).</summary>
    public sealed class StartInstanceCommand : ControlCommand
    {
        /// <summary>How many arguments the command carries on the wire.</summary>
        public const int ArgumentCount = 8;

        /// <summary>Creates the command.</summary>
        public StartInstanceCommand(long protocol, long instance, long commander, long order, long m, long roundMs, long startDelayMs, long messengers)
        {
            Protocol = protocol;
            Instance = instance;
            Commander = commander;
            Order = order;
            M = m;
            RoundMs = roundMs;
            StartDelayMs = startDelayMs;
            Messengers = messengers;
        }

        /// <summary>The protocol (Protocols.ProtocolCodes: 1 Two Generals, 2 OM, 3 SM).</summary>
        public long Protocol { get; }

        /// <summary>The instance number (1..2^32-1, never reused).</summary>
        public long Instance { get; }

        /// <summary>The commanding General.</summary>
        public long Commander { get; }

        /// <summary>The commander's order: 0 RETREAT, 1 ATTACK.</summary>
        public long Order { get; }

        /// <summary>OM(m) / SM(m): the traitors tolerated; Two Generals: the acknowledgements the commander needs.</summary>
        public long M { get; }

        /// <summary>The round length; Two Generals: the retry interval.</summary>
        public long RoundMs { get; }

        /// <summary>Round 0 starts this long after the command arrives.</summary>
        public long StartDelayMs { get; }

        /// <summary>Two Generals: the messengers the commander sends; 0 for OM and SM.</summary>
        public long Messengers { get; }

        /// <inheritdoc/>
        public override ControlType Type
        {
            get { return ControlType.StartInstance; }
        }

        /// <inheritdoc/>
        public override long[] ToArguments()
        {
            return new long[] { Protocol, Instance, Commander, Order, M, RoundMs, StartDelayMs, Messengers };
        }

        /// <summary>The command in <paramref name="values"/> (its arguments in wire order), or null when they are not exactly its arguments.</summary>
        public static StartInstanceCommand TryDecode(long[] values)
        {
            if (values == null || values.Length != ArgumentCount)
            {
                return null;
            }

            return new StartInstanceCommand(values[0], values[1], values[2], values[3], values[4], values[5], values[6], values[7]);
        }
    }
}
