using System.Text.Json;
using Generals.Core.Node;
using Generals.Harness.History;
using Generals.Harness.Runs;
using Generals.Harness.Scenarios;
using Generals.Harness.Worlds.Sim;

namespace Generals.Harness.Tests.Schema;

/// <summary>
/// The history's one table (<see cref="HistoryTypes"/>), the writer, the published schema (docs/history.schema.json) and
/// docs/history.md agree, and every line a simulated built-in writes validates against the schema.
/// </summary>
public class HistorySchemaTests
{
    public static TheoryData<string> BuiltIns() => [.. ScenarioLoader.BuiltInNames()];

    [Fact]
    public void PublishedSchema_IsTheSchemaOfTheTable()
    {
        // GENERALS_WRITE_HISTORY_SCHEMA=1 writes the file from the table first (after a change to the table).
        if (Environment.GetEnvironmentVariable("GENERALS_WRITE_HISTORY_SCHEMA") == "1")
        {
            File.WriteAllText(HistorySchemaValidator.PublishedPath, HistorySchema.Text());
        }

        Assert.Equal(HistorySchema.Text(), File.ReadAllText(HistorySchemaValidator.PublishedPath));
    }

    [Fact]
    public void Table_ListsEveryHistoryTypeOnceWithDistinctNamesAndFields()
    {
        Assert.Equal(Enum.GetValues<HistoryType>().Order(), HistoryTypes.All.Select(t => t.Type).Order());
        Assert.Equal(HistoryTypes.All.Count, HistoryTypes.All.Select(t => t.Name).Distinct().Count());
        Assert.All(HistoryTypes.All, t => Assert.Equal(t.Fields.Count, t.Fields.Select(f => f.Name).Distinct().Count()));
        Assert.All(HistoryTypes.All, t => Assert.DoesNotContain(t.Fields, f => f.Name is "t" or "type"));
        Assert.Equal(Enum.GetValues<ControlType>().Order(), ControlFields.All.Select(c => c.Type).Order());
    }

    [Theory]
    [MemberData(nameof(BuiltIns))]
    public void RunSim_BuiltIn_EveryLineOfTheHistoryAndOfEachGeneralsLogValidates(string name)
    {
        Scenario scenario = ScenarioLoader.Load(name);
        RunOutcome run = ScenarioRunner.RunSim(scenario, scenario.Seed ?? 1);
        string folder = Directory.CreateTempSubdirectory("generals-schema-").FullName;
        try
        {
            RunFolder.Write(run, folder, linkLatest: false);

            string[] lines = File.ReadAllLines(Path.Combine(folder, "history.jsonl"));
            Assert.Equal(run.History.Count, lines.Length);
            Assert.Empty(HistorySchemaValidator.Problems(lines));
            Assert.StartsWith("""{"t":0,"type":"start","world":"sim",""", lines[0], StringComparison.Ordinal);
            string[] logs = Directory.GetFiles(Path.Combine(folder, "nodes"), "general-*.jsonl");
            Assert.NotEmpty(logs);
            Assert.All(logs, log => Assert.Empty(HistorySchemaValidator.Problems(File.ReadAllLines(log))));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void RunSim_PartitionsAndABrokerOutage_EachWrittenWhenItStartsAndWhenItEnds()
    {
        Scenario scenario = ScenarioLoader.Parse("""
            name: partition-test
            generals: 3
            duration_ms: 4000
            settle_ms: 1000
            partitions:
              - { groups: [[1, 2], [3]], from_ms: 1000, until_ms: 2000 }
              - { from: [1], to: [3], from_ms: 2500 }
            faults:
              - { node: 0, kind: broker-restart, at_ms: 3000, duration_ms: 300 }
            workload:
              - { at_ms: 0, node: 0, command: start-detector, args: [1, 100, 300, 0] }
            checks: [strong-accuracy]
            """, "test");

        IReadOnlyList<HistoryEvent> history = new Simulator(scenario, 7).Run().History;

        List<string> lines = [.. HistoryJson.ToText(history).Split('\n', StringSplitOptions.RemoveEmptyEntries)];
        Assert.Empty(HistorySchemaValidator.Problems(lines));
        Assert.Equal(
        [
            """{"t":1000,"type":"partition-start","partition":0,"groups":[[1,2],[3]],"one_way":false}""",
            """{"t":2000,"type":"partition-end","partition":0,"groups":[[1,2],[3]],"one_way":false}""",
            """{"t":2500,"type":"partition-start","partition":1,"groups":[[1],[3]],"one_way":true}""",
            """{"t":3000,"type":"broker-down","duration_ms":300,"detail":""}""",
            """{"t":3300,"type":"broker-up"}""",
            """{"t":4000,"type":"partition-end","partition":1,"groups":[[1],[3]],"one_way":true}""",
        ], lines.Where(l => l.Contains("\"type\":\"partition-", StringComparison.Ordinal) || l.Contains("\"type\":\"broker-", StringComparison.Ordinal)));
        Assert.Contains(history, e => e.Type == HistoryType.Drop && e.Reason == "partition" && e.From == 3 && e.TimeMs is >= 1000 and < 2000);
        Assert.DoesNotContain(history, e => e.Type == HistoryType.Deliver && e.From == 3 && e.To == 1 && e.TimeMs is > 1100 and < 2000);
    }

    [Fact]
    public void Write_ControlCharactersQuotesAndNonAsciiInText_StayValidJsonAndReadBackTheSame()
    {
        const string detail = "SIG\u0001INT\n\t\"quoted\" back\\slash \u007f \u00e9t\u00e9 \u2028 <>&'";
        var e = new HistoryEvent { TimeMs = 12, Type = HistoryType.Interrupted, Detail = detail };

        string line = HistoryJson.ToText([e]);

        Assert.EndsWith("}\n", line, StringComparison.Ordinal);
        Assert.Single(line.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        using JsonDocument document = JsonDocument.Parse(line);
        Assert.Equal(detail, document.RootElement.GetProperty("detail").GetString());
        Assert.Null(HistorySchemaValidator.Problem(line.TrimEnd('\n')));
    }

    [Theory]
    [InlineData("""{"t":5,"type":"decide","general":2,"incarnation":1,"protocol":2,"instance":7,"round":1}""")]
    [InlineData("""{"t":5,"type":"decide","general":2,"incarnation":1,"protocol":2,"instance":7,"value":0,"round":1,"extra":3}""")]
    [InlineData("""{"t":5,"type":"decide","general":2,"incarnation":1,"protocol":2,"instance":7,"value":"0","round":1}""")]
    [InlineData("""{"t":-1,"type":"decide","general":2,"incarnation":1,"protocol":2,"instance":7,"value":0,"round":1}""")]
    [InlineData("""{"t":5,"type":"decided","general":2}""")]
    [InlineData("""{"t":5,"type":"control","general":2,"command":"set-traitor","to":3,"count":1,"interval_ms":1,"first_message":1}""")]
    [InlineData("""{"t":5,"type":"send","node":1,"peer":2,"kind":4}""")]
    public void Schema_LineMissingAFieldWithAnExtraOneOrOfAnotherShape_IsInvalid(string line)
    {
        Assert.NotNull(HistorySchemaValidator.Problem(line));
    }

    [Fact]
    public void Schema_WrittenLinesOfEveryCommand_Validate()
    {
        ControlCommand[] commands =
        [
            new SendStreamCommand(2, 10, 20, 1000), new StartInstanceCommand(2, 1, 1, 0, 1, 100, 10, 0),
            new SetTraitorCommand(5, 1, -7), new StartDetectorCommand(1, 100, 300, 0), new ReportCountersCommand(),
        ];

        string text = HistoryJson.ToText(commands.Select(c => ControlCommands.HistoryOf(3, 2, c)));

        Assert.Empty(HistorySchemaValidator.Problems(text.Split('\n', StringSplitOptions.RemoveEmptyEntries)));
        Assert.Contains("""{"t":3,"type":"control","general":2,"command":"start-instance","protocol":2,"instance":1,"commander":1,"order":0,"m":1,"round_ms":100,"start_delay_ms":10,"messengers":0}""",
            text, StringComparison.Ordinal);
    }

    [Fact]
    public void HistoryMd_DescribesEveryTypeEveryFieldAndEveryCommand()
    {
        string doc = File.ReadAllText(Path.Combine(Path.GetDirectoryName(HistorySchemaValidator.PublishedPath)!, "history.md"));
        var missing = new List<string>();
        foreach (HistoryTypeInfo type in HistoryTypes.All)
        {
            string heading = $"### `{type.Name}`";
            int at = doc.IndexOf(heading + "\n", StringComparison.Ordinal);
            if (at < 0)
            {
                missing.Add(heading);
                continue;
            }

            int next = doc.IndexOf("\n### ", at + heading.Length, StringComparison.Ordinal);
            string section = doc[at..(next < 0 ? doc.Length : next)];
            IEnumerable<HistoryField> fields = type.HasCommandFields ? type.Fields.Concat(ControlFields.All.SelectMany(c => c.Fields)) : type.Fields;
            missing.AddRange(fields.Select(f => $"`{f.Name}`").Concat(type.HasCommandFields ? ControlFields.All.Select(c => $"`{c.Name}`") : [])
                .Where(name => !section.Contains(name, StringComparison.Ordinal)).Select(name => $"{heading}: {name}"));
        }

        Assert.Empty(missing);
    }
}
