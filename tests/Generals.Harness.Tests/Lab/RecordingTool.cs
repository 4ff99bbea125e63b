namespace Generals.Harness.Tests.Lab;

/// <summary>A folder of stand-in tools (bash scripts) that append their command line to a record file and exit as told.</summary>
internal sealed class RecordingTool : IDisposable
{
    public RecordingTool()
    {
        Folder = Directory.CreateTempSubdirectory("generals-tools-").FullName;
    }

    public string Folder { get; }

    public string RecordFile => Path.Combine(Folder, "calls.log");

    /// <summary>Writes a tool named <paramref name="name"/> that records `name args` and runs <paramref name="then"/> (bash).</summary>
    public void Add(string name, string then = "echo done; exit 0")
    {
        string path = Path.Combine(Folder, name);
        File.WriteAllText(path, $"#!/bin/bash\necho \"{name} $*\" >> '{RecordFile}'\n{then}\n");
        if (OperatingSystem.IsWindows())
        {
            throw new PlatformNotSupportedException("the stand-ins are bash scripts");
        }

        File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
    }

    public string[] Calls() => File.Exists(RecordFile) ? File.ReadAllLines(RecordFile) : [];

    public void Dispose() => Directory.Delete(Folder, recursive: true);
}
