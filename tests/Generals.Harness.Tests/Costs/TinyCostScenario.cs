using Generals.Harness.Scenarios;

namespace Generals.Harness.Tests.Costs;

/// <summary>
/// One SM(1) instance among three loyal generals with LMS H5 keys (made in a blink), counted by hand: the commander (1) signs
/// its order once in round 0 (10-110 ms) and sends it to 2 and 3; each lieutenant checks that one signature, then in round 1
/// (110-210 ms) signs the chain once and sends it to the other lieutenant, which checks both signatures in it. Every general
/// also checks the harness's signature on the start command at 0 ms, between rounds.
/// </summary>
internal static class TinyCostScenario
{
    public const string Yaml = """
        name: tiny-sm
        expected: valid
        duration_ms: 400
        settle_ms: 100
        generals: 3
        signature: lms
        lms: H5/W4
        network:
          delay: { distribution: uniform, min_ms: 1, max_ms: 5 }
        workload:
          - { at_ms: 0, node: 0, command: start-instance, args: [3, 1, 1, 1, 1, 100, 10] }
        checks: [ic1, ic2, termination]
        """;

    public static Scenario Load() => ScenarioLoader.Parse(Yaml, "tiny-sm.yaml");
}
