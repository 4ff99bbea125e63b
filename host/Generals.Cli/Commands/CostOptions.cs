using System.CommandLine;
using Generals.Harness.Costs;

namespace Generals.Cli.Commands;

/// <summary>`--costs` and `--compression-us`, the same on `run`, `demo` and `costs` (docs/costs.md).</summary>
public static class CostOptions
{
    /// <summary>The largest per-compression time accepted: a second per compression is no board we know.</summary>
    public const double CompressionMicrosecondsMax = 1_000_000;

    public static Option<bool> Costs() => new("--costs")
    {
        Description = "sim: measure what each general's Core spends, as a board would (LMS instead of ideal signatures): SHA-256 "
            + "compressions, signatures made and verified, bytes allocated, frames and bytes sent, per general and per round, "
            + "with the board time; printed after the verdict and written to costs.json in the run folder (docs/costs.md).",
    };

    public static Option<double> CompressionMicroseconds()
    {
        var option = new Option<double>("--compression-us")
        {
            Description = "Board time of one SHA-256 compression, in microseconds, for the board time column: an estimate for ESP32 "
                + "nanoFramework by default (docs/costs.md); a board's own figure is its boot SelfTest event's microseconds / 256.",
            DefaultValueFactory = _ => CostReport.DefaultCompressionMicroseconds,
        };
        option.Validators.Add(result =>
        {
            double value = result.GetValueOrDefault<double>();
            if (!(value > 0 && value <= CompressionMicrosecondsMax))
            {
                result.AddError($"--compression-us must be above 0 and at most {CompressionMicrosecondsMax:0}");
            }
        });
        return option;
    }
}
