using System.Net;
using System.Text.Json;
using Generals.Cli.Serve;
using Generals.Harness.Tests.Schema;

namespace Generals.Cli.Tests.Serve;

/// <summary>A live emulated run of `generals serve`, driven over HTTP: the instructor's commands, their refusals and their ground truth.</summary>
[Collection("emulated")]
public sealed class ServeLiveRunTests : IDisposable
{
    /// <summary>How long the test waits for the run to reach a state: generous, the machine is shared.</summary>
    private static readonly TimeSpan StateWait = TimeSpan.FromSeconds(120);

    private readonly string _store = Directory.CreateTempSubdirectory("generals-serve-live-").FullName;

    public void Dispose() => Directory.Delete(_store, recursive: true);

    [Fact]
    public async Task Instructor_BadCommandsRefusedTypedAndCountedGoodOnesWrittenAsGroundTruthAfterAnInstructorLine()
    {
        await using ServeServer server = await ServeServer.StartAsync(new ServeOptions(_store, IPAddress.Loopback, 0, Token: null), TextWriter.Null);
        using var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = new Uri(server.Url) };
        // reliable-link: three generals for 7 s, no fault of its own.
        HttpResponseMessage started = await client.PostAsync(new Uri("live?scenario=reliable-link&seed=1", UriKind.Relative), null);
        Assert.Equal("/live/1", started.Headers.Location?.OriginalString);
        await WaitForState(client, "running");

        var refused = new Dictionary<string, string>
        {
            ["explode?general=1"] = "unknown-command",
            ["crash?general=9"] = "unknown-general",
            ["crash?general=abc"] = "unknown-general",
            ["crash"] = "unknown-general",
            ["resume?general=1"] = "not-paused",
            ["restart?general=1"] = "general-running",
            ["partition?groups=1|1"] = "bad-groups",
            ["partition?groups=1,2"] = "bad-groups",
            ["partition?groups=1|x"] = "bad-groups",
            ["heal"] = "no-partition",
        };
        var answers = new Dictionary<string, (HttpStatusCode, string)>();
        foreach (string command in refused.Keys)
        {
            answers[command] = await Post(client, command);
        }

        string[] carried = ["pause?general=2", "resume?general=2", "partition?groups=1|2", "heal", "crash?general=1", "restart?general=1"];
        var done = new List<HttpStatusCode>();
        foreach (string command in carried)
        {
            done.Add((await Post(client, command)).Status);
        }

        await WaitForState(client, "finished");
        string[] history = File.ReadAllLines(Path.Combine(server.Sessions.Find(1)!.Folder, "history.jsonl"));

        Assert.All(refused, r => Assert.Equal((HttpStatusCode.BadRequest, r.Value), answers[r.Key]));
        Assert.Equal(3, server.Counters["unknown-general"]);
        Assert.Equal(3, server.Counters["bad-groups"]);
        Assert.Equal(1, server.Counters["unknown-command"]);
        Assert.All(done, status => Assert.Equal(HttpStatusCode.OK, status));
        string[] types = [.. history.Select(l => JsonDocument.Parse(l).RootElement.GetProperty("type").GetString()!)
            .Where(t => t is "instructor" or "pause" or "resume" or "partition-start" or "partition-end" or "crash" or "restart")];
        Assert.Equal(["instructor", "pause", "instructor", "resume", "instructor", "partition-start", "instructor", "partition-end", "instructor", "crash", "instructor", "restart"], types);
        Assert.Contains(history, l => l.Contains("\"type\":\"pause\",\"general\":2,\"duration_ms\":-1", StringComparison.Ordinal));
        Assert.Contains(history, l => l.Contains("\"type\":\"partition-start\",\"partition\":0,\"groups\":[[1],[2]],\"one_way\":false", StringComparison.Ordinal));
        Assert.Contains(history, l => l.Contains("\"type\":\"crash\",\"general\":1,\"detail\":\"kill -9 (instructor)\",\"restart_after_ms\":-1", StringComparison.Ordinal));
        Assert.Empty(HistorySchemaValidator.Problems(history));
    }

    private static async Task<(HttpStatusCode Status, string Error)> Post(HttpClient client, string command)
    {
        HttpResponseMessage response = await client.PostAsync(new Uri("live/1/instructor/" + command, UriKind.Relative), null);
        using JsonDocument body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return (response.StatusCode, body.RootElement.TryGetProperty("error", out JsonElement error) ? error.GetString()! : "");
    }

    private static async Task WaitForState(HttpClient client, string state)
    {
        DateTime deadline = DateTime.UtcNow + StateWait;
        string status = "";
        while (DateTime.UtcNow < deadline)
        {
            status = await client.GetStringAsync(new Uri("live/1/status", UriKind.Relative));
            if (status.Contains($"\"state\":\"{state}\"", StringComparison.Ordinal))
            {
                return;
            }

            Assert.DoesNotContain("\"state\":\"failed\"", status, StringComparison.Ordinal);
            await Task.Delay(200);
        }

        Assert.Fail($"the live run did not reach {state} within {StateWait.TotalSeconds} s: {status}");
    }
}
