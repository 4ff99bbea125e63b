// Package nanoFramework.Hardware.Esp32, repository nanoframework/nanoFramework.Hardware.Esp32. Paths are relative
// to the repository. Declared: the wake-up cause the firmware reports at boot and the microseconds since boot its
// clock reads. Bodies are placeholders.
namespace nanoFramework.Hardware.Esp32
{
    using System;

    // nanoFramework.Hardware.Esp32/Sleep.cs (the enums are nested in Sleep)
    public class Sleep
    {
        public enum WakeupCause
        {
            Undefined = 0,
            Ext0 = 2,
            Ext1,
            Timer,
            TouchPad,
            Ulp,
            Gpio,
            Uart,
        }

        public static WakeupCause GetWakeupCause() => default;
    }

    // nanoFramework.Hardware.Esp32/HighResTimer.cs (GetCurrent: microseconds since boot, esp_timer_get_time)
    public class HighResTimer : IDisposable
    {
        public HighResTimer() { }
        public static ulong GetCurrent() => 0;
        public void Dispose() { }
    }
}
