using System.CommandLine;
using Generals.Harness.Report;
using Generals.Harness.Runs;

namespace Generals.Cli.Commands;

/// <summary>`generals report &lt;run folder&gt;`: (re)writes the folder's report.html from its history.jsonl and results.json.</summary>
public static class ReportCommand
{
    public static Command Create(CliConsole console)
    {
        var folder = new Argument<string>("run-folder") { Description = "A run folder (holding history.jsonl), e.g. store/om-n4-m1/latest." };
        var command = new Command("report", "Write report.html into a run folder: the space-time diagram and the verdict table, self-contained.");
        command.Arguments.Add(folder);
        command.SetAction(parse =>
        {
            string path = LatestLink.Resolve(parse.GetValue(folder)!);
            if (!Directory.Exists(path))
            {
                throw new DirectoryNotFoundException($"{path}: no such run folder");
            }

            string report = File.Exists(Path.Combine(path, "history.jsonl"))
                ? OutputFolder.Write(path, () => RunReport.WriteInto(path))
                : throw new FileNotFoundException($"{path} holds no history.jsonl: not a run folder");
            console.Output.WriteLine($"report: {report}");
            return 0;
        });
        return command;
    }
}
