using Generals.Harness.Runs;

namespace Generals.Harness.Tests.Runs;

/// <summary>`latest` is a symbolic link where the OS allows one and a text file naming the folder where it does not; readers accept both.</summary>
public sealed class LatestLinkTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("generals-latest-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public void Write_OsMakesLinks_SymbolicLinkToTheFolder()
    {
        string folder = Run("20260101T000000.000Z");

        string latest = LatestLink.Write(folder);

        Assert.Equal("20260101T000000.000Z", new FileInfo(latest).LinkTarget);
        Assert.True(File.Exists(Path.Combine(latest, "history.jsonl")));
    }

    [Fact]
    public void Write_OsRefusesTheLink_TextFileNamingTheFolder()
    {
        string folder = Run("20260101T000000.000Z");

        string latest = LatestLink.Write(folder, RefuseLink);

        Assert.Null(new FileInfo(latest).LinkTarget);
        Assert.Equal("20260101T000000.000Z\n", File.ReadAllText(latest));
    }

    [Fact]
    public void Write_NewerRunOverAnOlderTextFileOrLink_PointsAtTheNewer()
    {
        string older = Run("20260101T000000.000Z");
        string newer = Run("20260102T000000.000Z");
        LatestLink.Write(older, RefuseLink);

        string latest = LatestLink.Write(newer);
        Assert.Equal("20260102T000000.000Z", new FileInfo(latest).LinkTarget);

        LatestLink.Write(older, RefuseLink);
        Assert.Equal("20260101T000000.000Z", LatestLink.Target(latest));
    }

    [Fact]
    public void Resolve_TextFileAsLastOrMiddleSegment_TheFolderItNames()
    {
        string folder = Run("20260101T000000.000Z");
        string latest = LatestLink.Write(folder, RefuseLink);

        Assert.Equal(folder, LatestLink.Resolve(latest));
        Assert.Equal(Path.Combine(folder, "report.html"), LatestLink.Resolve(Path.Combine(latest, "report.html")));
    }

    [Fact]
    public void Resolve_SymbolicLinkOrOrdinaryPath_Unchanged()
    {
        string latest = LatestLink.Write(Run("20260101T000000.000Z"));

        Assert.Equal(latest, LatestLink.Resolve(latest));
        Assert.Equal(Path.Combine(_root, "om", "latest-runs", "x"), LatestLink.Resolve(Path.Combine(_root, "om", "latest-runs", "x")));
    }

    [Theory]
    [InlineData("../../etc")]
    [InlineData("..")]
    [InlineData("")]
    public void Target_FileNamingNoPlainFolder_Null(string text)
    {
        string latest = Path.Combine(_root, "latest");
        File.WriteAllText(latest, text);

        Assert.Null(LatestLink.Target(latest));
        Assert.Equal(latest, LatestLink.Resolve(latest));
    }

    private static void RefuseLink(string link, string target) =>
        throw new IOException("A required privilege is not held by the client.");

    private string Run(string name)
    {
        string folder = Path.Combine(_root, "om", name);
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "history.jsonl"), "");
        return folder;
    }
}
