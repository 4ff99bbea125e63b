namespace Generals.Firmware.Boot
{
    /// <summary>Why a board stopped booting (printed on the debug output; the LED shows Fault). Numbers are stable.</summary>
    public enum BootProblem
    {
        /// <summary>Every step so far succeeded.</summary>
        None = 0,

        /// <summary>SHA-256 or HMAC-SHA256 gave a wrong known answer: nothing this board seals or signs could be checked.</summary>
        SelfTestFailed = 1,

        /// <summary>The internal flash drive is not mounted.</summary>
        NoStorage = 2,

        /// <summary>nf.config, nf.keys or board.ini is missing: the board was not provisioned.</summary>
        NotProvisioned = 3,

        /// <summary>nf.config does not parse, or its scheme is not one a board runs (only lms is).</summary>
        BadConfig = 4,

        /// <summary>board.ini is malformed, or names a board nf.config does not list.</summary>
        BadSecrets = 5,

        /// <summary>nf.keys is malformed or lacks a key the General needs.</summary>
        BadPublicKeys = 6,

        /// <summary>The telemetry key or a link key is missing or damaged in the MAC store.</summary>
        BadMacKeys = 7,

        /// <summary>Wi-Fi could not be joined (after every attempt): the board reboots and tries again.</summary>
        NoWifi = 8,

        /// <summary>The broker's host name does not resolve: the board reboots and tries again.</summary>
        BrokerNotFound = 9,
    }
}
