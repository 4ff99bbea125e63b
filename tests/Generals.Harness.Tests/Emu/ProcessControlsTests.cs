using System.Diagnostics;
using Generals.Harness.Worlds.Emu;

namespace Generals.Harness.Tests.Emu;

/// <summary>The OS seam: each OS gets its own way to pause a process, chosen from facts the test gives, and the Unix one really pauses here.</summary>
public sealed class ProcessControlsTests
{
    private static readonly TimeSpan StateWaitMax = TimeSpan.FromSeconds(10);

    [Fact]
    public void For_Linux_SignalsByLinuxNumbers()
    {
        IProcessControl control = ProcessControls.For(OsFamily.Linux, "Linux");

        var posix = Assert.IsType<PosixProcessControl>(control);
        Assert.Equal(new SignalNumbers(19, 18, 15), posix.Numbers);
        Assert.Null(control.PauseUnsupported);
    }

    [Fact]
    public void For_MacOsAndBsd_SignalsByBsdNumbers()
    {
        IProcessControl control = ProcessControls.For(OsFamily.Bsd, "Darwin 24.1.0");

        var posix = Assert.IsType<PosixProcessControl>(control);
        Assert.Equal(new SignalNumbers(17, 19, 15), posix.Numbers);
        Assert.Equal("signals (SIGSTOP 17, SIGCONT 19, SIGTERM 15)", control.Name);
    }

    [Fact]
    public void For_Windows_NtdllSuspendAndNoPoliteStop()
    {
        IProcessControl control = ProcessControls.For(OsFamily.Windows, "Microsoft Windows 10.0.22631");

        Assert.IsType<WindowsProcessControl>(control);
        Assert.Null(control.PauseUnsupported);
    }

    [Fact]
    public void For_UnknownOs_KillsOnlyAndSaysWhyItCannotPause()
    {
        IProcessControl control = ProcessControls.For(OsFamily.Other, "Illumos 11");

        Assert.IsType<KillOnlyProcessControl>(control);
        Assert.Equal("this OS (Illumos 11) has no way known to the kit to pause a process (Linux, macOS, the BSDs and Windows have)", control.PauseUnsupported);
    }

    [Theory]
    [InlineData(OsFamily.Linux, 19, 18)]
    [InlineData(OsFamily.Bsd, 17, 19)]
    public void SignalNumbersFor_UnixFamilies_TheirStopAndContinue(OsFamily family, int stop, int resume)
    {
        SignalNumbers? numbers = SignalNumbers.For(family);

        Assert.NotNull(numbers);
        Assert.Equal((stop, resume, 15), (numbers.Stop, numbers.Continue, numbers.Terminate));
    }

    [Theory]
    [InlineData(OsFamily.Windows)]
    [InlineData(OsFamily.Other)]
    public void SignalNumbersFor_NoKnownSignals_Null(OsFamily family) => Assert.Null(SignalNumbers.For(family));

    [Fact]
    public void CurrentFamily_ThisMachine_Linux() => Assert.Equal(OsFamily.Linux, ProcessControls.CurrentFamily());

    [Fact]
    public void PauseAndResume_LinuxControlOnARealProcess_StoppedThenRunningAgain()
    {
        IProcessControl control = ProcessControls.For(OsFamily.Linux, "Linux");
        using var sleeper = Process.Start("sleep", "60");
        try
        {
            Assert.True(control.Pause(sleeper));
            Assert.True(WaitForState(sleeper.Id, stopped: true));

            Assert.True(control.Resume(sleeper));
            Assert.True(WaitForState(sleeper.Id, stopped: false));
        }
        finally
        {
            control.Kill(sleeper);
            sleeper.WaitForExit();
        }
    }

    [Fact]
    public void Terminate_LinuxControl_ProcessEndsBySigterm()
    {
        IProcessControl control = ProcessControls.For(OsFamily.Linux, "Linux");
        using var sleeper = Process.Start("sleep", "60");

        Assert.True(control.Terminate(sleeper));

        Assert.True(sleeper.WaitForExit(StateWaitMax));
        Assert.Equal(128 + 15, sleeper.ExitCode);
    }

    // The process's state letter in /proc (T: stopped by a signal); polled, since the kernel applies a signal asynchronously.
    private static bool WaitForState(int pid, bool stopped)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < StateWaitMax)
        {
            string stat = File.ReadAllText($"/proc/{pid}/stat");
            char state = stat[stat.LastIndexOf(')') + 2];
            if ((state == 'T') == stopped)
            {
                return true;
            }

            Thread.Sleep(10);
        }

        return false;
    }
}
