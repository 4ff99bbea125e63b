using System.Text.Json;

namespace Generals.Harness.Costs;

/// <summary>costs.json in a run folder: the whole <see cref="CostReport"/>, every general's every round.</summary>
public static class CostJson
{
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true, PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };

    /// <summary>The file's name in a run folder.</summary>
    public const string FileName = "costs.json";

    /// <summary>The report as JSON.</summary>
    public static string Serialize(CostReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var document = new Dictionary<string, object?>
        {
            ["scenario"] = report.Scenario,
            ["seed"] = report.Seed,
            ["signature"] = report.Signature,
            ["note"] = report.Note,
            ["compression_us"] = report.CompressionMicroseconds,
            ["rounds"] = report.Rounds.Select(r => new { r.Instance, r.Round, r.StartMs, r.EndMs }).ToList(),
            ["generals"] = report.Generals.Select(g => new Dictionary<string, object?>
            {
                ["id"] = g.Id,
                ["key_used"] = g.KeyUsed,
                ["key_capacity"] = g.KeyCapacity,
                ["total"] = Figures(report, g.Total),
                ["worst_round"] = Figures(report, g.WorstRound),
                ["rounds"] = g.Rounds.Select(r => Figures(report, r)).ToList(),
                ["between_rounds"] = Figures(report, g.BetweenRounds),
            }).ToList(),
        };
        return JsonSerializer.Serialize(document, Json);
    }

    private static Dictionary<string, object> Figures(CostReport report, CostFigures f) => new()
    {
        ["compressions"] = f.Compressions,
        ["signatures_made"] = f.SignaturesMade,
        ["signatures_verified"] = f.SignaturesVerified,
        ["allocated_bytes"] = f.AllocatedBytes,
        ["frames_sent"] = f.FramesSent,
        ["bytes_sent"] = f.BytesSent,
        ["telemetry_sent"] = f.TelemetrySent,
        ["telemetry_bytes"] = f.TelemetryBytes,
        ["board_ms"] = Math.Round(report.BoardMs(f.Compressions), 3),
    };
}
