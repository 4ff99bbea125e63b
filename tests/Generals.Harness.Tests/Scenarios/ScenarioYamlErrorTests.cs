using Generals.Harness.Scenarios;

namespace Generals.Harness.Tests.Scenarios;

/// <summary>What a student reads when a scenario's YAML is wrong: every problem, with line, column and field, in plain words.</summary>
public sealed class ScenarioYamlErrorTests
{
    [Fact]
    public void Parse_ValueOfTheWrongType_FieldLineColumnAndPlainWordsNoTypeName()
    {
        var e = Assert.Throws<ScenarioException>(() => ScenarioLoader.Parse("name: x\nseed: abc\n", "s.yaml"));

        Assert.Equal("s.yaml: line 2, column 7: seed: 'abc' is not a whole number 0..18446744073709551615", e.Message);
    }

    [Fact]
    public void Parse_SeveralProblems_ListsEveryOneOnItsOwnLine()
    {
        const string Yaml = """
            name: x
            generals: 99999999999
            network: { loss: high, lossy: 0.5 }
            faults:
              - { node: one, kind: crash-stop }
              - { node: 2, at_ms: [1, 2] }
            checks: reliable-delivery
            """;

        var e = Assert.Throws<ScenarioException>(() => ScenarioLoader.Parse(Yaml, "s.yaml"));

        string[] lines = e.Message.Split('\n');
        Assert.Equal(6, lines.Length);
        Assert.Equal("s.yaml: line 2, column 11: generals: '99999999999' is not a whole number -2147483648..2147483647", lines[0]);
        Assert.Equal("s.yaml: line 3, column 18: network.loss: 'high' is not a number (0.25, 1e3, .inf)", lines[1]);
        Assert.StartsWith("s.yaml: line 3, column 24: network.lossy: unknown field (known here: corrupt, delay, duplicate, loss,", lines[2], StringComparison.Ordinal);
        Assert.Equal("s.yaml: line 5, column 13: faults[0].node: 'one' is not a whole number -2147483648..2147483647", lines[3]);
        Assert.Equal("s.yaml: line 6, column 23: faults[1].at_ms: needs a whole number -9223372036854775808..9223372036854775807, not a list", lines[4]);
        Assert.Equal("s.yaml: line 7, column 9: checks: needs a list ([a, b], or one '- ' line per item), not 'reliable-delivery'", lines[5]);
    }

    [Theory]
    [InlineData("name: x\nfaults:\n", "faults: needs a list")]
    [InlineData("name: x\nnetwork:\n", "network: needs a mapping of fields")]
    [InlineData("name: x\nname: y\n", "line 2, column 1: Duplicate key")]
    [InlineData("name: x\n  bad: indent\n", "line 2, column 6: ")]
    [InlineData("- a\n- b\n", "the scenario: needs a mapping of fields (key: value), not a list")]
    [InlineData("name: x\n---\nname: y\n", "line 3, column 1: one scenario per file")]
    public void Parse_MalformedShape_PlainWordsWithLineAndColumn(string yaml, string said)
    {
        var e = Assert.Throws<ScenarioException>(() => ScenarioLoader.Parse(yaml, "s.yaml"));

        Assert.Contains(said, e.Message, StringComparison.Ordinal);
        Assert.StartsWith("s.yaml: ", e.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("System.", e.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("Generals.", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_AliasBomb_RefusedWithoutWalkingEveryRepeat()
    {
        // 400 aliases of one workload entry with 400 arguments: a 4 KB file that reads as 160,000 values.
        string args = string.Join(", ", Enumerable.Range(1, 400));
        string yaml = $"name: x\nworkload:\n  - &w {{ at_ms: 0, node: 1, command: start-instance, args: [{args}] }}\n"
            + string.Concat(Enumerable.Repeat("  - *w\n", 399));

        var e = Assert.Throws<ScenarioException>(() => ScenarioLoader.Parse(yaml, "s.yaml"));

        Assert.Contains("more than 100000 values", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_EveryBuiltIn_StillReads()
    {
        foreach (string name in ScenarioLoader.BuiltInNames())
        {
            Assert.Equal(name, ScenarioLoader.Load(name).Name);
        }
    }

    [Fact]
    public void Scrub_LibraryMessageWithTypeNames_PlainWords()
    {
        string scrubbed = PlainTypeNames.Scrub(
            "Cannot parse 'abc' as System.Nullable`1[System.UInt64]; Invalid cast from 'System.String' to 'System.Collections.Generic.List`1[[Generals.Harness.Scenarios.FaultSpec, Generals.Harness, Version=0.1.0.0, Culture=neutral, PublicKeyToken=null]]'.");

        Assert.Equal("Cannot parse 'abc' as a whole number 0..18446744073709551615; Invalid cast from 'text' to 'a list'.", scrubbed);
    }
}
