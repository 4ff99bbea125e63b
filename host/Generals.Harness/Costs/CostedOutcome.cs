using Generals.Harness.Runs;

namespace Generals.Harness.Costs;

/// <summary>A simulated run with its cost report, or with the reason it has none.</summary>
public sealed record CostedOutcome(RunOutcome Run, CostReport? Costs, string NotCosted);
