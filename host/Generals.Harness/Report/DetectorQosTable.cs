using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Generals.Harness.Report;

/// <summary>
/// The failure-detector QoS figures of results.json's detector-qos checks as a table: per monitor and peer, crashes,
/// detection time T_D (mean and max), mistakes, mistake duration T_M (mean and max), mistake recurrence T_MR and query
/// accuracy P_A (Chen, Toueg, Aguilera 2002), read from the figures keyed "monitor->peer.name" (0: the harness's monitor).
/// </summary>
public static partial class DetectorQosTable
{
    /// <summary>The check whose figures are read, and the prefix of one per monitor group.</summary>
    public const string CheckName = "detector-qos";

    private static readonly string[] Columns = ["crashes", "undetected", "T_D_ms", "T_D_max_ms", "mistakes", "T_M_ms", "T_M_max_ms", "T_MR_ms", "P_A"];

    /// <summary>Appends the table when results.json holds a detector-qos check with per-pair figures; nothing otherwise.</summary>
    public static void Append(StringBuilder html, string? resultsJson)
    {
        ArgumentNullException.ThrowIfNull(html);
        SortedDictionary<(int Monitor, int Peer), Dictionary<string, double>> pairs = Pairs(resultsJson);
        if (pairs.Count == 0)
        {
            return;
        }

        html.Append("<p>QoS of each detector (")
            .Append("T_D: crash to suspicion for good; T_M: how long a mistake lasted; T_MR: between two mistakes; P_A: share of time the output was right; ")
            .Append("mean and max in ms):</p>\n<table class=\"qos\"><tr><th>monitor \u2192 peer</th><th>crashes</th><th>undetected</th><th>T_D</th><th>T_D max</th>")
            .Append("<th>mistakes</th><th>T_M</th><th>T_M max</th><th>T_MR</th><th>P_A</th></tr>\n");
        foreach (KeyValuePair<(int Monitor, int Peer), Dictionary<string, double>> pair in pairs)
        {
            html.Append("<tr class=\"pair\"><td>").Append(pair.Key.Monitor == 0 ? "harness" : SpaceTimeDiagram.N(pair.Key.Monitor))
                .Append(" \u2192 ").Append(pair.Key.Peer).Append("</td>");
            foreach (string column in Columns)
            {
                html.Append("<td").Append(column == "mistakes" && pair.Value.GetValueOrDefault(column) > 0 ? " class=\"invalid\"" : "").Append('>')
                    .Append(pair.Value.TryGetValue(column, out double value) ? Number(column, value) : "-").Append("</td>");
            }

            html.Append("</tr>\n");
        }

        html.Append("</table>\n");
    }

    private static string Number(string column, double value) =>
        column == "P_A" ? value.ToString("0.0000", CultureInfo.InvariantCulture) : value.ToString("0.#", CultureInfo.InvariantCulture);

    private static SortedDictionary<(int Monitor, int Peer), Dictionary<string, double>> Pairs(string? resultsJson)
    {
        var pairs = new SortedDictionary<(int Monitor, int Peer), Dictionary<string, double>>();
        if (resultsJson == null)
        {
            return pairs;
        }

        try
        {
            using JsonDocument document = JsonDocument.Parse(resultsJson);
            if (document.RootElement.ValueKind != JsonValueKind.Object
                || !document.RootElement.TryGetProperty("checks", out JsonElement checks) || checks.ValueKind != JsonValueKind.Array)
            {
                return pairs;
            }

            foreach (JsonElement check in checks.EnumerateArray())
            {
                if (check.ValueKind != JsonValueKind.Object || !check.TryGetProperty("name", out JsonElement name)
                    || !(name.GetString() ?? "").StartsWith(CheckName, StringComparison.Ordinal)
                    || !check.TryGetProperty("figures", out JsonElement figures) || figures.ValueKind != JsonValueKind.Object)
                {
                    continue;
                }

                foreach (JsonProperty figure in figures.EnumerateObject())
                {
                    Match key = PairFigure().Match(figure.Name);
                    if (key.Success && figure.Value.ValueKind == JsonValueKind.Number
                        && int.TryParse(key.Groups["monitor"].Value, CultureInfo.InvariantCulture, out int monitor)
                        && int.TryParse(key.Groups["peer"].Value, CultureInfo.InvariantCulture, out int peer))
                    {
                        if (!pairs.TryGetValue((monitor, peer), out Dictionary<string, double>? values))
                        {
                            values = [];
                            pairs[(monitor, peer)] = values;
                        }

                        values[key.Groups["name"].Value] = figure.Value.GetDouble();
                    }
                }
            }
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException)
        {
            // The verdict table already says that results.json could not be read.
        }

        return pairs;
    }

    [GeneratedRegex("^(?<monitor>[0-9]{1,3})->(?<peer>[0-9]{1,3})\\.(?<name>[A-Za-z_]+)$")]
    private static partial Regex PairFigure();
}
