namespace Generals.Harness.Emu;

/// <summary>How to start the `generals` command as a child process: the executable and the arguments before ours.</summary>
public sealed record GeneralsLauncher(string FileName, IReadOnlyList<string> PrefixArguments)
{
    /// <summary>The launcher for the running `generals` (apphost, or `dotnet generals.dll`).</summary>
    public static GeneralsLauncher Current(string generalsAssemblyPath)
    {
        string process = Environment.ProcessPath ?? "dotnet";
        string name = Path.GetFileNameWithoutExtension(process);
        return name == "generals" ? new GeneralsLauncher(process, []) : new GeneralsLauncher(DotnetHost(process), [generalsAssemblyPath]);
    }

    private static string DotnetHost(string process) =>
        Path.GetFileNameWithoutExtension(process) == "dotnet" ? process : "dotnet";
}
