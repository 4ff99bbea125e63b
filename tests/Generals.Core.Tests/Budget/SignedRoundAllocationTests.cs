using Generals.Core.Node;
using Xunit.Abstractions;

namespace Generals.Core.Tests.Budget;

/// <summary>
/// What one SM(2) instance with seven generals allocates in Core, per general (issue 12: under 20 KB on a board's
/// 80 KB heap). The figure is deterministic on the host, so it is bounded here; bench/RESULTS.md keeps the measured value.
/// </summary>
public class SignedRoundAllocationTests(ITestOutputHelper output)
{
    /// <summary>The board's budget for one SM(2) round of n = 7, per general.</summary>
    private const long BudgetBytes = 20 * 1024;

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void SignedMessages_SevenGeneralsMTwo_EachGeneralAllocatesUnderTwentyKilobytes(bool authenticatedLinks)
    {
        var network = new SignedRoundNetwork(7, authenticatedLinks);
        network.Boot();
        long[] afterBoot = [.. Enumerable.Range(0, 8).Select(network.AllocatedBy)];

        network.Start(new StartInstanceCommand(3, 1, 1, 1, 2, 100, 10, 0));
        network.Run(endMs: 1000, stepMs: 10);

        long[] round = [.. Enumerable.Range(1, 7).Select(id => network.AllocatedBy(id) - afterBoot[id])];
        output.WriteLine($"SM(2), n = 7, {(authenticatedLinks ? "authenticated" : "raw")} links: bytes allocated in Core per general: {string.Join(", ", round)}");
        Assert.Equal(6, network.Decisions.Count(d => d.Key != 1 && d.Value == 1));
        Assert.All(round, bytes => Assert.InRange(bytes, 1, BudgetBytes));
    }
}
