using Generals.Harness.Runs;
using Generals.Harness.Scenarios;
using Microsoft.Playwright;

namespace Generals.Browser.Tests;

/// <summary>report.html opened in a real browser, from its file: the diagram is in the DOM the script and the SVG make.</summary>
[Collection("browser")]
public sealed class ReportPageTests(Chromium chromium) : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("generals-browser-report-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public async Task Report_SimRunWithLoss_EveryGeneralsLineEveryDeliveryAndDropMarkersInTheDom()
    {
        // fair-loss-link: two generals over a link that loses 20% of frames, so its history has drops.
        RunOutcome run = ScenarioRunner.RunSim(ScenarioLoader.Load("fair-loss-link"), 3);
        RunFolder.Write(run, _root, linkLatest: false);
        int delivers = run.History.Count(e => e.Type == Harness.History.HistoryType.Deliver);
        int drops = run.History.Count(e => e.Type == Harness.History.HistoryType.Drop);
        IPage page = await chromium.Browser.NewPageAsync();

        await page.GotoAsync(new Uri(Path.Combine(_root, "report.html")).AbsoluteUri);

        Assert.Equal(run.Scenario.Generals, await page.Locator(".diagram g.rows line.row").CountAsync());
        Assert.Equal(delivers, await page.Locator(".diagram line.deliver").CountAsync());
        Assert.True(drops > 0, "the scenario's loss dropped no frame: pick a seed that does");
        Assert.Equal(drops, await page.Locator(".diagram line.drop").CountAsync());
        await page.CloseAsync();
    }
}
