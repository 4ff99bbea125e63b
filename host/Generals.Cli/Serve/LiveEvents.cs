using System.Globalization;
using Microsoft.AspNetCore.Http;

namespace Generals.Cli.Serve;

/// <summary>
/// `/live/{id}/events`: the run's history as server-sent events, one message per history line (its JSON, `id:` its
/// position, so a reconnecting browser resumes with Last-Event-ID), `event: verdicts` when the checkers' verdicts change,
/// `event: reset` when the run starts again (slower), and `event: done` with the run's status once it ended.
/// </summary>
public static class LiveEvents
{
    /// <summary>How often the stream looks for new lines: live to an eye, cheap for the server.</summary>
    public const int PollIntervalMs = 200;

    /// <summary>Lines sent per look: bounds one write when a page connects late to a long run.</summary>
    public const int LinesPerPollMax = 5_000;

    public static async Task StreamAsync(LiveSession session, HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(session);
        ArgumentNullException.ThrowIfNull(context);
        CancellationToken gone = context.RequestAborted;
        HttpResponse response = context.Response;
        response.ContentType = "text/event-stream";
        response.Headers.CacheControl = "no-cache";
        int next = int.TryParse(context.Request.Headers["Last-Event-ID"].FirstOrDefault(), NumberStyles.None, CultureInfo.InvariantCulture, out int last) ? last + 1 : 0;
        int generation = -1;
        int verdictsSent = -1;
        try
        {
            while (!gone.IsCancellationRequested)
            {
                bool ended = session.Ended;
                (List<string> lines, int nowGeneration, string verdicts, int verdictsVersion) = session.Read(next, LinesPerPollMax);
                if (generation >= 0 && nowGeneration != generation)
                {
                    // The run started again: the page drops what it drew and takes the new history from its first line.
                    await response.WriteAsync("event: reset\ndata: {}\n\n", gone).ConfigureAwait(false);
                    next = 0;
                    generation = nowGeneration;
                    continue;
                }

                generation = nowGeneration;
                foreach (string line in lines)
                {
                    await response.WriteAsync($"id: {next.ToString(CultureInfo.InvariantCulture)}\ndata: {line}\n\n", gone).ConfigureAwait(false);
                    next++;
                }

                if (verdictsVersion != verdictsSent)
                {
                    await response.WriteAsync($"event: verdicts\ndata: {verdicts}\n\n", gone).ConfigureAwait(false);
                    verdictsSent = verdictsVersion;
                }

                if (ended && lines.Count < LinesPerPollMax)
                {
                    await response.WriteAsync($"event: done\ndata: {session.StatusJson()}\n\n", gone).ConfigureAwait(false);
                    await response.Body.FlushAsync(gone).ConfigureAwait(false);
                    return;
                }

                await response.Body.FlushAsync(gone).ConfigureAwait(false);
                await Task.Delay(PollIntervalMs, gone).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (gone.IsCancellationRequested)
        {
            // The page went away: nothing to finish.
        }
    }
}
