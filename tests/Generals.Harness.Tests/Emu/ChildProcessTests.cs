using Generals.Harness.Worlds.Emu;

namespace Generals.Harness.Tests.Emu;

public sealed class ChildProcessTests
{
    private static readonly TimeSpan ReportMax = TimeSpan.FromSeconds(30);

    [Fact]
    public void OnUnplannedExit_KilledFromOutside_ReportsHowItEnded()
    {
        using ChildProcess child = ChildProcess.Start("sleeper", "sleep", ["60"], output: null);
        string? report = null;
        using var reported = new ManualResetEventSlim();
        child.OnUnplannedExit(what =>
        {
            report = what;
            reported.Set();
        });

        using (var outside = System.Diagnostics.Process.GetProcessById(child.Id))
        {
            outside.Kill();
        }

        Assert.True(reported.Wait(ReportMax));
        Assert.Equal("sleeper exited with code 137 (killed by signal 9, SIGKILL), not stopped by the harness", report);
    }

    [Fact]
    public void OnUnplannedExit_SubscribedAfterTheExit_ReportsAtOnce()
    {
        using ChildProcess child = ChildProcess.Start("quitter", "sh", ["-c", "exit 3"], output: null);
        using var exited = new ManualResetEventSlim();
        child.OnUnplannedExit(_ => exited.Set());
        Assert.True(exited.Wait(ReportMax));
        string? report = null;

        child.OnUnplannedExit(what => report = what);

        Assert.Equal("quitter exited with code 3, not stopped by the harness", report);
    }

    [Fact]
    public void Start_MissingProgram_ProcessStartExceptionNamingIt()
    {
        var e = Assert.Throws<ProcessStartException>(() => ChildProcess.Start("ghost", "/nonexistent/ghost", [], output: null));

        Assert.Contains("cannot start ghost (/nonexistent/ghost)", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Start_OutputLines_BannerWithPidThenTheLines()
    {
        var lines = new List<string>();
        using var done = new ManualResetEventSlim();
        using ChildProcess child = ChildProcess.Start("echoer", "sh", ["-c", "echo one; echo two >&2"], line =>
        {
            lock (lines)
            {
                lines.Add(line);
                if (lines.Count == 3)
                {
                    done.Set();
                }
            }
        });

        Assert.True(done.Wait(ReportMax));
        Assert.Equal($"--- echoer: pid {child.Id}: sh -c echo one; echo two >&2", lines[0]);
        Assert.Equal(["one", "two"], lines.Skip(1).Order(StringComparer.Ordinal));
    }
}
