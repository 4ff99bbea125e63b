namespace Generals.Harness.Report;

/// <summary>
/// A stretch of ground truth the diagram shades: <see cref="Kind"/> is its CSS class (crash, pause, partition,
/// broker-down), <see cref="General"/> the general's row it covers (0: every row).
/// </summary>
public sealed record ShadedWindow(string Kind, int General, long FromMs, long UntilMs, string Title);
