using System.Diagnostics;
using System.Reflection;
using System.Text.Json;

namespace Generals.Cli.Tests.Install;

/// <summary>
/// `generals` as a .NET tool: `dotnet pack` of the CLI, then `dotnet tool install` from that folder alone (a NuGet config
/// whose only source is the folder), gives a `generals` that prints its versions and runs the simulated demo; and the
/// repository's tool manifest (.config/dotnet-tools.json) restores from that folder, so `dotnet tool run generals` works
/// in a clone.
/// </summary>
public sealed class ToolPackageTests : IDisposable
{
    /// <summary>Pack, install and the demo each finish in well under this on the 2-core CI machine.</summary>
    private static readonly TimeSpan StepLimit = TimeSpan.FromMinutes(5);

    private readonly string _root = Directory.CreateTempSubdirectory("generals-tool-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public void PackThenToolInstall_GeneralsPrintsItsVersionsAndRunsTheSimulatedDemo()
    {
        string feed = Path.Combine(_root, "feed");
        string tools = Path.Combine(_root, "tools");
        string work = Directory.CreateDirectory(Path.Combine(_root, "work")).FullName;
        string config = Path.Combine(_root, "nuget.config");
        File.WriteAllText(config, $"<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<configuration><packageSources><clear /><add key=\"feed\" value=\"{feed}\" /></packageSources></configuration>\n");
        string project = Path.Combine(RepoRoot(), "host", "Generals.Cli", "Generals.Cli.csproj");

        // The CLI is built already (this project references it), in the configuration these tests run in.
        (int packCode, string packOutput) = Run("dotnet", work, "pack", project, "--no-build", "-c", Configuration(), "-o", feed, "-nodeReuse:false");
        (int installCode, string installOutput) = Run("dotnet", work, "tool", "install", "Generals.Cli", "--tool-path", tools, "--configfile", config, "--version", VersionText.Firmware);
        (int versionCode, string versionOutput) = Run(Path.Combine(tools, "generals"), work, "--version");
        (int demoCode, string demoOutput) = Run(Path.Combine(tools, "generals"), work, "demo", "--mode", "sim");
        // A clone: the repository's manifest, restored from the packed folder into a package cache of its own (the user's
        // cache may hold an older package of the same version, which a restore would take instead).
        string clone = Directory.CreateDirectory(Path.Combine(_root, "clone", ".config")).Parent!.FullName;
        File.Copy(Path.Combine(RepoRoot(), ".config", "dotnet-tools.json"), Path.Combine(clone, ".config", "dotnet-tools.json"));
        (int restoreCode, string restoreOutput) = Run("dotnet", clone, "tool", "restore", "--configfile", config);
        (int toolRunCode, string toolRunOutput) = Run("dotnet", clone, "tool", "run", "generals", "--", "--version");

        Assert.True(packCode == 0, packOutput);
        Assert.True(File.Exists(Path.Combine(feed, $"Generals.Cli.{VersionText.Firmware}.nupkg")), packOutput);
        Assert.True(installCode == 0, installOutput);
        Assert.True(versionCode == 0, versionOutput);
        Assert.StartsWith($"generals {VersionText.Firmware}", versionOutput, StringComparison.Ordinal);
        Assert.Contains($"firmware {VersionText.Firmware}", versionOutput, StringComparison.Ordinal);
        Assert.True(demoCode == 0, demoOutput);
        Assert.Contains($"all {Generals.Harness.Runs.Demo.Scenarios.Count} scenarios behaved as the theory says", demoOutput, StringComparison.Ordinal);
        Assert.True(restoreCode == 0, restoreOutput);
        Assert.True(toolRunCode == 0, toolRunOutput);
        Assert.StartsWith($"generals {VersionText.Firmware}", toolRunOutput, StringComparison.Ordinal);
    }

    [Fact]
    public void ToolManifest_PinsTheRepositorysVersionOfGeneralsCli()
    {
        using JsonDocument manifest = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepoRoot(), ".config", "dotnet-tools.json")));

        JsonElement tool = manifest.RootElement.GetProperty("tools").GetProperty("generals.cli");

        Assert.Equal(VersionText.Firmware, tool.GetProperty("version").GetString());
        Assert.Equal("generals", Assert.Single(tool.GetProperty("commands").EnumerateArray()).GetString());
    }

    private static string Configuration() =>
        typeof(ToolPackageTests).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Debug";

    private static string RepoRoot()
    {
        DirectoryInfo? dir = new(AppContext.BaseDirectory);
        while (dir != null && !File.Exists(Path.Combine(dir.FullName, "Devices.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("Devices.sln not found above " + AppContext.BaseDirectory);
    }

    private (int Code, string Output) Run(string program, string folder, params string[] args)
    {
        var info = new ProcessStartInfo(program) { WorkingDirectory = folder, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (string arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        // A tool installed by path runs on the SDK's runtime; no first-run banner or telemetry in the output.
        info.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        info.Environment["DOTNET_NOLOGO"] = "1";
        if (args.Length > 0 && args[0] == "tool")
        {
            // Tools come from a package cache of this test's own, never from an older package of the same version cached before;
            // and the SDK's record of restored tools (toolResolverCache under the CLI home) is this test's own too: the user's
            // may name the same version in a package cache an earlier run deleted, and a restore trusts it without looking.
            info.Environment["NUGET_PACKAGES"] = Path.Combine(_root, "packages");
            info.Environment["DOTNET_CLI_HOME"] = Path.Combine(_root, "home");
        }

        using Process process = Process.Start(info) ?? throw new InvalidOperationException("cannot start " + program);
        Task<string> output = process.StandardOutput.ReadToEndAsync();
        Task<string> error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(StepLimit))
        {
            process.Kill(entireProcessTree: true);
            return (-1, $"{program} {string.Join(' ', args)}: did not finish in {StepLimit}");
        }

        return (process.ExitCode, output.Result + error.Result);
    }
}
