using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Generals.Harness.Scenarios;

/// <summary>
/// Where each field of a scenario stands in its YAML text: a parser pass over the text that records, for every path
/// (<c>network.loss</c>, <c>workload[2].count</c>), the line and column of its key (or, for a list item, of the item).
/// The validator names its problems by path; this turns a path into a place. A path the text does not hold (a value
/// left at its default) takes the place of its nearest written parent.
/// </summary>
public sealed class ScenarioPositions
{
    /// <summary>Nodes visited at most: a scenario is small; a hostile file with millions of nodes is not walked whole.</summary>
    public const int NodesMax = 100_000;

    private readonly Dictionary<string, Mark> _marks = new(StringComparer.Ordinal);

    private ScenarioPositions()
    {
    }

    /// <summary>No positions (a scenario built in code, or text that does not parse).</summary>
    public static ScenarioPositions None { get; } = new();

    /// <summary>The positions of every field of <paramref name="yaml"/>; <see cref="None"/> when it does not parse.</summary>
    public static ScenarioPositions Of(string yaml)
    {
        var positions = new ScenarioPositions();
        try
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(yaml));
            if (stream.Documents.Count > 0)
            {
                int budget = NodesMax;
                positions.Walk(stream.Documents[0].RootNode, string.Empty, ref budget);
            }
        }
        catch (YamlException)
        {
            return None;
        }

        return positions;
    }

    /// <summary>A problem at <paramref name="field"/>, placed at the field or its nearest written parent.</summary>
    public ScenarioProblem Problem(string field, string message)
    {
        for (string path = field; ; path = Parent(path))
        {
            if (_marks.TryGetValue(path, out Mark mark))
            {
                return new ScenarioProblem((int)mark.Line, (int)mark.Column, field, message);
            }

            if (path.Length == 0)
            {
                return new ScenarioProblem(0, 0, field, message);
            }
        }
    }

    private static string Parent(string path)
    {
        int cut = Math.Max(path.LastIndexOf('.'), path.LastIndexOf('['));
        return cut <= 0 ? string.Empty : path[..cut];
    }

    private void Walk(YamlNode node, string path, ref int budget)
    {
        if (--budget < 0)
        {
            return;
        }

        switch (node)
        {
            case YamlMappingNode mapping:
                foreach (KeyValuePair<YamlNode, YamlNode> entry in mapping.Children)
                {
                    string key = entry.Key is YamlScalarNode scalar ? scalar.Value ?? string.Empty : string.Empty;
                    string child = path.Length == 0 ? key : $"{path}.{key}";
                    _marks.TryAdd(child, entry.Key.Start);
                    Walk(entry.Value, child, ref budget);
                }

                break;
            case YamlSequenceNode sequence:
                for (int i = 0; i < sequence.Children.Count; i++)
                {
                    string child = $"{path}[{i}]";
                    _marks.TryAdd(child, sequence.Children[i].Start);
                    Walk(sequence.Children[i], child, ref budget);
                }

                break;
        }
    }
}
