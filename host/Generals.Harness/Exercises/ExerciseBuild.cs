using System.Diagnostics;
using System.Xml.Linq;
using Generals.Core.Node;

namespace Generals.Harness.Exercises;

/// <summary>Builds a student project with `dotnet build` against the kit's own Generals.Core, and says where its assembly is.</summary>
public static class ExerciseBuild
{
    /// <summary>A build that takes longer is stopped: a first build of a small project takes well under a minute.</summary>
    public static readonly TimeSpan BuildTimeout = TimeSpan.FromMinutes(5);

    /// <summary>Lines of the compiler's output quoted when the build fails.</summary>
    public const int ErrorLinesMax = 20;

    /// <summary>The project file of <paramref name="projectPath"/>: a .csproj, or a folder holding one (itself or one level down).</summary>
    public static string ProjectFile(string projectPath)
    {
        string full = Path.GetFullPath(projectPath);
        if (File.Exists(full) && full.EndsWith(".csproj", StringComparison.OrdinalIgnoreCase))
        {
            return full;
        }

        if (!Directory.Exists(full))
        {
            throw new ExerciseException($"{full}: no such project folder or .csproj");
        }

        string[] here = Directory.GetFiles(full, "*.csproj");
        string[] found = here.Length > 0 ? here : [.. Directory.GetDirectories(full).SelectMany(d => Directory.GetFiles(d, "*.csproj"))];
        return found.Length == 1 ? found[0]
            : throw new ExerciseException(found.Length == 0 ? $"{full}: no .csproj in it (nor one folder down)" : $"{full}: several projects ({string.Join(", ", found.Select(Path.GetFileName))}): name one");
    }

    /// <summary>Builds <paramref name="projectFile"/> into <paramref name="outputFolder"/> and returns its assembly's path.</summary>
    public static string Build(string projectFile, string outputFolder)
    {
        Directory.CreateDirectory(outputFolder);
        string core = typeof(General).Assembly.Location;
        var start = new ProcessStartInfo(DotnetHost())
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (string argument in (string[])["build", projectFile, "-c", "Debug", "-o", outputFolder, "-p:GeneralsCoreDll=" + core,
            "--nologo", "-v", "q", "-nodeReuse:false", "--disable-build-servers"])
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["MSBUILDDISABLENODEREUSE"] = "1";
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        using Process process = Process.Start(start) ?? throw new ExerciseException("dotnet could not be started to build the project");
        Task<string> output = process.StandardOutput.ReadToEndAsync();
        Task<string> error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(BuildTimeout))
        {
            process.Kill(entireProcessTree: true);
            throw new ExerciseException($"{projectFile}: the build took longer than {BuildTimeout.TotalMinutes} minutes and was stopped");
        }

        string text = output.Result + error.Result;
        if (process.ExitCode != 0)
        {
            string[] errors = [.. text.Split('\n').Select(l => l.Trim()).Where(l => l.Contains("error", StringComparison.OrdinalIgnoreCase)).Distinct().Take(ErrorLinesMax)];
            throw new ExerciseException($"{projectFile} does not build (dotnet build exit {process.ExitCode}):\n  " + string.Join("\n  ", errors.Length > 0 ? errors : [text.Trim()]));
        }

        string assembly = Path.Combine(outputFolder, AssemblyName(projectFile) + ".dll");
        return File.Exists(assembly) ? assembly : throw new ExerciseException($"{projectFile} built, but {assembly} is not there");
    }

    private static string AssemblyName(string projectFile)
    {
        string? named = XDocument.Load(projectFile).Descendants("AssemblyName").Select(e => e.Value.Trim()).FirstOrDefault(v => v.Length > 0);
        return named ?? Path.GetFileNameWithoutExtension(projectFile);
    }

    private static string DotnetHost()
    {
        string? host = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH");
        if (!string.IsNullOrEmpty(host) && File.Exists(host))
        {
            return host;
        }

        string? process = Environment.ProcessPath;
        return process != null && Path.GetFileNameWithoutExtension(process) == "dotnet" ? process : "dotnet";
    }
}
