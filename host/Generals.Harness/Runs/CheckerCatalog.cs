using Generals.Core.Detection;
using Generals.Harness.Checkers;
using Generals.Harness.Checkers.Agreement;
using Generals.Harness.Checkers.Detection;
using Generals.Harness.Checkers.Links;
using Generals.Harness.Checkers.Slo;
using Generals.Harness.Scenarios;

namespace Generals.Harness.Runs;

/// <summary>The checkers a scenario can name in its `checks` list, built with the scenario's parameters
/// (`check_settings`).</summary>
public static class CheckerCatalog
{
    private static readonly Dictionary<string, Func<Scenario, IChecker>> Factories = new(StringComparer.Ordinal)
    {
        ["reliable-delivery"] = s => new ReliableDeliveryChecker(s.Link.Durable, StreamPlan.Of(s)),
        ["authentication"] = _ => new AuthenticationChecker(),
        ["rogue-ignored"] = _ => new RogueIgnoredChecker(),
        ["no-reuse"] = _ => new NoReuseChecker(),
        ["strong-accuracy"] = _ => new StrongAccuracyChecker(),
        ["strong-completeness"] = s => new StrongCompletenessChecker(Setting(s, "strong-completeness", "margin_ms", 2000)),
        ["eventual-strong-accuracy"] = s => new EventualStrongAccuracyChecker(Setting(s, "eventual-strong-accuracy", "settle_margin_ms", 5000)),
        ["detector-crash-recovery"] = s => new CrashRecoveryChecker(
            Setting(s, "detector-crash-recovery", "margin_ms", 2000),
            OptionalSetting(s, "detector-crash-recovery", "suspicion_required_after_ms")),
        ["detector-qos"] = s => new PredictedQosChecker(
            new DetectorQosChecker(detectionTimeMaxMs: OptionalSetting(s, "detector-qos", "detection_time_max_ms")),
            FixedTimeoutPredictions.For(s)),
        ["ic1"] = s => new Ic1Checker(AgreementScenario.Instances(s), SettleFacts.Of(s)),
        ["ic2"] = s => new Ic2Checker(AgreementScenario.Instances(s), SettleFacts.Of(s)),
        ["termination"] = s => new TerminationChecker(AgreementScenario.Instances(s), TerminationSlackMs(s), SettleFacts.Of(s)),
        ["om-message-count"] = s => new OralMessageCountChecker(AgreementScenario.Instances(s)),
        ["decision-stable"] = _ => new StableDecisionChecker(),
        ["forgeries-rejected"] = s => new ForgeryRejectionChecker(AgreementScenario.ForgerRoles(s)),
        ["two-generals-outcome"] = s => new TwoGeneralsRunsChecker(AgreementScenario.TwoGeneralsInstances(s)),
        ["slo-availability"] = s => new AvailabilityChecker(AgreementScenario.Instances(s),
            DoubleSetting(s, "slo-availability", "target") ?? 0.99, Setting(s, "slo-availability", "within_ms", 1000)),
        ["slo-decision-latency"] = s => new DecisionLatencyChecker(AgreementScenario.Instances(s),
            Setting(s, "slo-decision-latency", "p50_ms", 500), Setting(s, "slo-decision-latency", "p99_ms", 1000)),
    };

    /// <summary>Every checker name, sorted.</summary>
    public static IReadOnlyList<string> Names => Factories.Keys.Order(StringComparer.Ordinal).ToList();

    /// <summary>The checkers for a scenario; an unknown name is a scenario error.</summary>
    public static IReadOnlyList<IChecker> For(Scenario scenario) =>
        scenario.Checks.Concat(scenario.Informative).Distinct(StringComparer.Ordinal).Select(name => Factories.TryGetValue(name, out Func<Scenario, IChecker>? make)
            ? make(scenario)
            : throw new ScenarioException($"{scenario.Name}: unknown check '{name}' (known: {string.Join(", ", Names)})")).ToList();

    /// <summary>How long after an instance's last round the termination check waits for a decision (`termination: slack_ms`, default 50).</summary>
    public static long TerminationSlackMs(Scenario s) => Setting(s, "termination", "slack_ms", 50);

    private static long Setting(Scenario s, string check, string key, long fallback) => OptionalSetting(s, check, key) ?? fallback;

    private static long? OptionalSetting(Scenario s, string check, string key) => DoubleSetting(s, check, key) is double value ? (long)value : null;

    private static double? DoubleSetting(Scenario s, string check, string key) =>
        s.CheckSettings.TryGetValue(check, out Dictionary<string, double>? settings) && settings.TryGetValue(key, out double value)
            ? value
            : null;
}
