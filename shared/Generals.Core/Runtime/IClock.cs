namespace Generals.Core.Runtime
{
    /// <summary>Monotonic time since boot: the only clock a General may read, and only through the runtime.</summary>
    public interface IClock
    {
        /// <summary>Milliseconds since this General booted; never goes backwards.</summary>
        long NowMs { get; }
    }
}
