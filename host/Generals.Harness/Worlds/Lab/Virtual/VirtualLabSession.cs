using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Generals.Harness.Worlds.Emu;
using Generals.Harness.Worlds.Lab.Power;

namespace Generals.Harness.Worlds.Lab.Virtual;

/// <summary>
/// Runs scenarios in lab mode against a <see cref="VirtualLab"/>, each as `generals run SCENARIO --mode lab` in its own
/// process with the stand-in tools first on its PATH, so the harness's real power drivers and their real command lines drive
/// the virtual boards. The session is the lab's pair of hands: it does what the harness asks a person to do (pull or plug a
/// `manual` board), and, when told to, pulls a board's cable unannounced while a run goes on.
/// </summary>
public sealed class VirtualLabSession(VirtualLab lab, GeneralsLauncher launcher, Action<string> output)
{
    /// <summary>
    /// How long one run may take beyond the scenario's own length: the boards' reconnect grace, the harness's start and the
    /// run folder; a run that hangs longer is killed and reported as not run.
    /// </summary>
    public static readonly TimeSpan RunOverhead = TimeSpan.FromSeconds(120);

    /// <summary>
    /// Runs <paramref name="scenario"/> (a built-in name or a YAML file) with <paramref name="seed"/> into
    /// <paramref name="folder"/>; with <paramref name="pull"/>, pulls that board <paramref name="pullAfter"/> after the plan
    /// starts and plugs it back a second later, without a word to the harness.
    /// </summary>
    public VirtualRun Run(string scenario, string expected, long lengthMs, string folder, ulong seed, int? pull = null, TimeSpan pullAfter = default)
    {
        var info = new ProcessStartInfo(launcher.FileName) { RedirectStandardOutput = true, RedirectStandardError = true, RedirectStandardInput = true, UseShellExecute = false };
        string[] arguments =
        [
            .. launcher.PrefixArguments, "run", scenario, "--mode", "lab", "--config", lab.ConfigPath, "--secrets", lab.SecretsRoot,
            "--seed", seed.ToString(CultureInfo.InvariantCulture), "--out", folder,
        ];
        foreach (string argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        info.Environment["PATH"] = lab.SearchPath;
        string? pulled = null;
        Task hand = Task.CompletedTask;
        using var process = new Process { StartInfo = info };
        // The run says what it asks of a hand (pull, plug) and when the plan starts on stderr, with its other progress: both streams are heard.
        void Heard(string? line)
        {
            if (line == null)
            {
                return;
            }

            output("  " + line);
            foreach (int board in lab.Boards)
            {
                if (line.EndsWith(ManualPowerSwitch.Request(board, on: false), StringComparison.Ordinal))
                {
                    output($"  [hand] {lab.Pull(board)}");
                }
                else if (line.EndsWith(ManualPowerSwitch.Request(board, on: true), StringComparison.Ordinal))
                {
                    output($"  [hand] {lab.Plug(board)}");
                }
            }

            if (pull is { } victim && line == LabWorld.PlanStartsLine)
            {
                pulled = string.Create(CultureInfo.InvariantCulture, $"board {victim} at {pullAfter.TotalMilliseconds:0} ms");
                hand = PullUnannouncedAsync(victim, pullAfter);
            }
        }

        process.OutputDataReceived += (_, e) => Heard(e.Data);
        process.ErrorDataReceived += (_, e) => Heard(e.Data);
        process.Start();
        process.StandardInput.Close();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        if (!process.WaitForExit(TimeSpan.FromMilliseconds(lengthMs) + RunOverhead))
        {
            process.Kill(entireProcessTree: true);
        }

        process.WaitForExit();
        hand.GetAwaiter().GetResult();
        (string verdict, int powerLines) = Read(folder);
        return new VirtualRun(Path.GetFileNameWithoutExtension(scenario), expected, process.ExitCode, verdict, folder, powerLines, pulled);
    }

    private async Task PullUnannouncedAsync(int board, TimeSpan after)
    {
        await Task.Delay(after).ConfigureAwait(false);
        output($"  [hand] pulls board {board}'s cable unannounced: {lab.Pull(board)}");

        // A student who pulled a cable plugs it back in a moment later.
        await Task.Delay(TimeSpan.FromSeconds(1)).ConfigureAwait(false);
        output($"  [hand] plugs board {board} back in: {lab.Plug(board)}");
    }

    private static (string Verdict, int PowerLines) Read(string folder)
    {
        string results = Path.Combine(folder, "results.json");
        string history = Path.Combine(folder, "history.jsonl");
        if (!File.Exists(results))
        {
            return ("not run", 0);
        }

        using JsonDocument document = JsonDocument.Parse(File.ReadAllText(results));
        int power = File.Exists(history) ? File.ReadLines(history).Count(l => l.Contains("\"type\":\"power\"", StringComparison.Ordinal)) : 0;
        return (document.RootElement.GetProperty("verdict").GetString() ?? "", power);
    }
}
