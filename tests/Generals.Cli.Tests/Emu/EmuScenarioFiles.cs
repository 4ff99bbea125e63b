namespace Generals.Cli.Tests.Emu;

/// <summary>Short scenarios for emulated runs in tests: seconds, not the built-ins' tens of seconds.</summary>
internal static class EmuScenarioFiles
{
    public const string ReliableStream = """
        name: emu-reliable
        duration_ms: 3000
        settle_ms: 2500
        generals: 3
        link: { reliable: true, authenticated: true }
        network:
          delay: { distribution: uniform, min_ms: 2, max_ms: 20 }
          loss: 0.2
          duplicate: 0.1
        faults:
          - { node: 0, kind: rogue, at_ms: 1000, count: 3 }
        workload:
          - { at_ms: 0, node: 1, command: send-stream, to: 2, count: 60, interval_ms: 25, first_id: 1000 }
          - { at_ms: 0, node: 2, command: send-stream, to: 3, count: 60, interval_ms: 25, first_id: 2000 }
        checks: [reliable-delivery, authentication, rogue-ignored]
        """;

    public static string Write(string folder, string name, string yaml)
    {
        string path = Path.Combine(folder, name + ".yaml");
        File.WriteAllText(path, yaml);
        return path;
    }
}
