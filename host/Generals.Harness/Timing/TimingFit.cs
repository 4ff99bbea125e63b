namespace Generals.Harness.Timing;

/// <summary>Whether a world's timing facts honour a plan's needs, and how much slower the world must run to honour them.</summary>
public static class TimingFit
{
    /// <summary>Why <paramref name="timing"/> cannot honour <paramref name="needs"/> (the tightest need that fails), or null when it can.</summary>
    public static string? Refusal(IReadOnlyList<TimingNeed> needs, WorldTiming timing)
    {
        ArgumentNullException.ThrowIfNull(needs);
        ArgumentNullException.ThrowIfNull(timing);
        TimingNeed? broken = needs.Where(n => !n.Fits(timing)).OrderBy(n => n.SlackMs - (n.Cost(timing) * TimingNeed.Margin)).FirstOrDefault();
        if (broken == null)
        {
            return null;
        }

        int? scale = ScaleFor(needs, timing);
        string remedy = scale is int k
            ? $"; it would have to run {k}x slower than real time"
            : $"; not even {TimeScale.Max}x slower than real time would do";
        return $"{broken.What}, and this world needs {broken.Cost(timing)} ms of it, at most half of it allowed ({timing.Describe()}){remedy}";
    }

    /// <summary>The smallest scale (1 to <see cref="TimeScale.Max"/>) at which <paramref name="timing"/>'s facts honour every need, or null.</summary>
    public static int? ScaleFor(IReadOnlyList<TimingNeed> needs, WorldTiming timing)
    {
        ArgumentNullException.ThrowIfNull(needs);
        ArgumentNullException.ThrowIfNull(timing);
        for (int scale = 1; scale <= TimeScale.Max; scale++)
        {
            WorldTiming scaled = timing.At(scale);
            if (needs.All(n => n.Fits(scaled)))
            {
                return scale;
            }
        }

        return null;
    }
}
