namespace Generals.Harness.Checkers.Detection;

/// <summary>What the harness knows a General to be at some instant (ground truth from the fault log).</summary>
public enum NodeCondition
{
    /// <summary>Running: suspecting it is a mistake.</summary>
    Up,

    /// <summary>Paused (the stop-the-world case): not crashed, so suspecting it is a mistake too.</summary>
    Paused,

    /// <summary>Crashed (power cut or kill) and not restarted yet: it should be suspected.</summary>
    Crashed,
}
