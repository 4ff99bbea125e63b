// Package nanoFramework.Runtime.Native, repository nanoframework/nanoFramework.Runtime.Native. Paths are relative
// to the repository. Declared: what the firmware needs (reboot, free managed memory). Bodies are placeholders.
namespace nanoFramework.Runtime.Native
{
    // nanoFramework.Runtime.Native/Power.cs
    public delegate void RebootEventHandler();

    // nanoFramework.Runtime.Native/Power.cs (a class with static members only, not a static class)
    public class Power
    {
        public static event RebootEventHandler OnRebootEvent { add { } remove { } }
        public static void RebootDevice() { }
        public static void RebootDevice(int exeConstraintTimeout) { }
    }

    // nanoFramework.Runtime.Native/GC.cs (Run returns the free managed memory in bytes)
    public static class GC
    {
        public static uint Run(bool compactHeap) => 0;
        public static void EnableGCMessages(bool enable) { }
    }
}
