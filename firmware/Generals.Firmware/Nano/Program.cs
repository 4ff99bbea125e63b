using System;
using System.Diagnostics;
using System.Threading;
using Generals.Firmware.Boot;

namespace Generals.Firmware.Nano
{
    /// <summary>The board's entry point: the boot as numbered steps (firmware/README.md), then the General, forever.</summary>
    public static class Program
    {
        /// <summary>Wait before a reboot after a problem that may pass (Wi-Fi, the broker): long enough to read the LED.</summary>
        public const int RebootDelayMs = 10000;

        /// <summary>The board's life.</summary>
        public static void Main()
        {
            var platform = new Esp32Platform();
            var boot = new BootSequence(platform);

            // 1. Self-test crypto: SHA-256 and HMAC-SHA256 against published answers, and the time of a batch of hashes.
            // 2. Mount storage: the internal flash drive I:\, the General's store on it, this boot counted.
            // 3. Load nf.config and secrets: board.ini, nf.keys, the MAC keys, the signing key.
            // 4. Join Wi-Fi, with a timeout per attempt and a bounded retry.
            // 5. Connect MQTT with the general's credentials and its sealed last will (the runtime connects and reconnects).
            if (boot.SelfTestCrypto() && boot.MountStorage() && boot.LoadConfigAndSecrets() && boot.JoinWifi() && boot.ConnectMqtt())
            {
                // 6. Run the General: NodeRuntime's loop, the one supervisor of the broker connection. It never returns.
                try
                {
                    boot.RunGeneral(new NeverStop());
                }
                catch (Exception e)
                {
                    Debug.WriteLine("general stopped: " + e.Message);
                    Thread.Sleep(RebootDelayMs);
                    boot.Reboot();
                }
            }

            Debug.WriteLine("boot stopped: " + boot.Problem.ToString() + ": " + boot.Why);
            if (boot.Transient)
            {
                Thread.Sleep(RebootDelayMs);
                boot.Reboot();
            }

            // A problem a person must fix (provisioning, a failed self-test): the LED shows Fault until then.
            Thread.Sleep(Timeout.Infinite);
        }
    }
}
