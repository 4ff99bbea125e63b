using System.Net;
using System.Net.Sockets;
using System.Text;
using Generals.Cli.Serve;
using Generals.Harness.Runs;
using Generals.Harness.Scenarios;

namespace Generals.Cli.Tests.Serve;

/// <summary>`generals serve` over HTTP: who gets in, which files leave the store, and the runs list.</summary>
public sealed class ServeServerTests : IDisposable
{
    private readonly string _store = Directory.CreateTempSubdirectory("generals-serve-").FullName;

    public void Dispose() => Directory.Delete(_store, recursive: true);

    [Fact]
    public void Serve_BindBeyondLoopbackWithoutToken_RefusedAsAUsageError()
    {
        CliRunner.Result result = CliRunner.Run(["serve", _store, "--bind", "0.0.0.0", "--port", "0"]);

        Assert.Equal(ExitCodes.Usage, result.ExitCode);
        Assert.Contains("--token", result.Error, StringComparison.Ordinal);
        Assert.Contains("not a loopback address", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Serve_TokenSet_RequestWithoutIt401AndCountedWithItAdmittedAndTheQuerySetsTheCookie()
    {
        await using ServeServer server = await Start("s3cret-token");
        using var client = new HttpClient(new HttpClientHandler { UseCookies = true, CookieContainer = new CookieContainer() });

        HttpResponseMessage without = await client.GetAsync(new Uri(server.Url));
        HttpResponseMessage wrong = await client.GetAsync(new Uri(server.Url + "?token=guess"));
        HttpResponseMessage byQuery = await client.GetAsync(new Uri(server.Url + "?token=s3cret-token"));
        HttpResponseMessage byCookie = await client.GetAsync(new Uri(server.Url + "counters"));

        Assert.Equal(HttpStatusCode.Unauthorized, without.StatusCode);
        Assert.Contains("\"unauthorized\"", await without.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        Assert.Equal(HttpStatusCode.OK, byQuery.StatusCode);
        Assert.Equal(HttpStatusCode.OK, byCookie.StatusCode);
        Assert.Equal(2, server.Counters["unauthorized"]);
    }

    [Fact]
    public async Task Serve_HeaderToken_Admitted()
    {
        await using ServeServer server = await Start("s3cret-token");
        using var client = new HttpClient();
        client.DefaultRequestHeaders.Add(TokenGate.HeaderName, "s3cret-token");

        HttpResponseMessage response = await client.GetAsync(new Uri(server.Url));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [InlineData("GET /runs/%2e%2e/%2e%2e/%2e%2e/etc/passwd HTTP/1.1")]
    [InlineData("GET /runs/..%2f..%2f..%2fetc%2fpasswd HTTP/1.1")]
    [InlineData("GET /runs/../../../etc/passwd HTTP/1.1")]
    [InlineData("GET /runs/om/secret-run/secrets/harness.key HTTP/1.1")]
    public async Task Serve_PathOutOfTheStoreOrIntoSecrets_RefusedWithoutTheFile(string requestLine)
    {
        string run = Path.Combine(_store, "om", "secret-run");
        Directory.CreateDirectory(Path.Combine(run, "secrets"));
        await File.WriteAllTextAsync(Path.Combine(run, "secrets", "harness.key"), "PRIVATE-KEY");
        await using ServeServer server = await Start(token: null);

        string response = await Raw(server, requestLine);

        Assert.StartsWith("HTTP/1.1 4", response, StringComparison.Ordinal);
        Assert.DoesNotContain("root:", response, StringComparison.Ordinal);
        Assert.DoesNotContain("PRIVATE-KEY", response, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("../outside.html")]
    [InlineData("om/../../outside.html")]
    [InlineData("/etc/passwd.txt")]
    [InlineData("om/run/secrets/kit.json")]
    [InlineData("om/run/.hidden.json")]
    [InlineData("om/run/data/general-1/store.bin")]
    public void Resolve_TraversalPrivateOrUnservedPath_Null(string path)
    {
        var runs = new StoreRuns(_store);

        Assert.Null(runs.Resolve(path));
    }

    [Fact]
    public void Resolve_LinkLeadingOutOfTheStore_NullButLatestInsideIt_Resolved()
    {
        string outside = Directory.CreateTempSubdirectory("generals-serve-outside-").FullName;
        try
        {
            Directory.CreateDirectory(Path.Combine(_store, "om", "20260101T000000.000Z"));
            Directory.CreateSymbolicLink(Path.Combine(_store, "om", "latest"), "20260101T000000.000Z");
            Directory.CreateSymbolicLink(Path.Combine(_store, "om", "escape"), outside);
            var runs = new StoreRuns(_store);

            Assert.Null(runs.Resolve("om/escape/report.html"));
            Assert.Equal(Path.Combine(runs.Root, "om", "latest", "report.html"), runs.Resolve("om/latest/report.html"));
        }
        finally
        {
            Directory.Delete(outside, recursive: true);
        }
    }

    [Fact]
    public async Task Serve_RunsList_NewestFirstEachRowColouredByVerdictAndMatch()
    {
        WriteResults("two-generals/old", "valid", "valid", true, DateTime.UtcNow.AddHours(-2));
        WriteResults("fd-pause/new", "invalid", "valid", false, DateTime.UtcNow.AddHours(-1));
        await using ServeServer server = await Start(token: null);
        using var client = new HttpClient();

        string page = await client.GetStringAsync(new Uri(server.Url));

        int newer = page.IndexOf("<tr class=\"run invalid not-as-expected\"><td><a href=\"/runs/fd-pause/new/report.html\">", StringComparison.Ordinal);
        int older = page.IndexOf("<tr class=\"run valid as-expected\"><td><a href=\"/runs/two-generals/old/report.html\">", StringComparison.Ordinal);
        Assert.True(newer >= 0 && older > newer, page);
        Assert.Contains("NOT AS EXPECTED", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Serve_RunFolderWithHistoryButNoReport_ReportWrittenFromTheFolderAndServed()
    {
        string folder = Path.Combine(_store, "om-n3-m1", "run");
        RunFolder.Write(ScenarioRunner.RunSim(ScenarioLoader.Load("om-n3-m1"), 1), folder, linkLatest: false);
        File.Delete(Path.Combine(folder, "report.html"));
        await using ServeServer server = await Start(token: null);
        using var client = new HttpClient();

        HttpResponseMessage response = await client.GetAsync(new Uri(server.Url + "runs/om-n3-m1/run/report.html"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("class=\"diagram\"", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(folder, "report.html")));
    }

    [Fact]
    public async Task Serve_PostFromAnotherSitesPage_Forbidden()
    {
        await using ServeServer server = await Start(token: null);
        using var client = new HttpClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(server.Url + "live")) { Content = new FormUrlEncodedContent([new("scenario", "fd-pause")]) };
        request.Headers.Add("Origin", "http://evil.example");

        HttpResponseMessage response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Empty(server.Sessions.All());
        Assert.Equal(1, server.Counters["forbidden-origin"]);
    }

    [Theory]
    [InlineData("scenario=no-such-scenario", "unknown-scenario")]
    [InlineData("scenario=../../etc/passwd", "unknown-scenario")]
    [InlineData("scenario=fd-pause&seed=-1", "bad-seed")]
    public async Task Serve_StartLiveRunWithBadInput_400TypedAndCountedNothingStarted(string form, string error)
    {
        await using ServeServer server = await Start(token: null);
        using var client = new HttpClient();

        HttpResponseMessage response = await client.PostAsync(new Uri(server.Url + "live"), new StringContent(form, Encoding.UTF8, "application/x-www-form-urlencoded"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains($"\"error\":\"{error}\"", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(1, server.Counters[error]);
        Assert.Empty(server.Sessions.All());
    }

    [Fact]
    public async Task Serve_InstructorOnALiveRunThatDoesNotExist_404Typed()
    {
        await using ServeServer server = await Start(token: null);
        using var client = new HttpClient();

        HttpResponseMessage response = await client.PostAsync(new Uri(server.Url + "live/7/instructor/crash?general=1"), null);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("\"error\":\"unknown-run\"", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private Task<ServeServer> Start(string? token) => ServeServer.StartAsync(new ServeOptions(_store, IPAddress.Loopback, 0, token), TextWriter.Null);

    private void WriteResults(string path, string verdict, string expected, bool matches, DateTime writtenUtc)
    {
        string folder = Path.Combine(_store, path);
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "history.jsonl"), "");
        File.SetLastWriteTimeUtc(Path.Combine(folder, "history.jsonl"), writtenUtc);
        File.WriteAllText(Path.Combine(folder, "results.json"),
            $"{{\"scenario\":\"{path.Split('/')[0]}\",\"seed\":1,\"mode\":\"sim\",\"verdict\":\"{verdict}\",\"expected\":\"{expected}\",\"matches_expectation\":{(matches ? "true" : "false")}}}");
    }

    // A request exactly as written (HttpClient would tidy the path first), and the response's text.
    private static async Task<string> Raw(ServeServer server, string requestLine)
    {
        var url = new Uri(server.Url);
        using var tcp = new TcpClient();
        await tcp.ConnectAsync(url.Host, url.Port);
        await using NetworkStream stream = tcp.GetStream();
        byte[] request = Encoding.ASCII.GetBytes($"{requestLine}\r\nHost: {url.Authority}\r\nConnection: close\r\n\r\n");
        await stream.WriteAsync(request);
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return await reader.ReadToEndAsync();
    }
}
