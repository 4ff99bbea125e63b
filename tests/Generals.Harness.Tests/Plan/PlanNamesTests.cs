using System.Reflection;
using Generals.Core.Crypto;
using Generals.Core.Node;
using Generals.Harness.Checkers;
using Generals.Harness.Plan;
using Generals.Harness.Scenarios;

namespace Generals.Harness.Tests.Plan;

/// <summary>The one spelling table: every value of every plan enum has its YAML spelling, and reads back as itself.</summary>
public class PlanNamesTests
{
    [Theory]
    [InlineData(typeof(FaultKind), "crash-stop, crash-recovery, pause, power-cut-at-write, broker-restart, rogue, rogue-telemetry")]
    [InlineData(typeof(TimingModel), "synchronous, partially-synchronous, asynchronous")]
    [InlineData(typeof(DelayDistributionKind), "constant, uniform, exponential, normal, pareto")]
    [InlineData(typeof(SignatureChoice), "ideal, ed25519, lms")]
    [InlineData(typeof(Verdict), "valid, unknown, invalid")]
    [InlineData(typeof(ControlType), "send-stream, start-instance, set-traitor, start-detector, report-counters")]
    public void Of_EveryValue_HasTheSpellingTheYamlDocsAndHistoriesUse(Type type, string spellings)
    {
        string[] spelled = [.. Enum.GetValues(type).Cast<object>().Select(v => PlanNames.Of(type, v))];

        Assert.Equal(spellings, string.Join(", ", spelled));
    }

    [Fact]
    public void TryParse_SpellingOfEveryValueOfEveryPlanEnum_ReadsBackAsThatValue()
    {
        foreach (Type type in PlanNames.Types)
        {
            foreach (object value in Enum.GetValues(type))
            {
                string spelling = PlanNames.Of(type, value);

                Assert.True(PlanNames.TryParse(type, spelling, out object? read), $"{type.Name}.{value} spelled '{spelling}' does not read back");
                Assert.Equal(value, read);
            }
        }
    }

    [Fact]
    public void Types_EveryEnumFieldOfAScenario_IsSpelledThroughTheTable()
    {
        var enums = new HashSet<Type>();
        Collect(typeof(Scenario), enums, []);

        Assert.NotEmpty(enums);
        Assert.All(enums, type => Assert.True(PlanNames.Has(type), $"{type.Name} is a scenario field with no YAML spellings in PlanNames"));
    }

    [Theory]
    [InlineData("3", ControlType.SetTraitor)]
    [InlineData("set-traitor", ControlType.SetTraitor)]
    public void TryParse_CommandByNameOrWireNumber_TheCommand(string spelling, ControlType expected)
    {
        Assert.True(PlanNames.TryParse(spelling, out ControlType command));
        Assert.Equal(expected, command);
    }

    [Theory]
    [InlineData("1")]
    [InlineData("CrashStop")]
    [InlineData("Crash-Stop")]
    [InlineData(" crash-stop")]
    [InlineData("")]
    [InlineData(null)]
    public void TryParse_CSharpNamesNumbersOrOtherCase_NotAFault(string? spelling)
    {
        Assert.False(PlanNames.TryParse(spelling, out FaultKind _));
    }

    [Theory]
    [InlineData("0")]
    [InlineData("6")]
    [InlineData("SetTraitor")]
    public void TryParse_NumberOutsideTheCommandsOrCSharpName_NotACommand(string spelling)
    {
        Assert.False(PlanNames.TryParse(spelling, out ControlType _));
    }

    [Fact]
    public void SignFailure_HistoryDetail_SpellsTheCommandAsTheYamlDoes()
    {
        string detail = ControlCommands.SignFailure(new WorkloadSpec { Command = ControlType.SetTraitor }, 2, SignError.KeyExhausted);

        Assert.Contains(": set-traitor to general 2 not sent", detail, StringComparison.Ordinal);
    }

    [Fact]
    public void ToYaml_PlanEnums_WrittenWithTheirSpellingsAndReadBack()
    {
        Scenario scenario = ScenarioLoader.Load("om-crash-recovery");

        string yaml = ScenarioLoader.ToYaml(scenario);

        Assert.Contains("kind: crash-recovery", yaml, StringComparison.Ordinal);
        Assert.Contains("command: start-instance", yaml, StringComparison.Ordinal);
        Assert.Contains("expected: valid", yaml, StringComparison.Ordinal);
        Assert.Contains("signature: ideal", yaml, StringComparison.Ordinal);
        Assert.Contains("model: synchronous", yaml, StringComparison.Ordinal);
        Assert.Equal(yaml, ScenarioLoader.ToYaml(ScenarioLoader.Parse(yaml, "again")));
    }

    private static void Collect(Type type, HashSet<Type> enums, HashSet<Type> seen)
    {
        if (!seen.Add(type))
        {
            return;
        }

        foreach (PropertyInfo property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            Type field = Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
            while (field.IsGenericType)
            {
                field = field.GetGenericArguments()[^1];
            }

            if (field.IsEnum)
            {
                enums.Add(field);
            }
            else if (field.Namespace == typeof(Scenario).Namespace)
            {
                Collect(field, enums, seen);
            }
        }
    }
}
