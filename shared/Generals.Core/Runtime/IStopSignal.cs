namespace Generals.Core.Runtime
{
    /// <summary>Tells a running loop to stop (a host's Ctrl-C, a test's end).</summary>
    public interface IStopSignal
    {
        /// <summary>True once the loop should return.</summary>
        bool StopRequested { get; }
    }
}
