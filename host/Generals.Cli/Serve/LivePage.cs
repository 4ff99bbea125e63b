using System.Globalization;
using System.Net;
using System.Text;

namespace Generals.Cli.Serve;

/// <summary>
/// The page at `/live/{id}`: one row per general (up, crashed or paused; suspected by whom) with the instructor's buttons,
/// the partition and heal buttons, a space-time diagram and the incremental checkers' verdicts growing with the run, and the history as it grows, fed by the server-sent
/// events of `/live/{id}/events` (one message per history line, the line's JSON).
/// </summary>
public static class LivePage
{
    /// <summary>History lines the page keeps in its list (older ones leave the page, not the run folder).</summary>
    public const int ListedLinesMax = 500;

    /// <summary>Frames and marks the live diagram keeps (the oldest leave it; report.html of the finished run draws them all).</summary>
    public const int DrawnMax = 20_000;

    /// <summary>Height of one general's lane in the live diagram, in its user units.</summary>
    private const int LaneHeight = 30;

    public static string Render(LiveSession session)
    {
        ArgumentNullException.ThrowIfNull(session);
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>live ").Append(session.Id).Append(": ").Append(E(session.Scenario))
            .Append("</title><style>").Append(ServeStyle.Css).Append("</style></head><body>");
        html.Append(CultureInfo.InvariantCulture, $"<p><a href=\"/\">all runs</a></p><h1>live {session.Id}: {E(session.Scenario)}, seed {session.Seed}</h1>");
        html.Append("<p>state: <b id=\"run-state\">").Append(E(session.State)).Append("</b> <span id=\"run-outcome\"></span> <span id=\"run-folder\"></span></p>");
        html.Append("<h2>Generals</h2><table id=\"generals\"><tr><th>general</th><th>state</th><th>suspected by</th><th>instructor</th></tr>");
        for (int g = 1; g <= session.Generals; g++)
        {
            html.Append(CultureInfo.InvariantCulture, $"<tr id=\"general-{g}\"><td>{g}</td><td id=\"state-{g}\" class=\"up\">up</td><td id=\"suspected-{g}\"></td><td>");
            foreach (string action in new[] { "crash", "restart", "pause", "resume" })
            {
                html.Append(CultureInfo.InvariantCulture, $"<button id=\"{action}-{g}\" data-action=\"{action}\" data-general=\"{g}\">{action}</button>");
            }

            html.Append("</td></tr>");
        }

        html.Append("</table><p>partition: <input id=\"groups\" size=\"16\" value=\"").Append(E(DefaultGroups(session.Generals)))
            .Append("\" title=\"two groups: ids joined by commas, groups by |\"> <button id=\"partition\">partition</button> <button id=\"heal\">heal</button> ")
            .Append("<span id=\"instructor-result\"></span></p>");
        html.Append(CultureInfo.InvariantCulture,
            $"<h2>Space-time diagram <span id=\"diagram-count\">0</span> frames drawn</h2><svg id=\"live-diagram\" width=\"100%\" height=\"{(session.Generals * LaneHeight) + LaneHeight}\" viewBox=\"0 0 1000 {(session.Generals * LaneHeight) + LaneHeight}\" preserveAspectRatio=\"none\">");
        for (int g = 1; g <= session.Generals; g++)
        {
            html.Append(CultureInfo.InvariantCulture, $"<line class=\"lane\" x1=\"0\" x2=\"1000000000\" y1=\"{g * LaneHeight}\" y2=\"{g * LaneHeight}\"/>");
        }

        html.Append("<g id=\"live-frames\"></g></svg>");
        html.Append("<h2>Checks so far</h2><table id=\"verdicts\"><tr><th>check</th><th>verdict</th><th>witness</th></tr></table>");
        html.Append("<h2>History <label><input type=\"checkbox\" id=\"show-network\"> network lines</label> <span id=\"line-count\">0</span> lines</h2><div id=\"events\"></div>");
        html.Append("<script>const LIVE_ID = ").Append(session.Id).Append("; const LINES_MAX = ").Append(ListedLinesMax)
            .Append("; const DRAWN_MAX = ").Append(DrawnMax).Append("; const LANE = ").Append(LaneHeight).Append(";\n").Append(Script).Append("</script></body></html>");
        return html.ToString();
    }

    // The first half of the generals against the rest.
    private static string DefaultGroups(int generals)
    {
        int half = Math.Max(1, generals / 2);
        return string.Join(',', Enumerable.Range(1, half)) + "|" + string.Join(',', Enumerable.Range(half + 1, Math.Max(0, generals - half)));
    }

    private static string E(string text) => WebUtility.HtmlEncode(text);

    // Every text from the history goes into the page as textContent, never as markup.
    private const string Script = """
        const network = new Set(["send", "deliver", "drop", "duplicate", "corrupt", "spoof", "replay"]);
        const faults = new Set(["crash", "restart", "pause", "resume", "partition-start", "partition-end", "broker-down", "broker-up", "unplanned-fault", "instructor", "interrupted"]);
        const suspects = new Map();
        let count = 0;
        const $ = id => document.getElementById(id);
        function setState(g, text) { const cell = $("state-" + g); if (!cell) return; cell.textContent = text; cell.className = text.split(" ")[0]; }
        function showSuspects(peer) {
            const cell = $("suspected-" + peer); if (!cell) return;
            const by = [...(suspects.get(peer) || [])].sort((a, b) => a - b).map(m => m === 0 ? "harness" : String(m));
            cell.textContent = by.join(", ");
        }
        function reset() {
            sends.clear(); drawn = 0; latest = 1000; $("live-frames").textContent = ""; $("diagram-count").textContent = "0";
            suspects.clear(); count = 0; $("events").textContent = ""; $("run-state").textContent = "starting";
            document.querySelectorAll("[id^=suspected-]").forEach(c => c.textContent = "");
            document.querySelectorAll("[id^=state-]").forEach(c => { c.textContent = "up"; c.className = "up"; });
        }
        // The growing diagram: time on x (the viewBox widens with the run), one lane per general; a line per delivered frame
        // from its send (paired as report.html pairs them: from, to, incarnation, sequence, hash; the earliest unpaired send),
        // a red stub per drop, a thick mark per decision, a red mark per crash.
        const svgNs = "http://www.w3.org/2000/svg";
        const sends = new Map();
        let drawn = 0, latest = 1000;
        function frameKey(l) { return [l.from, l.to, l.incarnation, l.seq, l.hash].join("/"); }
        function draw(cls, x1, y1, x2, y2, text) {
            const el = document.createElementNS(svgNs, "line");
            el.setAttribute("class", cls);
            for (const [k, v] of [["x1", x1], ["y1", y1], ["x2", x2], ["y2", y2]]) el.setAttribute(k, v);
            const title = document.createElementNS(svgNs, "title"); title.textContent = text; el.appendChild(title);
            const g = $("live-frames"); g.appendChild(el); drawn++;
            while (g.childNodes.length > DRAWN_MAX) g.removeChild(g.firstChild);
            $("diagram-count").textContent = drawn;
            if (Math.max(x1, x2) > latest) { latest = Math.max(x1, x2) * 1.2; const svg = $("live-diagram"); const box = svg.viewBox.baseVal; svg.setAttribute("viewBox", "0 0 " + latest + " " + box.height); }
        }
        function drawLine(line) {
            switch (line.type) {
                case "send": { const k = frameKey(line); if (!sends.has(k)) sends.set(k, []); sends.get(k).push(line.t); break; }
                case "deliver": {
                    const times = sends.get(frameKey(line)); const sent = times && times.length > 0 ? times.shift() : line.t;
                    draw("deliver " + (line.kind || ""), sent, line.from * LANE, line.t, line.to * LANE, (line.kind || "frame") + " " + line.from + "->" + line.to + " sent " + sent + " delivered " + line.t);
                    break;
                }
                case "drop": {
                    const times = sends.get(frameKey(line)); if (times && times.length > 0) times.shift();
                    draw("drop", line.t, line.from * LANE, line.t + 5, line.from * LANE + (line.to > line.from ? 8 : -8), "dropped " + line.from + "->" + line.to + " at " + line.t + (line.reason ? " (" + line.reason + ")" : ""));
                    break;
                }
                case "decide": draw("decide", line.t, line.general * LANE - 8, line.t, line.general * LANE + 8, "general " + line.general + " decided " + line.value + " at " + line.t); break;
                case "crash": draw("crash", line.t, line.general * LANE - 12, line.t, line.general * LANE + 12, "general " + line.general + " crashed at " + line.t); break;
            }
        }
        function onLine(line) {
            count++; $("line-count").textContent = count;
            drawLine(line);
            const g = line.general;
            switch (line.type) {
                case "start": $("run-state").textContent = "running"; break;
                case "crash": case "unplanned-fault": setState(g, "crashed"); for (const [peer, set] of suspects) { set.delete(g); showSuspects(peer); } break;
                case "restart": case "resume": case "boot": setState(g, "up"); break;
                case "pause": setState(g, "paused"); break;
                case "suspect": if (!suspects.has(line.peer)) suspects.set(line.peer, new Set()); suspects.get(line.peer).add(g); showSuspects(line.peer); break;
                case "trust": if (suspects.has(line.peer)) suspects.get(line.peer).delete(g); showSuspects(line.peer); break;
            }
            if (network.has(line.type) && !$("show-network").checked) return;
            const row = document.createElement("div");
            row.textContent = JSON.stringify(line);
            row.className = faults.has(line.type) ? "fault" : (line.type === "suspect" || line.type === "trust") ? "suspicion" : "";
            const list = $("events"); list.appendChild(row);
            while (list.childNodes.length > LINES_MAX) list.removeChild(list.firstChild);
            list.scrollTop = list.scrollHeight;
        }
        function showVerdicts(checks) {
            const table = $("verdicts");
            while (table.rows.length > 1) table.deleteRow(1);
            for (const c of checks) {
                const row = table.insertRow();
                row.className = "check " + c.verdict;
                for (const [text, cls] of [[c.name, ""], [c.verdict, "verdict"], [c.witness, ""]]) { const cell = row.insertCell(); cell.textContent = text; cell.className = cls; }
            }
        }
        const source = new EventSource("/live/" + LIVE_ID + "/events");
        source.onmessage = m => onLine(JSON.parse(m.data));
        source.addEventListener("reset", () => reset());
        source.addEventListener("verdicts", m => showVerdicts(JSON.parse(m.data)));
        source.addEventListener("done", m => {
            const s = JSON.parse(m.data);
            $("run-state").textContent = s.state;
            $("run-outcome").textContent = s.outcome;
            if (s.state === "finished") {
                const a = document.createElement("a");
                a.href = "/runs/" + s.folder.split("/").map(encodeURIComponent).join("/") + "/report.html";
                a.textContent = "report: " + s.folder; a.id = "report-link";
                $("run-folder").appendChild(a);
            }
            source.close();
        });
        async function instruct(action, query) {
            const response = await fetch("/live/" + LIVE_ID + "/instructor/" + action + query, { method: "POST" });
            const body = await response.json();
            $("instructor-result").textContent = response.ok ? action + ": done" : action + ": " + body.error + " (" + body.detail + ")";
        }
        document.querySelectorAll("button[data-action]").forEach(b => b.addEventListener("click", () => instruct(b.dataset.action, "?general=" + b.dataset.general)));
        $("partition").addEventListener("click", () => instruct("partition", "?groups=" + encodeURIComponent($("groups").value)));
        $("heal").addEventListener("click", () => instruct("heal", ""));
        """;
}
