using System.Net;
using Generals.Cli.Serve;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Generals.Browser.Tests;

/// <summary>`generals serve` in a real browser: a live emulated run started from the page, a general crashed with its button.</summary>
[Collection("browser")]
public sealed class ServePageTests(Chromium chromium) : IDisposable
{
    private readonly string _store = Directory.CreateTempSubdirectory("generals-browser-serve-").FullName;

    public void Dispose() => Directory.Delete(_store, recursive: true);

    [Fact]
    public async Task Serve_LiveRunCrashButtonPressed_SuspicionShownLiveAndInstructorCrashInTheRunFoldersHistory()
    {
        await using ServeServer server = await ServeServer.StartAsync(new ServeOptions(_store, IPAddress.Loopback, 0, Token: null), TextWriter.Null);
        IPage page = await chromium.Browser.NewPageAsync();
        await page.GotoAsync(server.Url);

        // fd-sync-timeout: four generals with a fixed-timeout detector; its plan crashes general 4 at 10 s, we crash general 2 at once.
        await page.SelectOptionAsync("#scenario", "fd-sync-timeout");
        await page.FillAsync("#seed", "1");
        await page.ClickAsync("#start-run");
        await page.WaitForURLAsync("**/live/1");
        await Expect(page.Locator("#run-state")).ToHaveTextAsync("running", new() { Timeout = 90_000 });
        await page.ClickAsync("#crash-2");

        await Expect(page.Locator("#instructor-result")).ToHaveTextAsync("crash: done");
        await Expect(page.Locator("#state-2")).ToHaveTextAsync("crashed");
        await Expect(page.Locator("#live-diagram line.crash").First).ToBeAttachedAsync(new() { Timeout = 30_000 });
        Assert.True(await page.Locator("#live-diagram line.deliver").CountAsync() > 0, "the live diagram draws delivered frames as they arrive");
        await Expect(page.Locator("#suspected-2")).ToContainTextAsync("1", new() { Timeout = 30_000 });
        await Expect(page.Locator("#run-state")).ToHaveTextAsync("finished", new() { Timeout = 120_000 });
        LiveSession session = server.Sessions.Find(1)!;
        string[] history = File.ReadAllLines(Path.Combine(session.Folder, "history.jsonl"));
        Assert.Contains(history, l => l.Contains("\"type\":\"instructor\",\"general\":2,\"action\":\"crash\"", StringComparison.Ordinal));
        Assert.Contains(history, l => l.Contains("\"type\":\"crash\",\"general\":2,\"detail\":\"kill -9 (instructor)\"", StringComparison.Ordinal));
        await Expect(page.Locator("#report-link")).ToBeVisibleAsync();
        await page.CloseAsync();
    }
}
