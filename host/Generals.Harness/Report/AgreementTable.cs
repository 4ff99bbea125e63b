using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Generals.Harness.Report;

/// <summary>
/// The agreement section: one row per protocol instance with its commander's order, what each general decided and when,
/// traitors greyed, a loyal general's decision that breaks IC1 or IC2 marked, and the witness of an IC1 or IC2 check of
/// results.json that names the instance ("instance N: ..."). A row click shows its decisions in the diagram.
/// </summary>
public static class AgreementTable
{
    public static void Append(StringBuilder html, IReadOnlyList<ReportLine> lines, string? resultsJson)
    {
        ArgumentNullException.ThrowIfNull(html);
        ArgumentNullException.ThrowIfNull(lines);
        var starts = new SortedDictionary<long, ReportLine>();
        var participants = new Dictionary<long, int>();
        var messages = new Dictionary<long, long>();
        var traitors = new HashSet<int>();
        var generals = new SortedSet<int>();
        foreach (ReportLine line in lines.Where(l => l.Type == "control"))
        {
            generals.Add(line.General);
            if (line.Command == "start-instance")
            {
                starts.TryAdd(line.Instance, line);
                participants[line.Instance] = participants.GetValueOrDefault(line.Instance) + 1;
            }
            else if (line.Command == "set-traitor" && line.Strategy != 0)
            {
                traitors.Add(line.General);
            }
        }

        foreach (ReportLine send in lines.Where(l => l.Type == "send" && l.Kind == "protocol"))
        {
            messages[send.Instance] = messages.GetValueOrDefault(send.Instance) + 1;
        }

        List<ReportLine> decisions = [.. lines.Where(l => l.Type == "decide")];
        if (starts.Count == 0 && decisions.Count == 0)
        {
            return;
        }

        generals.UnionWith(decisions.Select(d => d.General));
        Dictionary<long, List<string>> witnesses = Witnesses(resultsJson);
        html.Append("<h2>Agreement</h2>\n<table class=\"agreement\"><tr><th>instance</th><th>protocol</th><th>commander: order</th><th>messages</th>");
        foreach (int general in generals)
        {
            html.Append("<th>general ").Append(general).Append(traitors.Contains(general) ? " (traitor)" : "").Append("</th>");
        }

        html.Append("<th>IC1 / IC2 witness</th></tr>\n");
        foreach (long instance in starts.Keys.Union(decisions.Select(d => d.Instance)).Order())
        {
            starts.TryGetValue(instance, out ReportLine? start);
            List<ReportLine> decided = [.. decisions.Where(d => d.Instance == instance)];
            string counted = Messages(start, messages.GetValueOrDefault(instance), participants.GetValueOrDefault(instance));
            AppendRow(html, instance, start, decided, generals, traitors, counted, witnesses.GetValueOrDefault(instance) ?? []);
        }

        html.Append("</table>\n");
    }

    private static void AppendRow(StringBuilder html, long instance, ReportLine? start, List<ReportLine> decided, SortedSet<int> generals,
        HashSet<int> traitors, string messages, List<string> witness)
    {
        bool loyalCommander = start != null && !traitors.Contains(start.Commander);
        List<long> loyalValues = [.. decided.Where(d => !traitors.Contains(d.General)).Select(d => d.Value).Distinct()];
        html.Append("<tr").Append(witness.Count > 0 ? " class=\"violated\"" : "");
        if (decided.Count > 0)
        {
            html.Append(" data-from=\"").Append(SpaceTimeDiagram.N(decided.Min(d => d.TimeMs))).Append("\" data-until=\"")
                .Append(SpaceTimeDiagram.N(decided.Max(d => d.TimeMs))).Append('"');
        }

        html.Append("><td>").Append(SpaceTimeDiagram.N(instance)).Append("</td><td>").Append(Protocol(start?.Protocol ?? decided[0].Protocol, start?.M))
            .Append("</td><td>").Append(start == null ? "?" : $"{start.Commander}: {Value(start.Order)}").Append("</td><td>").Append(messages).Append("</td>");
        foreach (int general in generals)
        {
            List<ReportLine> mine = [.. decided.Where(d => d.General == general)];
            bool loyal = !traitors.Contains(general);
            bool disobeyed = loyal && mine.Any(d => (loyalCommander && general != start!.Commander && d.Value != start.Order) || (!loyalCommander && loyalValues.Count > 1));
            html.Append("<td").Append(!loyal ? " class=\"traitor\"" : disobeyed ? " class=\"disobeyed\"" : "").Append('>');
            html.Append(mine.Count == 0 ? "&ndash;" : string.Join("<br>", mine.Select(d =>
                string.Create(CultureInfo.InvariantCulture, $"{Value(d.Value)} at {d.TimeMs} ms (round {d.Round})"))));
            html.Append("</td>");
        }

        html.Append("<td class=\"witness\">");
        foreach (string line in witness)
        {
            html.Append("<div>");
            HtmlText.Append(html, line);
            html.Append("</div>");
        }

        html.Append("</td></tr>\n");
    }

    /// <summary>The witness lines of results.json's ic1 and ic2 checks that were not valid, by the instance they name.</summary>
    private static Dictionary<long, List<string>> Witnesses(string? resultsJson)
    {
        var byInstance = new Dictionary<long, List<string>>();
        if (resultsJson == null)
        {
            return byInstance;
        }

        try
        {
            using JsonDocument document = JsonDocument.Parse(resultsJson);
            if (!document.RootElement.TryGetProperty("checks", out JsonElement checks) || checks.ValueKind != JsonValueKind.Array)
            {
                return byInstance;
            }

            foreach (JsonElement check in checks.EnumerateArray())
            {
                if (check.ValueKind != JsonValueKind.Object || !check.TryGetProperty("name", out JsonElement name) || name.GetString() is not ("ic1" or "ic2")
                    || !check.TryGetProperty("verdict", out JsonElement verdict) || verdict.GetString() == "valid"
                    || !check.TryGetProperty("witness", out JsonElement witness) || witness.ValueKind != JsonValueKind.Array)
                {
                    continue;
                }

                foreach (JsonElement line in witness.EnumerateArray())
                {
                    string text = line.ToString();
                    if (TryInstance(text, out long instance))
                    {
                        (byInstance.TryGetValue(instance, out List<string>? list) ? list : byInstance[instance] = []).Add($"{name.GetString()}: {text}");
                    }
                }
            }
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException)
        {
            // An unreadable results.json is said by the verdict table; this section then shows no witnesses.
        }

        return byInstance;
    }

    /// <summary>Protocol frames sent for the instance; for OM(m), beside M(n, m), what n generals send when all are loyal.</summary>
    private static string Messages(ReportLine? start, long sent, int generals) =>
        start is { Protocol: 2 } && generals > 0
            ? string.Create(CultureInfo.InvariantCulture, $"{sent} (M({generals},{start.M}) = {Checkers.Agreement.OralMessageCountChecker.ClosedForm(generals, start.M)} when all are loyal)")
            : sent.ToString(CultureInfo.InvariantCulture);

    private static bool TryInstance(string witness, out long instance)
    {
        instance = 0;
        const string Prefix = "instance ";
        int colon = witness.IndexOf(':', StringComparison.Ordinal);
        return witness.StartsWith(Prefix, StringComparison.Ordinal) && colon > Prefix.Length
            && long.TryParse(witness.AsSpan(Prefix.Length, colon - Prefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out instance);
    }

    private static string Value(long value) => value == 1 ? "ATTACK" : "RETREAT";

    // OM(1), SM(2): m as the instance's start command gave it ("m" when the history holds no start command of the instance).
    private static string Protocol(long protocol, int? m)
    {
        string traitors = m?.ToString(CultureInfo.InvariantCulture) ?? "m";
        return protocol switch { 1 => "Two Generals", 2 => $"OM({traitors})", 3 => $"SM({traitors})", _ => "?" };
    }
}
