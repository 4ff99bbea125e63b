namespace Generals.Harness.Emu;

/// <summary>How an emulated run is carried out.</summary>
public sealed class EmuOptions
{
    /// <summary>Starts `generals node` processes.</summary>
    public required GeneralsLauncher Launcher { get; init; }

    /// <summary>The run folder: the kit, the generals' data folders and logs go inside it.</summary>
    public required string RunFolder { get; init; }

    /// <summary>An external broker (mqtt://host:port) with the harness relaying wire to inbox; null for the embedded one.</summary>
    public string? ExternalBroker { get; init; }

    /// <summary>How long every general has to boot and connect before the run is abandoned.</summary>
    public TimeSpan BootTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Reports progress lines (may be null).</summary>
    public Action<string>? Progress { get; init; }

    /// <summary>Cancels the run (Ctrl-C); every process the run started is stopped.</summary>
    public CancellationToken Cancel { get; init; }
}
