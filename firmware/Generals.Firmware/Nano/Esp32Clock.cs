using Generals.Core.Runtime;
using nanoFramework.Hardware.Esp32;

namespace Generals.Firmware.Nano
{
    /// <summary>Milliseconds since boot from the ESP32's high-resolution timer (esp_timer): monotonic, unlike the RTC, which SNTP sets.</summary>
    public sealed class Esp32Clock : IClock
    {
        /// <summary>Milliseconds since the board booted.</summary>
        public long NowMs
        {
            get { return (long)(HighResTimer.GetCurrent() / 1000); }
        }
    }
}
