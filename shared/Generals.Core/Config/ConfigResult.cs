namespace Generals.Core.Config
{
    /// <summary>What parsing nf.config gave: the configuration when the file is valid, otherwise every error found.</summary>
    public sealed class ConfigResult
    {
        /// <summary>Creates a result; <paramref name="config"/> is null exactly when there are errors.</summary>
        public ConfigResult(KitConfig config, ConfigError[] errors)
        {
            Config = config;
            Errors = errors;
        }

        /// <summary>The configuration, or null when the file has errors.</summary>
        public KitConfig Config { get; }

        /// <summary>The errors, in line order of discovery; empty when the file is valid.</summary>
        public ConfigError[] Errors { get; }

        /// <summary>True when the file is valid.</summary>
        public bool Ok
        {
            get { return Errors.Length == 0; }
        }
    }
}
