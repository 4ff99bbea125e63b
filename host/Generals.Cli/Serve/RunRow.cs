namespace Generals.Cli.Serve;

/// <summary>
/// One run folder of the store as the runs list shows it: its path under the store ('/'-separated), what results.json
/// says (scenario, mode, seed, verdict, expected, whether they match; "none" while a run has no results.json yet) and
/// when its history was written.
/// </summary>
public sealed record RunRow(string Path, string Scenario, string Mode, string Seed, string Verdict, string Expected, bool AsExpected, DateTime WrittenUtc);
