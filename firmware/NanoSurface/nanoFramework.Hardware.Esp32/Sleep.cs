// Package nanoFramework.Hardware.Esp32, repository nanoframework/nanoFramework.Hardware.Esp32. Paths are relative
// to the repository. Declared: the wake-up cause the firmware reports at boot. Bodies are placeholders.
namespace nanoFramework.Hardware.Esp32
{
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
}
