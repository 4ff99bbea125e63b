namespace Generals.Harness.Worlds.Lab.Power;

/// <summary>Where the harness reaches usbrelayd: the kit's broker, which publishes its commands and reports the daemon's states.</summary>
public interface IRelayDaemonBus
{
    /// <summary>A state the daemon published: its topic (`stat/SERIAL/N`) and payload.</summary>
    event Action<string, string>? RelayState;

    /// <summary>Publishes <paramref name="payload"/> on <paramref name="topic"/> as the harness; false when the bus cannot (no broker of ours).</summary>
    bool Command(string topic, string payload);
}
