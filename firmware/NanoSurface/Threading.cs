// Threading from nanoframework/CoreLibrary (nanoFramework.CoreLibrary/System/Threading/...).
namespace System.Threading
{
    // nanoFramework.CoreLibrary/System/Threading/ThreadStart.cs
    public delegate void ThreadStart();

    // nanoFramework.CoreLibrary/System/Threading/TimerCallback.cs
    public delegate void TimerCallback(object state);

    // nanoFramework.CoreLibrary/System/Threading/Monitor.cs
    public static class Monitor
    {
        public static void Enter(object obj) { }
        public static void Exit(object obj) { }
    }

    // nanoFramework.CoreLibrary/System/Threading/Interlocked.cs
    public static class Interlocked
    {
        public static int Increment(ref int location) => 0;
        public static int Decrement(ref int location) => 0;
        public static int Exchange(ref int location1, int value) => 0;
        public static int CompareExchange(ref int location1, int value, int comparand) => 0;
    }

    // nanoFramework.CoreLibrary/System/Threading/Thread.cs
    public sealed class Thread
    {
        public Thread(ThreadStart start) { }
        public void Start() { }
        public void Abort() { }
        public void Join() { }
        public bool Join(int millisecondsTimeout) => false;
        public bool IsAlive => false;
        public static void Sleep(int millisecondsTimeout) { }
        public static Thread CurrentThread => null;
    }

    // nanoFramework.CoreLibrary/System/Threading/Timeout.cs
    public static class Timeout
    {
        public const int Infinite = -1;
    }

    // nanoFramework.CoreLibrary/System/Threading/WaitHandle.cs
    public abstract class WaitHandle
    {
        public virtual bool WaitOne() => false;
        public virtual bool WaitOne(int millisecondsTimeout, bool exitContext) => false;
    }

    // nanoFramework.CoreLibrary/System/Threading/AutoResetEvent.cs
    public sealed class AutoResetEvent : WaitHandle
    {
        public AutoResetEvent(bool initialState) { }
        public bool Reset() => false;
        public bool Set() => false;
    }

    // nanoFramework.CoreLibrary/System/Threading/ManualResetEvent.cs
    public sealed class ManualResetEvent : WaitHandle
    {
        public ManualResetEvent(bool initialState) { }
        public bool Reset() => false;
        public bool Set() => false;
    }

    // nanoFramework.CoreLibrary/System/Threading/Timer.cs
    public sealed class Timer : IDisposable
    {
        public Timer(TimerCallback callback, object state, int dueTime, int period) { }
        public bool Change(int dueTime, int period) => false;
        public void Dispose() { }
    }
}
