namespace Generals.Harness.Exercises;

/// <summary>The four student exercises (exercises/README.md), numbered as `generals grade --lab N` takes them.</summary>
public enum ExerciseLab
{
    /// <summary>A reliable link over fair-loss links (IReliableLink).</summary>
    ReliableLink = 1,

    /// <summary>A heartbeat failure detector (IFailureDetector).</summary>
    HeartbeatDetector = 2,

    /// <summary>OM(m), oral messages (IOralRule).</summary>
    OralMessages = 3,

    /// <summary>SM(m), signed messages (ISignedRule).</summary>
    SignedMessages = 4,
}

/// <summary>Names of the labs on the command line and in the output.</summary>
public static class ExerciseLabs
{
    private static readonly (ExerciseLab Lab, string Name)[] Names =
    [
        (ExerciseLab.ReliableLink, "reliable-link"),
        (ExerciseLab.HeartbeatDetector, "heartbeat-detector"),
        (ExerciseLab.OralMessages, "om"),
        (ExerciseLab.SignedMessages, "sm"),
    ];

    /// <summary>Every lab, in order.</summary>
    public static IReadOnlyList<ExerciseLab> All { get; } = [.. Names.Select(n => n.Lab)];

    /// <summary>The lab's name (`reliable-link`, `heartbeat-detector`, `om`, `sm`).</summary>
    public static string Name(this ExerciseLab lab) => Names.First(n => n.Lab == lab).Name;

    /// <summary>The lab a `--lab` value names (1..4 or a name), or null.</summary>
    public static ExerciseLab? Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (int.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out int number))
        {
            return Enum.IsDefined((ExerciseLab)number) ? (ExerciseLab)number : null;
        }

        return Names.Where(n => string.Equals(n.Name, text, StringComparison.OrdinalIgnoreCase)).Select(n => (ExerciseLab?)n.Lab).FirstOrDefault();
    }

    /// <summary>The values `--lab` accepts, for an error message.</summary>
    public static string Accepted => "1..4 or " + string.Join(", ", Names.Select(n => n.Name));
}
