namespace Generals.Core.Config
{
    /// <summary>A parsed, valid nf.config (docs/nf-config.md): the kit's settings and its boards, ordered by id.</summary>
    public sealed class KitConfig
    {
        /// <summary>Creates a configuration; the parser has checked every field.</summary>
        public KitConfig(
            string kit,
            BrokerAddress[] brokers,
            string listener,
            string scheme,
            string lmsParameters,
            string target,
            string firmware,
            string wifi,
            BoardConfig[] boards)
        {
            Kit = kit;
            Brokers = brokers;
            Listener = listener;
            Scheme = scheme;
            LmsParameters = lmsParameters;
            Target = target;
            Firmware = firmware;
            Wifi = wifi;
            Boards = boards;
        }

        /// <summary>The kit name: the MQTT topic prefix gl/{kit}/ and the secrets folder name.</summary>
        public string Kit { get; }

        /// <summary>The brokers the Generals connect to, in the order they try them (one or more, bridged or clustered).</summary>
        public BrokerAddress[] Brokers { get; }

        /// <summary>The first broker's host.</summary>
        public string BrokerHost
        {
            get { return Brokers[0].Host; }
        }

        /// <summary>The first broker's port.</summary>
        public int BrokerPort
        {
            get { return Brokers[0].Port; }
        }

        /// <summary>Where the harness's embedded broker listens ("0.0.0.0:1883"), or "none" for an external broker.</summary>
        public string Listener { get; }

        /// <summary>The signature scheme: "lms", "ed25519" or "ideal".</summary>
        public string Scheme { get; }

        /// <summary>The LMS parameter set of new keys ("H10/W4").</summary>
        public string LmsParameters { get; }

        /// <summary>The nanoFramework target of the boards ("ESP32_REV3"), or null for a kit without boards.</summary>
        public string Target { get; }

        /// <summary>The nanoFramework firmware version to flash ("1.12.0.53"), or null for a kit without boards.</summary>
        public string Firmware { get; }

        /// <summary>The Wi-Fi network name the boards join (its password is a secret, never here), or null.</summary>
        public string Wifi { get; }

        /// <summary>The boards, by increasing id.</summary>
        public BoardConfig[] Boards { get; }

        /// <summary>The board with General id <paramref name="id"/>, or null.</summary>
        public BoardConfig Board(int id)
        {
            for (int i = 0; i < Boards.Length; i++)
            {
                if (Boards[i].Id == id)
                {
                    return Boards[i];
                }
            }

            return null;
        }
    }
}
