using Generals.Harness.Scenarios;

namespace Generals.Harness.Tests.Scenarios;

public class ScenarioLoaderTests
{
    [Fact]
    public void BuiltInNames_IncludeTheLinkScenarios()
    {
        Assert.Superset(
            new HashSet<string> { "fair-loss-link", "reliable-link", "arbitrary-link", "arbitrary-link-unauthenticated", "crash-recovery-link" },
            ScenarioLoader.BuiltInNames().ToHashSet());
    }

    [Fact]
    public void Parse_BrokenYaml_NamesTheLine()
    {
        var e = Assert.Throws<ScenarioException>(() => ScenarioLoader.Parse("name: x\ngenerals: [\n", "bad.yaml"));

        Assert.StartsWith("bad.yaml: line ", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("name: x\ngenerals: 0", "generals")]
    [InlineData("name: x\nnetwork: { loss: 1.5 }", "loss")]
    [InlineData("name: x\nexpected: maybe", "expected")]
    [InlineData("name: x\nfaults: [ { node: 9, kind: crash-stop } ]", "node 9")]
    [InlineData("name: x\nworkload: [ { command: dance } ]", "dance")]
    [InlineData("name: X Y", "name")]
    [InlineData("name: x\nunknown_field: 1", "unknown_field")]
    public void Parse_InvalidValue_ExplainsWhich(string yaml, string mentioned)
    {
        var e = Assert.Throws<ScenarioException>(() => ScenarioLoader.Parse(yaml, "s.yaml"));

        Assert.Contains(mentioned, e.Message, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void ToYaml_RoundTrips()
    {
        Scenario original = ScenarioLoader.Load("arbitrary-link");

        Scenario again = ScenarioLoader.Parse(ScenarioLoader.ToYaml(original), "round-trip");

        Assert.Equal(ScenarioLoader.ToYaml(original), ScenarioLoader.ToYaml(again));
    }
}
