using System.Text;
using Generals.Core.Config;
using Generals.Core.Crypto;
using Generals.Core.Node;
using Generals.Core.Runtime;
using Generals.Firmware.Storage;

namespace Generals.Firmware.Boot
{
    /// <summary>
    /// What provisioning gave this board, read from its storage at boot step 3: nf.config, board.ini, nf.keys, the MAC keys
    /// and the signing key (<see cref="BoardFiles"/>), turned into the General's settings. A board runs the `lms` scheme
    /// only (ed25519 is for host-only kits, ideal for the simulator).
    /// </summary>
    public sealed class BoardKit
    {
        /// <summary>Seed of the General's PRNG before its id is mixed in: `generals node`'s default, so a board and an
        /// emulated general of the same id draw alike.</summary>
        public const ulong Seed = 1;

        private BoardKit(KitConfig config, BoardSecrets secrets, NodeSettings settings)
        {
            Config = config;
            Secrets = secrets;
            Settings = settings;
        }

        /// <summary>The kit's configuration.</summary>
        public KitConfig Config { get; }

        /// <summary>This board's id and passwords.</summary>
        public BoardSecrets Secrets { get; }

        /// <summary>The General's settings: id, peers, link stack, keys.</summary>
        public NodeSettings Settings { get; }

        /// <summary>
        /// Reads the kit from <paramref name="files"/>; null with <paramref name="problem"/> and a line in <paramref name="why"/>
        /// when something is missing or wrong. <paramref name="hashes"/> makes the SHA-256 of the board's LMS.
        /// </summary>
        public static BoardKit Load(IFileSystem files, Sha256Factory hashes, out BootProblem problem, out string why)
        {
            Check.NotNull(files, "files");
            string configText = Text(files, BoardFiles.Config);
            string secretsText = Text(files, BoardFiles.Secrets);
            string keysText = Text(files, BoardFiles.PublicKeys);
            if (configText == null || secretsText == null || keysText == null)
            {
                problem = BootProblem.NotProvisioned;
                why = "nf.config, board.ini and nf.keys must all be on " + BoardFiles.Drive;
                return null;
            }

            ConfigResult parsed = NfConfigParser.Parse(configText);
            LmsParameterSet parameters;
            LmOtsParameterSet ots;
            if (!parsed.Ok || parsed.Config.Scheme != "lms" || parsed.Config.Wifi == null
                || !LmsScheme.TryParseParameters(parsed.Config.LmsParameters, out parameters, out ots))
            {
                problem = BootProblem.BadConfig;
                why = parsed.Ok ? "a board runs scheme lms and needs a wifi network" : "nf.config " + parsed.Errors[0].ToString();
                return null;
            }

            BoardSecrets secrets = BoardSecrets.Parse(secretsText, out why);
            if (secrets == null || parsed.Config.Board(secrets.Id) == null)
            {
                problem = BootProblem.BadSecrets;
                why = secrets == null ? "board.ini: " + why : "board.ini names board " + secrets.Id.ToString() + ", not in nf.config";
                return null;
            }

            var scheme = new LmsScheme(parameters, ots, hashes);
            PublicKeySet keys = PublicKeysText.Parse(keysText, "lms", out why);
            if (keys == null || keys.Get(0) == null)
            {
                problem = BootProblem.BadPublicKeys;
                why = keys == null ? why : "nf.keys has no harness key (signer 0)";
                return null;
            }

            int[] peers = NodeSettingsFactory.PeersOf(Ids(parsed.Config), secrets.Id);
            var macs = new FlashStore(files, BoardFiles.MacFolder);
            byte[] telemetryKey = MacKey(macs, "telemetry");
            var links = new LinkKeys();
            for (int i = 0; i < peers.Length && telemetryKey != null; i++)
            {
                byte[] link = MacKey(macs, "link/" + peers[i].ToString());
                if (link == null)
                {
                    telemetryKey = null;
                    break;
                }

                links.Set(peers[i], link);
            }

            if (telemetryKey == null)
            {
                problem = BootProblem.BadMacKeys;
                why = "the telemetry key or a link key is missing or damaged in " + BoardFiles.MacFolder;
                return null;
            }

            var profile = new NodeProfile { Reliable = secrets.Reliable, Authenticated = secrets.Authenticated, DurableSend = secrets.DurableSend, Seed = Seed };
            var nodeKeys = new NodeKeys { Signer = scheme.OpenSigner(new FlashStore(files, BoardFiles.SignerFolder)), Verifier = scheme.CreateVerifier(keys), TelemetryKey = telemetryKey, LinkKeys = links };
            NodeSettings settings = NodeSettingsFactory.Create(parsed.Config.Kit, secrets.Id, Ids(parsed.Config), profile, nodeKeys);
            problem = BootProblem.None;
            why = null;
            return new BoardKit(parsed.Config, secrets, settings);
        }

        private static string Text(IFileSystem files, string path)
        {
            byte[] bytes = files.ReadAll(path);
            return bytes == null ? null : Encoding.UTF8.GetString(bytes, 0, bytes.Length);
        }

        private static byte[] MacKey(IRecordSource macs, string record)
        {
            byte[] key;
            return SealedRecord.Read(macs, record, out key) == RecordState.Valid && key.Length == FrameMac.KeyBytes ? key : null;
        }

        private static int[] Ids(KitConfig config)
        {
            int[] ids = new int[config.Boards.Length];
            for (int i = 0; i < ids.Length; i++)
            {
                ids[i] = config.Boards[i].Id;
            }

            return ids;
        }
    }
}
