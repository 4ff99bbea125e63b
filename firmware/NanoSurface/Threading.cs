// Threading from package nanoFramework.CoreLibrary (repository nanoframework/CoreLibrary,
// nanoFramework.CoreLibrary/System/Threading/...). Core itself is single-threaded and never blocks; these are
// for the firmware around it.
namespace System.Threading
{
    // nanoFramework.CoreLibrary/System/Threading/ThreadStart.cs
    public delegate void ThreadStart();

    // nanoFramework.CoreLibrary/System/Threading/Timer.cs (TimerCallback is declared in this file)
    public delegate void TimerCallback(object state);

    // nanoFramework.CoreLibrary/System/Threading/Monitor.cs (only Enter(object) and Exit(object); `lock` uses them)
    public static class Monitor
    {
        public static void Enter(object obj) { }
        public static void Exit(object obj) { }
    }

    // nanoFramework.CoreLibrary/System/Threading/Interlocked.cs (int only)
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
        public int ManagedThreadId => 0;
        public bool IsAlive => false;
        public void Join() { }
        public bool Join(int millisecondsTimeout) => false;
        public bool Join(TimeSpan timeout) => false;
        public static void Sleep(int millisecondsTimeout) { }
        public static void Sleep(TimeSpan timeout) { }
        public static Thread CurrentThread => null;
    }

    // nanoFramework.CoreLibrary/System/Threading/Timeout.cs
    public static class Timeout
    {
        public const int Infinite = -1;
        public static readonly TimeSpan InfiniteTimeSpan = new TimeSpan(0, 0, 0, 0, Infinite);
    }

    // nanoFramework.CoreLibrary/System/Threading/WaitHandle.cs
    public abstract class WaitHandle : MarshalByRefObject
    {
        public const int WaitTimeout = 0x102;
        public virtual bool WaitOne(int millisecondsTimeout, bool exitContext) => false;
        public virtual bool WaitOne() => false;
        public static bool WaitAll(WaitHandle[] waitHandles, int millisecondsTimeout, bool exitContext) => false;
        public static bool WaitAll(WaitHandle[] waitHandles) => false;
        public static int WaitAny(WaitHandle[] waitHandles, int millisecondsTimeout, bool exitContext) => 0;
        public static int WaitAny(WaitHandle[] waitHandles) => 0;
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
    public sealed class Timer : MarshalByRefObject, IDisposable
    {
        public Timer(TimerCallback callback, object state, int dueTime, int period) { }
        public Timer(TimerCallback callback, object state, TimeSpan dueTime, TimeSpan period) { }
        public bool Change(int dueTime, int period) => false;
        public bool Change(TimeSpan dueTime, TimeSpan period) => false;
        public void Dispose() { }
    }
}
