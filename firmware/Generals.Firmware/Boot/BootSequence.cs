using Generals.Core.Config;
using Generals.Core.Crypto;
using Generals.Core.Node;
using Generals.Core.Runtime;
using Generals.Firmware.Network;
using Generals.Firmware.Storage;

namespace Generals.Firmware.Boot
{
    /// <summary>
    /// A board's boot, one method per step of Program.Main (firmware/README.md): 1 self-test crypto, 2 mount storage, 3 load
    /// nf.config and secrets, 4 join Wi-Fi, 5 connect MQTT, 6 run the General. Each step runs only after the one before it
    /// succeeded (a step out of order is our bug and fails loudly); a failed step names its <see cref="Problem"/> and shows
    /// Fault. Everything it touches comes through <see cref="IBoardPlatform"/>.
    /// </summary>
    public sealed class BootSequence
    {
        /// <summary>This firmware's version, reported in BoardBooted.</summary>
        public static readonly int FirmwareVersion = BootReport.Version(0, 1, 0);

        private readonly IBoardPlatform _platform;
        private int _done;
        private SelfTestResult _selfTest;
        private TelemetryEvent _measurement;
        private IStore _state;
        private BoardKit _kit;
        private NodeRuntime _runtime;

        /// <summary>A boot over <paramref name="platform"/>; nothing happens until step 1.</summary>
        public BootSequence(IBoardPlatform platform)
        {
            Check.NotNull(platform, "platform");
            _platform = platform;
        }

        /// <summary>Why the boot stopped, or <see cref="BootProblem.None"/>.</summary>
        public BootProblem Problem { get; private set; }

        /// <summary>A line saying what was wrong, for the debug output, or null.</summary>
        public string Why { get; private set; }

        /// <summary>True when the problem can pass by itself (Wi-Fi, the broker's name): the board reboots and tries again.</summary>
        public bool Transient
        {
            get { return Problem == BootProblem.NoWifi || Problem == BootProblem.BrokerNotFound; }
        }

        /// <summary>Step 1: SHA-256 and HMAC-SHA256 against published answers, and a timed batch of hashes.</summary>
        public bool SelfTestCrypto()
        {
            Begin(1);
            _platform.Board.ShowStatus(BoardStatus.Connecting);
            _selfTest = CryptoSelfTest.CheckHashing(_platform.Clock, _platform.NewHash(), out _measurement);
            return End(1, _selfTest == SelfTestResult.Passed ? BootProblem.None : BootProblem.SelfTestFailed, "a known answer came out wrong");
        }

        /// <summary>Step 2: the internal flash drive, the General's store on it, the boot counted and its cause recorded.</summary>
        public bool MountStorage()
        {
            Begin(2);
            if (!_platform.Files.FolderExists(BoardFiles.Drive + "\\"))
            {
                return End(2, BootProblem.NoStorage, BoardFiles.Drive + " is not mounted");
            }

            _state = new FlashStore(_platform.Files, BoardFiles.StateFolder);
            long boots = BootCounter.Next(_state);
            byte[] reboot;
            bool asked = SealedRecord.Read(_state, BoardFiles.RebootRecord, out reboot) == RecordState.Valid && reboot.Length == 1 && reboot[0] == 1;
            if (asked)
            {
                MarkReboot(0);
            }

            _platform.Board.Remember(boots, asked ? BoardResetCause.Software : _platform.Board.HardwareResetCause());
            return End(2, BootProblem.None, null);
        }

        /// <summary>Step 3: nf.config, board.ini, nf.keys, the MAC keys and the signing key (<see cref="BoardKit"/>).</summary>
        public bool LoadConfigAndSecrets()
        {
            Begin(3);
            BootProblem problem;
            string why;
            _kit = BoardKit.Load(_platform.Files, new Sha256Factory(_platform.NewHash), out problem, out why);
            return End(3, problem, why);
        }

        /// <summary>Step 4: the kit's Wi-Fi network, with a timeout per attempt and a bounded retry (<see cref="WifiJoiner"/>).</summary>
        public bool JoinWifi()
        {
            Begin(4);
            bool joined = WifiJoiner.Join(_platform.Network, _platform.Board, _kit.Config.Wifi, _kit.Secrets.WifiPassword);
            return End(4, joined ? BootProblem.None : BootProblem.NoWifi, "Wi-Fi " + _kit.Config.Wifi + " did not give an address");
        }

        /// <summary>
        /// Step 5: resolves every broker of the kit's list now that Wi-Fi is up (one session each, tried in order), and starts the General, whose runtime connects with the board's
        /// credentials and its sealed last will, and reports the boot (BoardBooted and the self-test's measurement).
        /// </summary>
        public bool ConnectMqtt()
        {
            Begin(5);
            BrokerAddress[] brokers = _kit.Config.Brokers;
            IMqttSession[] sessions = new IMqttSession[brokers.Length];
            for (int i = 0; i < brokers.Length; i++)
            {
                string address = _platform.Network.Resolve(brokers[i].Host);
                if (address == null)
                {
                    return End(5, BootProblem.BrokerNotFound, "broker " + brokers[i].Host + " does not resolve");
                }

                sessions[i] = _platform.OpenMqtt(address, brokers[i].Port);
            }

            var transport = new MqttTransport(sessions, _kit.Config.Kit, _kit.Secrets.Id, _kit.Secrets.BrokerPassword);
            var general = new General(_kit.Settings, StandardModules.Create());
            _runtime = new NodeRuntime(general, transport, _state, _platform.Clock, _platform.Board, _kit.Config.Kit, _kit.Secrets.Id);
            _runtime.Start(new BootReport { FirmwareVersion = FirmwareVersion, SelfTest = _selfTest, Measurement = _measurement });
            return End(5, BootProblem.None, null);
        }

        /// <summary>Step 6: the General's driver loop until <paramref name="stop"/> says so (on a board: never).</summary>
        public void RunGeneral(IStopSignal stop)
        {
            Begin(6);
            _runtime.Run(stop);
        }

        /// <summary>Restarts the board, recording that it asked to (the next boot reports BoardResetCause.Software).</summary>
        public void Reboot()
        {
            if (_state != null)
            {
                MarkReboot(1);
            }

            _platform.Board.Reboot();
        }

        private void MarkReboot(byte value)
        {
            _state.Write(BoardFiles.RebootRecord, SealedRecord.Seal(BoardFiles.RebootRecord, new byte[] { value }));
            _state.Flush();
        }

        private void Begin(int step)
        {
            Check.That(_done == step - 1 && Problem == BootProblem.None, "boot steps run in order, each after the last succeeded");
        }

        private bool End(int step, BootProblem problem, string why)
        {
            if (problem != BootProblem.None)
            {
                Problem = problem;
                Why = why;
                _platform.Board.ShowStatus(BoardStatus.Fault);
                return false;
            }

            _done = step;
            return true;
        }
    }
}
