namespace Generals.Harness.Report;

/// <summary>The report's inline stylesheet: colours per mark and per ground-truth window (the legend uses the same classes).</summary>
public static class ReportStyle
{
    public const string Css = """
body { font: 14px system-ui, sans-serif; margin: 1em; color: #222; }
h1 { font-size: 1.3em; } h2 { font-size: 1.1em; margin-top: 1.5em; }
.diagram { display: flex; border: 1px solid #ccc; overflow: hidden; }
.lanes { flex: none; background: #fafafa; } .plot { flex: auto; cursor: grab; }
.lanes text { font-size: 12px; }
line { vector-effect: non-scaling-stroke; }
.row { stroke: #555; stroke-width: 1.5; }
.deliver { stroke: #2a6fdb; stroke-width: 1; stroke-opacity: 0.7; } .deliver.unpaired { stroke: #999; stroke-dasharray: 2 2; }
.deliver[data-kind=heartbeat] { stroke: #9bb7e0; } .deliver[data-kind=ack] { stroke: #6a9a6a; }
.deliver:hover, .drop:hover { stroke-width: 3; stroke-opacity: 1; }
.drop { stroke: #d62728; stroke-width: 3; }
.duplicate { stroke: #9467bd; stroke-width: 3; } .corrupt { stroke: #ff7f0e; stroke-width: 3; }
.spoof { stroke: #e377c2; stroke-width: 3; } .replay { stroke: #8c564b; stroke-width: 3; }
.decide { stroke-width: 5; } .decide.attack { stroke: #2ca02c; } .decide.retreat { stroke: #bcbd22; }
.gst { stroke: #17becf; stroke-width: 2; } .heal { stroke: #2ca02c; stroke-width: 1; stroke-dasharray: 6 3; }
.timing-break { stroke: #d62728; stroke-width: 2; stroke-dasharray: 4 4; }
.shade.crash { fill: #000; fill-opacity: 0.15; } .shade.pause { fill: #ffbf00; fill-opacity: 0.2; }
.shade.partition { fill: #d62728; fill-opacity: 0.08; } .shade.broker-down { fill: #7f7f7f; fill-opacity: 0.2; }
.axis text { font-size: 11px; fill: #555; } .axis line { stroke: #bbb; }
.suspected { fill: #2a6fdb; fill-opacity: 0.6; } .suspected.mistake { fill: #d62728; fill-opacity: 0.8; }
table.agreement td.traitor { color: #888; font-style: italic; } table.agreement td.disobeyed { background: #fdd; }
table.agreement tr[data-from] { cursor: pointer; } table.agreement tr.violated td:first-child { background: #fdd; font-weight: bold; }
.legend span { display: inline-block; margin-right: 1em; } .legend i { display: inline-block; width: 1.2em; height: 0.8em; margin-right: 0.3em; }
.controls { margin: 0.5em 0; } .controls input { width: 8em; } .hint { color: #777; }
table.checks, table.agreement, table.network, table.qos { border-collapse: collapse; }
.checks td, .checks th, .agreement td, .agreement th, .network td, .network th, .qos td, .qos th { border: 1px solid #ccc; padding: 0.3em 0.5em; vertical-align: top; text-align: left; }
.verdict.valid, .valid { color: #2ca02c; font-weight: bold; } .verdict.invalid, .invalid { color: #d62728; font-weight: bold; }
.verdict.unknown { color: #b8860b; font-weight: bold; } .witness div { font-family: monospace; white-space: pre-wrap; }
.network td, .qos td { text-align: right; } .network td:first-child, .qos td:first-child { text-align: left; white-space: nowrap; }
.chart text { font-size: 11px; fill: #555; } .bin { fill: #2a6fdb; } .bin.over { fill: #d62728; } .bin:hover { fill: #133f87; }
.maps { display: flex; flex-wrap: wrap; gap: 0 1.2em; } .maps h3 { font-size: 1em; margin: 0.6em 0 0.2em; }
.heatmap .cell text { fill: #222; pointer-events: none; } .heatmap .cell text.dark { fill: #fff; } .heatmap .cell rect:hover { stroke: #222; }
.witness div.at { cursor: pointer; text-decoration: underline dotted; } .missing { color: #d62728; }
""";
}
