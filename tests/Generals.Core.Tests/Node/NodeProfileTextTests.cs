using System.Reflection;
using Generals.Core.Node;

namespace Generals.Core.Tests.Node;

public sealed class NodeProfileTextTests
{
    /// <summary>Per field of <see cref="NodeProfile"/>, a profile where that field (and only what it needs) differs from the default.</summary>
    private static readonly Dictionary<string, Func<NodeProfile>> s_changed = new()
    {
        [nameof(NodeProfile.Reliable)] = () => new NodeProfile { Reliable = true },
        [nameof(NodeProfile.Authenticated)] = () => new NodeProfile { Authenticated = false },
        [nameof(NodeProfile.DurableSend)] = () => new NodeProfile { Reliable = true, DurableSend = true },
        [nameof(NodeProfile.RetransmitInitialMs)] = () => new NodeProfile { RetransmitInitialMs = 37 },
        [nameof(NodeProfile.RetransmitMaxMs)] = () => new NodeProfile { RetransmitMaxMs = 4321 },
        [nameof(NodeProfile.Seed)] = () => new NodeProfile { Seed = ulong.MaxValue - 5 },
    };

    public static TheoryData<string> Fields => [.. Settable().Select(p => p.Name)];

    [Theory]
    [MemberData(nameof(Fields))]
    public void Parse_TextOfAProfileWithOneFieldChanged_GivesTheSameProfile(string field)
    {
        // A field added to NodeProfile comes here as a new row: it fails until the test knows how to change it and the
        // text carries it (`generals node` would otherwise never see it).
        Assert.True(s_changed.ContainsKey(field), $"NodeProfile.{field} has no row in this test: add one, and a key in NodeProfile.Entries");
        NodeProfile changed = s_changed[field]();
        PropertyInfo property = typeof(NodeProfile).GetProperty(field)!;

        NodeProfile? parsed = NodeProfileText.Parse(changed.ToText(), out string? error);

        Assert.Null(error);
        Assert.NotEqual(property.GetValue(new NodeProfile()), property.GetValue(changed));
        Assert.Equal(Values(changed), Values(parsed!));
    }

    [Fact]
    public void Parse_Nothing_GivesWhatGeneralsNodeAndABoardRanBefore()
    {
        NodeProfile? parsed = NodeProfileText.Parse("", out string? error);

        Assert.Null(error);
        Assert.Equal(("authenticated", 100, 2000, 1UL), (parsed!.Link, parsed.RetransmitInitialMs, parsed.RetransmitMaxMs, parsed.Seed));
    }

    [Fact]
    public void Parse_CommentsCaseAndSpaces_Read()
    {
        NodeProfile? parsed = NodeProfileText.Parse("# from a run\r\n LINK = reliable , durable\n; note\nRetransmit_Initial_Ms=50\r\n", out string? error);

        Assert.Null(error);
        Assert.Equal(("reliable,durable", 50), (parsed!.Link, parsed.RetransmitInitialMs));
    }

    [Theory]
    [InlineData("link=raw", "raw")]
    [InlineData("link=authenticated,reliable", "reliable,authenticated")]
    [InlineData("link=reliable,durable,authenticated", "reliable,durable,authenticated")]
    public void Parse_LinkStacks_ReadAsLayers(string text, string expected)
    {
        NodeProfile? parsed = NodeProfileText.Parse(text, out _);

        Assert.Equal(expected, parsed!.Link);
    }

    [Theory]
    [InlineData("color=blue", "unknown setting 'color'")]
    [InlineData("seed=1\nSEED=2", "'seed' given twice")]
    [InlineData("link", "expected key=value")]
    [InlineData("link=fast", "link 'fast': use raw")]
    [InlineData("link=raw,reliable", "link 'raw,reliable': use raw")]
    [InlineData("link=durable", "durable is a mode of the reliable link")]
    [InlineData("retransmit_initial_ms=0", "retransmit_initial_ms '0' must be")]
    [InlineData("retransmit_max_ms=x", "retransmit_max_ms 'x' must be")]
    [InlineData("retransmit_initial_ms=300\nretransmit_max_ms=200", "retransmit_max_ms 200 is below retransmit_initial_ms 300")]
    [InlineData("seed=18446744073709551616", "seed '18446744073709551616' must be")]
    [InlineData("seed=-1", "seed '-1' must be")]
    [InlineData("seed=", "seed '' must be")]
    public void Parse_BadSetting_RefusedWithTheProblem(string text, string problem)
    {
        NodeProfile? parsed = NodeProfileText.Parse(text, out string? error);

        Assert.Null(parsed);
        Assert.Contains(problem, error, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_TextAboveTheLimit_Refused()
    {
        NodeProfile? parsed = NodeProfileText.Parse(new string('#', NodeProfileText.TextCharsMax + 1), out string? error);

        Assert.Null(parsed);
        Assert.Contains("at most 4096", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_LargestSeed_Read()
    {
        NodeProfile? parsed = NodeProfileText.Parse("seed=18446744073709551615", out _);

        Assert.Equal(ulong.MaxValue, parsed!.Seed);
    }

    internal static IEnumerable<PropertyInfo> Settable() =>
        typeof(NodeProfile).GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.CanWrite);

    private static string Values(NodeProfile profile) => string.Join(", ", Settable().Select(p => $"{p.Name}={p.GetValue(profile)}"));
}
