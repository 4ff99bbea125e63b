namespace Generals.Harness.Worlds.Emu;

/// <summary>How to start the `generals` command as a child process: the executable and the arguments before ours.</summary>
public sealed record GeneralsLauncher(string FileName, IReadOnlyList<string> PrefixArguments)
{
    /// <summary>Arguments after a general's own on each `generals node` (`generals grade` adds `--exercise PATH --lab N`).</summary>
    public IReadOnlyList<string> NodeSuffixArguments { get; init; } = [];

    /// <summary>Folder levels walked up from the running assembly to find the repository root: bin/CONFIG/TFM under a project, under its folder.</summary>
    private const int RepositoryDepthMax = 8;

    /// <summary>The launcher for the running `generals` (apphost, or `dotnet generals.dll`).</summary>
    public static GeneralsLauncher Current(string generalsAssemblyPath)
    {
        string process = Environment.ProcessPath ?? "dotnet";
        string name = Path.GetFileNameWithoutExtension(process);
        return name == "generals" ? new GeneralsLauncher(process, []) : new GeneralsLauncher(DotnetHost(process), [generalsAssemblyPath]);
    }

    /// <summary>
    /// The launcher for the `generals` built in this repository, for a tool that runs beside it (the bench, the soak): the
    /// CLI's build output of the same configuration and framework as the running assembly (bin/CONFIG/TFM), found by
    /// walking up to the repository root.
    /// </summary>
    public static GeneralsLauncher FromRepository()
    {
        var here = new DirectoryInfo(AppContext.BaseDirectory);
        DirectoryInfo? bin = here;
        while (bin != null && bin.Name != "bin")
        {
            bin = bin.Parent;
        }

        string build = bin == null ? "" : Path.GetRelativePath(bin.FullName, here.FullName);
        DirectoryInfo? folder = here;
        for (int level = 0; folder != null && level < RepositoryDepthMax; level++, folder = folder.Parent)
        {
            string dll = Path.Combine(folder.FullName, "host", "Generals.Cli", "bin", build, "generals.dll");
            if (bin != null && File.Exists(dll))
            {
                return Current(dll);
            }
        }

        throw new ProcessStartException($"no generals.dll built for bin/{build} under host/Generals.Cli above {here.FullName}: build host/Generals.Cli first");
    }

    private static string DotnetHost(string process) =>
        Path.GetFileNameWithoutExtension(process) == "dotnet" ? process : "dotnet";
}
