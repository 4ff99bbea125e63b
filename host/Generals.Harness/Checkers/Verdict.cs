namespace Generals.Harness.Checkers;

/// <summary>A check's verdict. Merged as invalid &gt; unknown &gt; valid.</summary>
public enum Verdict
{
    Valid,
    Unknown,
    Invalid,
}

/// <summary>Verdict helpers.</summary>
public static class Verdicts
{
    /// <summary>The merge of two verdicts: invalid beats unknown beats valid.</summary>
    public static Verdict Merge(Verdict a, Verdict b) => (Verdict)Math.Max((int)a, (int)b);

    /// <summary>The lower-case name used in results.json and scenarios.</summary>
    public static string Name(this Verdict verdict) => verdict switch
    {
        Verdict.Valid => "valid",
        Verdict.Invalid => "invalid",
        _ => "unknown",
    };

    /// <summary>Parses "valid", "invalid" or "unknown".</summary>
    public static Verdict Parse(string text) => text.Trim().ToLowerInvariant() switch
    {
        "valid" => Verdict.Valid,
        "invalid" => Verdict.Invalid,
        "unknown" => Verdict.Unknown,
        _ => throw new FormatException($"verdict must be valid, invalid or unknown, not '{text}'"),
    };
}
