// Package nanoFramework.System.Device.Gpio, repository nanoframework/System.Device.Gpio. Paths are relative to the
// repository. Declared: what the firmware needs to drive its LED. Bodies are placeholders.
namespace System.Device.Gpio
{
    // System.Device.Gpio/PinMode.cs
    public enum PinMode
    {
        Input,
        InputPullDown,
        InputPullUp,
        Output,
        OutputOpenDrain,
        OutputOpenDrainPullUp,
        OutputOpenSource,
        OutputOpenSourcePullDown,
    }

    // System.Device.Gpio/PinValue.cs (a readonly struct in the source; declared plain, the gate compiles no body)
    public struct PinValue
    {
        public static PinValue High => default;
        public static PinValue Low => default;
        public static implicit operator PinValue(int value) => default;
        public static implicit operator PinValue(bool value) => default;
        public static explicit operator byte(PinValue value) => 0;
        public static explicit operator int(PinValue value) => 0;
        public static explicit operator bool(PinValue value) => false;
        public bool Equals(PinValue other) => false;
        public override bool Equals(object obj) => false;
        public static bool operator ==(PinValue a, PinValue b) => false;
        public static bool operator !=(PinValue a, PinValue b) => false;
        public override int GetHashCode() => 0;
        public override string ToString() => null;
    }

    // System.Device.Gpio/GpioPin.cs (constructed only by GpioController.OpenPin)
    public sealed class GpioPin : IDisposable
    {
        internal GpioPin() { }
        public int PinNumber => 0;
        public PinMode GetPinMode() => default;
        public void SetPinMode(PinMode value) { }
        public PinValue Read() => default;
        public void Write(PinValue value) { }
        public void Toggle() { }
        public void Dispose() { }
    }

    // System.Device.Gpio/GpioController.cs
    public sealed class GpioController : IDisposable
    {
        public GpioController() { }
        public GpioPin OpenPin(int pinNumber) => null;
        public GpioPin OpenPin(int pinNumber, PinMode mode) => null;
        public void ClosePin(int pinNumber) { }
        public bool IsPinOpen(int pinNumber) => false;
        public void SetPinMode(int pinNumber, PinMode mode) { }
        public PinValue Read(int pinNumber) => default;
        public void Write(int pinNumber, PinValue value) { }
        public void Dispose() { }
    }
}
