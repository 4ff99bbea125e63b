namespace Generals.Core.Config
{
    /// <summary>One problem found in nf.config, with the line it is on (1-based; 0 when it concerns the whole file).</summary>
    public sealed class ConfigError
    {
        /// <summary>Creates an error.</summary>
        public ConfigError(int line, string message)
        {
            Line = line;
            Message = message;
        }

        /// <summary>The 1-based line, or 0 for the whole file.</summary>
        public int Line { get; }

        /// <summary>What is wrong and, where it helps, what would be right.</summary>
        public string Message { get; }

        /// <summary>"line N: message", as the CLI prints it.</summary>
        public override string ToString()
        {
            return Line > 0 ? "line " + Line.ToString() + ": " + Message : Message;
        }
    }
}
