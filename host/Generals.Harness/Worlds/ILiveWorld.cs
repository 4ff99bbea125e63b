using Generals.Harness.Network;

namespace Generals.Harness.Worlds;

/// <summary>
/// A world on the wall clock whose generals run by themselves (processes, boards): what <see cref="LiveRun"/> needs of it
/// besides <see cref="IWorld"/>: the network its broker feeds, and how the run is stopped.
/// </summary>
public interface ILiveWorld : IWorld
{
    /// <summary>The network between the generals' wire topics and their inboxes.</summary>
    HarnessNetwork HarnessNetwork { get; }

    /// <summary>
    /// SIGINT or SIGTERM (on the signal's thread, or on the run's if it ended the run's wait first): exits from now on are the
    /// harness's doing. Called more than once, and after <see cref="MarkStopping"/>, it does nothing more.
    /// </summary>
    void Interrupt();

    /// <summary>From now on exits are the harness's doing, and what the generals publish is no longer part of the run.</summary>
    void MarkStopping();

    /// <summary>Stops what the world started for the run and returns its broker's and network's counters.</summary>
    Task<Dictionary<string, long>> StopAsync();
}
