using System.Device.Gpio;
using System.Threading;
using Generals.Core.Runtime;
using Generals.Firmware.Board;
using nanoFramework.Runtime.Native;

namespace Generals.Firmware.Nano
{
    /// <summary>
    /// The ESP32 board: its status LED on a GPIO pin (<see cref="LedPattern"/>, driven by a timer), free managed memory
    /// from nanoFramework's GC, reboot through Power, and the wake-up cause of the ESP32.
    /// </summary>
    public sealed class Esp32Board : IFirmwareBoard
    {
        /// <summary>The LED's pin: GPIO 2, the on-board LED of most ESP32 DevKit boards.</summary>
        public const int LedPin = 2;

        /// <summary>Time the reboot event's handlers get before the board restarts anyway.</summary>
        public const int RebootHandlersMs = 1000;

        private readonly IClock _clock;
        private readonly GpioPin _led;
        private BoardStatus _status = BoardStatus.Connecting;
        private long _bootCount;
        private BoardResetCause _resetCause;

        /// <summary>Opens the LED and starts its timer.</summary>
        public Esp32Board(IClock clock)
        {
            _clock = clock;
            _led = new GpioController().OpenPin(LedPin, PinMode.Output);
            BlinkTimer = new Timer(Blink, null, 0, LedPattern.SlotMs);
        }

        /// <summary>The LED's timer (kept referenced, so it is never collected).</summary>
        public Timer BlinkTimer { get; }

        public string Describe()
        {
            return "esp32 nanoFramework 1.17";
        }

        public long FreeMemoryBytes()
        {
            return nanoFramework.Runtime.Native.GC.Run(false);
        }

        public BoardResetCause ResetCause()
        {
            return _resetCause;
        }

        public long BootCount()
        {
            return _bootCount;
        }

        public void Reboot()
        {
            Power.RebootDevice(RebootHandlersMs);
        }

        public void ShowStatus(BoardStatus status)
        {
            _status = status;
        }

        public void Sleep(int durationMs)
        {
            Thread.Sleep(durationMs);
        }

        public BoardResetCause HardwareResetCause()
        {
            return nanoFramework.Hardware.Esp32.Sleep.GetWakeupCause() == nanoFramework.Hardware.Esp32.Sleep.WakeupCause.Undefined ? BoardResetCause.PowerOn : BoardResetCause.DeepSleepWake;
        }

        public void Remember(long bootCount, BoardResetCause cause)
        {
            _bootCount = bootCount;
            _resetCause = cause;
        }

        private void Blink(object state)
        {
            _led.Write(LedPattern.IsOn(_status, _clock.NowMs) ? PinValue.High : PinValue.Low);
        }
    }
}
