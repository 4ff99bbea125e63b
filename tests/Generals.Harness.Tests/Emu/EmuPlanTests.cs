using Generals.Core.Config;
using Generals.Harness.Scenarios;
using Generals.Harness.Worlds.Emu;

namespace Generals.Harness.Tests.Emu;

/// <summary>A pause the OS cannot carry out is refused before the run starts, with the reason; never skipped.</summary>
public sealed class EmuPlanTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("generals-emuplan-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public void Refusal_PauseOnAnOsThatCannotPause_NamesTheFaultTheGeneralAndWhy()
    {
        string? refusal = EmuPlan.Refusal(ScenarioLoader.Load("fd-pause"), new KillOnlyProcessControl("Illumos 11"));

        Assert.Equal("fault 'pause' at 5000 ms on general 3: this OS (Illumos 11) has no way known to the kit to pause a process "
            + "(Linux, macOS, the BSDs and Windows have); run it with --mode sim", refusal);
    }

    [Theory]
    [InlineData(OsFamily.Linux)]
    [InlineData(OsFamily.Bsd)]
    [InlineData(OsFamily.Windows)]
    public void Refusal_PauseWhereTheOsCanPause_None(OsFamily family) =>
        Assert.Null(EmuPlan.Refusal(ScenarioLoader.Load("fd-pause"), ProcessControls.For(family, family.ToString())));

    [Fact]
    public void Refusal_NoPauseOnAnOsThatCannotPause_None() =>
        Assert.Null(EmuPlan.Refusal(ScenarioLoader.Load("fd-crash-recovery"), new KillOnlyProcessControl("Illumos 11")));

    [Fact]
    public async Task RunScaledAsync_PauseOnAnOsThatCannotPause_RefusedBeforeAnyProcessStarts()
    {
        Scenario scenario = ScenarioLoader.Load("fd-pause");
        using ProvisionedEmuKit kit = ProvisionedEmuKit.Create(scenario, 1, _root);
        // A launcher that cannot start anything: had the run gone on, it would fail with a ProcessStartException instead.
        var options = new EmuOptions
        {
            Launcher = new GeneralsLauncher(Path.Combine(_root, "no-such-generals"), []),
            RunFolder = _root,
            ProcessControl = new KillOnlyProcessControl("Illumos 11"),
        };

        var e = await Assert.ThrowsAsync<ScenarioException>(() => EmuRunner.RunScaledAsync(scenario, 1, kit, options));

        Assert.StartsWith("the emu world cannot run fd-pause: fault 'pause' at 5000 ms on general 3: this OS (Illumos 11)", e.Message, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(_root, "nodes")));
    }

    [Fact]
    public void Refusal_SimulationOnlyPlan_SaysSoOnEveryOs() =>
        Assert.Equal("it is a simulation-only plan (emulated: false: a sweep of many runs that only virtual time makes quick); run it with --mode sim",
            EmuPlan.Refusal(ScenarioLoader.Load("two-generals"), ProcessControls.For(OsFamily.Linux, "Linux")));

    [Fact]
    public void EmuRunner_SimulationOnlyPlan_RefusedBeforeItsChecksAreMade()
    {
        Scenario scenario = ScenarioLoader.Load("two-generals");
        using ProvisionedEmuKit kit = ProvisionedEmuKit.Create(scenario, 1, _root);
        var options = new EmuOptions { Launcher = new GeneralsLauncher(Path.Combine(_root, "no-such-generals"), []), RunFolder = _root };

        var e = Assert.Throws<ScenarioException>(() => new EmuRunner(scenario, 1, kit, options));

        Assert.StartsWith("the emu world cannot run two-generals: it is a simulation-only plan", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Refusal_MoreGeneralsThanAKitHolds_SaysSoAndPointsToTheSimulator()
    {
        Scenario scenario = ScenarioLoader.Load("fd-crash-recovery");
        scenario.Generals = 300;

        Assert.Equal($"generals: 300: an emulated kit's nf.config holds at most {NfConfigParser.BoardsMax} boards, one per general; "
            + "run it with --mode sim (up to 10000 generals)", EmuPlan.Refusal(scenario, ProcessControls.For(OsFamily.Linux, "Linux")));
    }

    [Fact]
    public void Refusal_AsManyGeneralsAsAKitHolds_None()
    {
        Scenario scenario = ScenarioLoader.Load("fd-crash-recovery");
        scenario.Generals = NfConfigParser.BoardsMax;

        Assert.Null(EmuPlan.Refusal(scenario, ProcessControls.For(OsFamily.Linux, "Linux")));
    }

    [Fact]
    public void EmuRunner_MoreGeneralsThanAKitHolds_RefusedBeforeAnyProcessStarts()
    {
        Scenario small = ScenarioLoader.Load("fd-crash-recovery");
        using ProvisionedEmuKit kit = ProvisionedEmuKit.Create(small, 1, _root);
        Scenario scenario = ScenarioLoader.Load("fd-crash-recovery");
        scenario.Generals = 300;
        var options = new EmuOptions { Launcher = new GeneralsLauncher(Path.Combine(_root, "no-such-generals"), []), RunFolder = _root };

        var e = Assert.Throws<ScenarioException>(() => new EmuRunner(scenario, 1, kit, options));

        Assert.StartsWith("the emu world cannot run fd-crash-recovery: generals: 300: an emulated kit's nf.config holds at most", e.Message, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(_root, "nodes")));
    }
}
