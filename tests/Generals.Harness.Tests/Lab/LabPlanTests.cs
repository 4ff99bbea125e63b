using Generals.Core.Config;
using Generals.Harness.Scenarios;
using Generals.Harness.Worlds.Lab;

namespace Generals.Harness.Tests.Lab;

/// <summary>The lab refuses, before anything starts and in one line naming the fault and the board, what boards cannot do.</summary>
public sealed class LabPlanTests
{
    private const string Kit = "[kit]\nid=k\nbroker=mqtt://127.0.0.1:1883\ntarget=ESP32_REV3\nfirmware=1.2.3\nwifi=net\n"
        + "[board 1]\npower = uhubctl:1-1:1\n[board 2]\npower = usbrelay:HURTM_2\n[board 3]\npower = none\n[board 4]\npower = manual\n";

    private static KitConfig Config(string text = Kit) => NfConfigParser.Parse(text).Config;

    [Fact]
    public void Refusal_PauseWithoutConfig_NamesTheFaultAndTheBoardInOneLine()
    {
        string? refusal = LabPlan.Refusal(ScenarioLoader.Load("fd-pause"), config: null);

        Assert.NotNull(refusal);
        Assert.StartsWith("fault 'pause' at 5000 ms on board 3: a board cannot be paused", refusal, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', refusal);
    }

    [Fact]
    public void Refusal_MoreGeneralsThanAnNfConfigHolds_SaysSoInOneLine()
    {
        Scenario scenario = ScenarioLoader.Load("fd-crash-recovery");
        scenario.Generals = NfConfigParser.BoardsMax + 1;

        string? refusal = LabPlan.Refusal(scenario, config: null);

        Assert.Equal($"generals: {NfConfigParser.BoardsMax + 1}: a lab kit's nf.config holds at most {NfConfigParser.BoardsMax} boards, one per general; "
            + "run it with --mode sim (up to 10000 generals)", refusal);
    }

    [Fact]
    public void Refusal_BrokerRedundant_SaysTheLabsBrokersAreNfConfigs()
    {
        string? refusal = LabPlan.Refusal(ScenarioLoader.Load("broker-redundant"), Config());

        Assert.NotNull(refusal);
        Assert.StartsWith("brokers: 2: a lab's brokers are those its nf.config lists", refusal, StringComparison.Ordinal);
    }

    [Fact]
    public void Refusal_ThreeHosts_SaysABoardIsItsOwnHost()
    {
        Scenario scenario = ScenarioLoader.Load("fd-crash-recovery");
        scenario.Hosts = 3;

        string? refusal = LabPlan.Refusal(scenario, Config());

        Assert.NotNull(refusal);
        Assert.StartsWith("hosts: 3: a lab's boards are its hosts", refusal, StringComparison.Ordinal);
    }

    [Fact]
    public void Refusal_CrashOfABoardWithoutSwitch_NamesTheBoard()
    {
        string? refusal = LabPlan.Refusal(ScenarioLoader.Load("fd-crash-recovery"), Config());

        Assert.Equal("fault 'crash-recovery' at 5000 ms on board 3: nf.config gives board 3 no power switch (power = none), so the harness cannot cut it", refusal);
    }

    [Theory]
    [InlineData("usbrelayd:HURTM_3")]
    [InlineData("serial-reset:/dev/ttyUSB2")]
    public void Refusal_CrashOfABoardWithEveryDriverBuilt_None(string power)
    {
        string? refusal = LabPlan.Refusal(ScenarioLoader.Load("fd-crash-recovery"), Config(Kit.Replace("power = none", "power = " + power, StringComparison.Ordinal)));

        Assert.Null(refusal);
    }

    [Fact]
    public void Refusal_CrashOfAUsbRelaydBoardWithoutTheEmbeddedBroker_SaysWhy()
    {
        string kit = Kit.Replace("power = none", "power = usbrelayd:HURTM_3", StringComparison.Ordinal);
        string? refusal = LabPlan.Refusal(ScenarioLoader.Load("fd-crash-recovery"), Config(kit.Replace("[kit]\n", "[kit]\nlistener = none\n", StringComparison.Ordinal)));

        Assert.Equal("fault 'crash-recovery' at 5000 ms on board 3: board 3's usbrelayd:HURTM_3 is reached through the kit's embedded broker, and nf.config's listener is none", refusal);
    }

    [Theory]
    [InlineData("om-n4-m1")]
    [InlineData("crash-recovery-link")]
    [InlineData("rogue-client")]
    public void Refusal_FaultsEveryBoardCanTake_None(string scenario)
    {
        Assert.Null(LabPlan.Refusal(ScenarioLoader.Load(scenario), Config()));
    }

    [Fact]
    public void Refusal_CrashOfAManualBoard_None()
    {
        Scenario scenario = ScenarioLoader.Load("fd-crash-recovery");
        scenario.Faults[0].Node = 4;

        Assert.Null(LabPlan.Refusal(scenario, Config()));
    }

    [Fact]
    public void Refusal_RestartDuringAnInstanceFasterThanABoardReboots_RefusedWithTheNeedAndTheToldFacts()
    {
        // om-crash-recovery gives general 2 290 ms to come back; a board takes 4 s, and a lab keeps real time.
        string? refusal = LabPlan.Refusal(ScenarioLoader.Load("om-crash-recovery"), Config());

        Assert.NotNull(refusal);
        Assert.StartsWith("its timing: general 2 restarts at 220 ms and instance 1 needs it at 510 ms: 290 ms for the world, and this world needs 4010 ms of it", refusal, StringComparison.Ordinal);
        Assert.Contains("(restart 4000 ms, jitter 10 ms, clock 1 ms, real time (told: ESP32 boards over Wi-Fi))", refusal, StringComparison.Ordinal);
        Assert.Single(refusal.Split('\n'));
    }

    [Fact]
    public void Refusal_RoundsTheToldJitterHonours_NoTimingRefusal()
    {
        Assert.Null(LabPlan.Refusal(ScenarioLoader.Load("om-n4-m1"), Config(), LabOptions.ToldTiming));
        Assert.NotNull(LabPlan.Refusal(ScenarioLoader.Load("om-n4-m1"), Config(), LabOptions.ToldTiming with { JitterMs = 20 }));
    }
}
