using Generals.Harness.Scenarios;

namespace Generals.Harness.Tests.Agreement;

/// <summary>Agreement scenarios the explorer tests search that are no built-ins.</summary>
internal static class ExploreScenarios
{
    /// <summary>SM(1) with four generals, commander 1 orders ATTACK: valid against one traitor, not against two.</summary>
    public static Scenario SmN4M1() => ScenarioLoader.Parse("""
        name: sm-n4-m1
        description: SM(1) with four generals; general 1 commands ATTACK.
        expected: valid
        duration_ms: 600
        settle_ms: 300
        generals: 4
        network:
          delay: { distribution: uniform, min_ms: 1, max_ms: 20 }
        workload:
          - { at_ms: 0, node: 0, command: start-instance, args: [3, 1, 1, 1, 1, 100, 10] }
        checks: [ic1, ic2, termination]
        """, "sm-n4-m1.yaml");

    /// <summary>OM(m) among n generals, commander 1 ordering <paramref name="order"/> (a lieutenant of OM(3) with 10 generals sends 400 messages).</summary>
    public static Scenario Oral(int n, int m, int order, string expected) => ScenarioLoader.Parse($$"""
        name: om-n{{n}}-m{{m}}-order{{order}}
        description: OM({{m}}) with {{n}} generals.
        expected: {{expected}}
        duration_ms: {{(m + 1) * 100 + 400}}
        settle_ms: 300
        generals: {{n}}
        network:
          delay: { distribution: uniform, min_ms: 1, max_ms: 20 }
        workload:
          - { at_ms: 0, node: 0, command: start-instance, args: [2, 1, 1, {{order}}, {{m}}, 100, 10] }
        checks: [ic1, ic2, termination]
        """, $"om-n{n}-m{m}.yaml");
}
