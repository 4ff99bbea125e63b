using System.Diagnostics;
using System.Globalization;
using System.Text;
using Generals.Harness.Worlds.Emu;

namespace Generals.Bench.Soak;

/// <summary>
/// One run of the soak: the real harness, `generals run SCENARIO --mode emu --kit KIT --broker mqtt://127.0.0.1:PORT`, as
/// its own process, with the kills the soak planned for it: kill -9 of the harness itself, and kill -9 of one of its
/// generals by hand (which the harness did not plan: it must record an unplanned fault and judge the run unknown).
/// </summary>
public static class SoakRun
{
    /// <summary>
    /// How long a harness may run beyond its scenario before the soak calls it hung and kills it: the harness waits up
    /// to 30 s for its generals to boot, stops them with 2 s of grace each, and shares two cores with other work.
    /// </summary>
    public static readonly TimeSpan OverrunMax = TimeSpan.FromSeconds(90);

    /// <summary>A kill the soak plans for a run: when (ms after the harness started) and, for a general, which one (0: the harness).</summary>
    public sealed record Kill(int Target, long AtMs);

    public static SoakRunResult Run(GeneralsLauncher launcher, SoakKit kit, string brokerUrl, string scenarioFile, string folder, ulong seed,
        long lengthMs, IReadOnlyList<Kill> kills, SoakCounts counts)
    {
        ArgumentNullException.ThrowIfNull(launcher);
        ArgumentNullException.ThrowIfNull(kit);
        ArgumentNullException.ThrowIfNull(kills);
        ArgumentNullException.ThrowIfNull(counts);
        var info = new ProcessStartInfo(launcher.FileName) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (string argument in launcher.PrefixArguments.Concat(["run", scenarioFile, "--mode", "emu", "--kit", kit.Folder, "--broker", brokerUrl,
            "--seed", seed.ToString(CultureInfo.InvariantCulture), "--out", folder]))
        {
            info.ArgumentList.Add(argument);
        }

        var output = new StringBuilder();
        using var process = new Process { StartInfo = info };
        process.OutputDataReceived += (_, e) => Append(output, e.Data);
        process.ErrorDataReceived += (_, e) => Append(output, e.Data);
        var clock = Stopwatch.StartNew();
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        bool harnessKilled = false;
        foreach (Kill kill in kills.OrderBy(k => k.AtMs))
        {
            int waitMs = (int)Math.Max(0, kill.AtMs - clock.ElapsedMilliseconds);
            if (process.WaitForExit(waitMs))
            {
                counts.Add("kills/missed-run-over");
                break;
            }

            if (kill.Target == 0)
            {
                process.Kill(entireProcessTree: false);
                harnessKilled = true;
                counts.Add("kills/harness");
                break;
            }

            string data = Path.Combine(kit.DataRoot, "general-" + kill.Target.ToString(CultureInfo.InvariantCulture));
            counts.Add(SoakProcesses.General(data) is int pid && SoakProcesses.Kill(pid) ? "kills/general-by-hand" : "kills/missed-general-down");
        }

        if (!process.WaitForExit((int)(lengthMs + OverrunMax.TotalMilliseconds)))
        {
            counts.Add("harness-hung");
            process.Kill(entireProcessTree: false);
            harnessKilled = true;
        }

        process.WaitForExit();
        lock (output)
        {
            // What the harness printed, beside its run folder (a killed harness writes no run folder of its own).
            Directory.CreateDirectory(folder);
            File.WriteAllText(Path.Combine(folder, "harness.log"), output.ToString());
            return new SoakRunResult(folder, process.ExitCode, output.ToString(), harnessKilled);
        }
    }

    private static void Append(StringBuilder output, string? line)
    {
        if (line != null)
        {
            lock (output)
            {
                output.Append(line).Append('\n');
            }
        }
    }
}
