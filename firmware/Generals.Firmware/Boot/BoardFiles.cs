namespace Generals.Firmware.Boot
{
    /// <summary>
    /// Where the firmware finds what provisioning gave its board (firmware/README.md, "What the board's storage holds"): on
    /// the ESP32's internal flash drive, the kit's nf.config and nf.keys as the harness has them, the board's secrets, and one
    /// folder per record store (each record a file, <see cref="Storage.RecordFiles"/>).
    /// </summary>
    public static class BoardFiles
    {
        /// <summary>The internal flash drive of an ESP32 on nanoFramework.</summary>
        public const string Drive = "I:";

        /// <summary>The kit's configuration, the same file as the harness's (docs/nf-config.md).</summary>
        public const string Config = Drive + "\\nf.config";

        /// <summary>The kit's public keys, the same file as the harness's (nf.keys beside nf.config).</summary>
        public const string PublicKeys = Drive + "\\nf.keys";

        /// <summary>This board's id and passwords (<see cref="BoardSecrets"/>): a secret, never in the repository.</summary>
        public const string Secrets = Drive + "\\board.ini";

        /// <summary>The signer's records: the records of the host's signer-{id}.key (lms.key, lms.mark, lms.mark2, lms.t*).</summary>
        public const string SignerFolder = Drive + "\\signer";

        /// <summary>The MAC keys: the records of the host's mac-{id}.key (telemetry, link/{peer}).</summary>
        public const string MacFolder = Drive + "\\mac";

        /// <summary>The General's own records (node/incarnation, link/..., state/...) and the board's (board/boots, board/reboot).</summary>
        public const string StateFolder = Drive + "\\state";

        /// <summary>The record of a reboot the firmware asked for, read at the next boot to tell why it started.</summary>
        public const string RebootRecord = "board/reboot";
    }
}
