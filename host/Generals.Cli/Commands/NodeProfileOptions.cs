using System.CommandLine;
using System.Globalization;
using Generals.Core.Node;

namespace Generals.Cli.Commands;

/// <summary>
/// The options of `generals node` that make the general's <see cref="NodeProfile"/>: `--set key=value` for any setting
/// (what an emulated run passes, every entry of its profile), and `--link`, `--seed` as short forms of two of them. All are
/// read by <see cref="NodeProfileText"/>, the one reader of settings as text, so a setting added to the profile needs no new option.
/// </summary>
internal sealed class NodeProfileOptions
{
    public Option<string?> Link { get; } = new("--link")
    {
        Description = "The link stack: raw, or a comma list of reliable, durable (reliable with durable send) and authenticated (default authenticated). Short for --set link=...",
    };

    public Option<ulong?> Seed { get; } = new("--seed") { Description = "Seed of the general's PRNG (default 1). Short for --set seed=..." };

    public Option<string[]> Set { get; } = new("--set")
    {
        Description = $"A setting key=value, repeated for more: {NodeProfileText.Keys} (docs/nodes.md#settings).",
        AllowMultipleArgumentsPerToken = false,
    };

    public Option[] All => [Link, Seed, Set];

    /// <summary>The profile the options give, or null with the problem added to <paramref name="errors"/>.</summary>
    public NodeProfile? Read(ParseResult parse, List<string> errors)
    {
        ArgumentNullException.ThrowIfNull(parse);
        ArgumentNullException.ThrowIfNull(errors);
        var entries = new List<string>();
        if (parse.GetValue(Link) is { } link)
        {
            entries.Add(NodeProfile.LinkKey + "=" + link);
        }

        if (parse.GetValue(Seed) is { } seed)
        {
            entries.Add(NodeProfile.SeedKey + "=" + seed.ToString(CultureInfo.InvariantCulture));
        }

        entries.AddRange(parse.GetValue(Set) ?? []);
        NodeProfile? profile = NodeProfileText.Parse(string.Join('\n', entries), out string? error);
        if (profile == null)
        {
            errors.Add($"node settings (--set, --link, --seed): {error}");
        }

        return profile;
    }
}
