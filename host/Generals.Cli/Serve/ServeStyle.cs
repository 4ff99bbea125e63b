namespace Generals.Cli.Serve;

/// <summary>The style sheet every page of `generals serve` inlines (the pages load nothing from anywhere else).</summary>
public static class ServeStyle
{
    /// <summary>Verdict colours as in report.html: green valid, red invalid, amber unknown; a run not as expected gets a red edge.</summary>
    public const string Css = """
        body { font: 14px/1.4 system-ui, sans-serif; margin: 1.5em; color: #222; }
        table { border-collapse: collapse; margin: 0.5em 0 1.5em; }
        th, td { border-bottom: 1px solid #ddd; padding: 3px 10px; text-align: left; vertical-align: top; }
        tr.valid td.verdict, span.valid { background: #d8f0d8; }
        tr.invalid td.verdict, span.invalid { background: #f6d0d0; }
        tr.unknown td.verdict, span.unknown { background: #f8ecc8; }
        tr.not-as-expected td:first-child { border-left: 4px solid #c00; }
        tr.as-expected td:first-child { border-left: 4px solid #3a3; }
        td.match.not-as-expected { color: #c00; font-weight: bold; }
        .crashed { color: #fff; background: #a33; padding: 0 4px; }
        .paused { background: #ddd; padding: 0 4px; }
        .up { background: #d8f0d8; padding: 0 4px; }
        #events { font: 12px monospace; max-height: 40em; overflow-y: auto; border: 1px solid #ddd; padding: 4px; white-space: pre; }
        #events .fault { color: #a00; font-weight: bold; }
        #events .suspicion { color: #06c; }
        button { margin: 0 2px; }
        #live-diagram { border: 1px solid #ddd; max-width: 100%; }
        #live-diagram line { vector-effect: non-scaling-stroke; stroke-width: 1; }
        #live-diagram line.lane { stroke: #bbb; }
        #live-diagram line.deliver { stroke: #36c; stroke-opacity: 0.7; }
        #live-diagram line.deliver.heartbeat, #live-diagram line.deliver.ack { stroke: #9bd; stroke-opacity: 0.4; }
        #live-diagram line.drop { stroke: #c00; stroke-width: 2; }
        #live-diagram line.decide { stroke: #090; stroke-width: 4; }
        #live-diagram line.crash { stroke: #a00; stroke-width: 4; }
        """;
}
