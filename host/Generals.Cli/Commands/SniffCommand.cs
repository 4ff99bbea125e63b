using System.CommandLine;
using Generals.Harness.Inspect;
using Generals.Harness.Worlds.Emu;

namespace Generals.Cli.Commands;

/// <summary>
/// `generals sniff`: waits for a running emulated run (its run folder's <see cref="WatchCard"/>), logs in to its broker as the
/// read-only watcher and prints every frame sent and delivered, one line each, until the run ends.
/// </summary>
public static class SniffCommand
{
    /// <summary>How often a waiting sniffer looks for a run again: a run's broker is up a second or more before its generals send.</summary>
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(250);

    /// <summary>
    /// How long a watched run's card may be missing before the run counts as ended: a run that starts again slower (its
    /// timing asked for it) removes its card and writes a new one, with a new broker port, within a second or two.
    /// </summary>
    private static readonly TimeSpan RestartGrace = TimeSpan.FromSeconds(5);

    /// <summary>The most frames --count takes: a bound on what one command prints, far beyond any run of the sheets.</summary>
    public const int CountMax = 10_000_000;

    public static Command Create(CliConsole console)
    {
        var run = new Argument<string?>("run-folder")
        {
            Description = "The run folder of a running emulated run (its `watch the wire:` line names it). Default: the newest running "
                + "emulated run under --store.",
            Arity = ArgumentArity.ZeroOrOne,
        };
        run.Validators.Add(CliValues.NotAnOption);
        var store = new Option<string>("--store") { Description = "Where runs are written.", DefaultValueFactory = _ => "store" };
        var wait = new Option<string>("--wait")
        {
            Description = "How long to wait for a run to start, and for its broker to come back after an outage.", DefaultValueFactory = _ => "60s",
        };
        wait.Validators.Add(CliValues.DurationValue);
        var count = new Option<int>("--count") { Description = "Stop after this many frames (default: when the run ends)." };
        count.Validators.Add(result => CliValues.InRange(result, 1, CountMax));
        var command = new Command("sniff", "Watch a running emulated run's wire as the read-only watcher: one line per frame sent "
            + "(as a general published it) and per copy delivered (as the network handed it over): time, kind, from -> to, instance, round, size.");
        command.Arguments.Add(run);
        command.Options.Add(store);
        command.Options.Add(wait);
        command.Options.Add(count);
        command.SetAction(parse => Sniff(
            parse.GetValue(run), parse.GetValue(store)!, CliValues.Duration(parse.GetValue(wait)!)!.Value, parse.GetValue(count), console));
        return command;
    }

    private static int Sniff(string? runFolder, string store, TimeSpan wait, int count, CliConsole console)
    {
        var unreachable = new HashSet<string>(StringComparer.Ordinal);
        DateTime deadline = DateTime.UtcNow + wait;
        long sent = 0;
        long delivered = 0;
        string? following = runFolder;
        DateTime restartDeadline = DateTime.MinValue;
        while (true)
        {
            (string Folder, WatchCard Card)? found = following != null
                ? WatchCard.Read(following) is { } card ? (following, card) : null
                : Newest(store, unreachable);
            if (found == null)
            {
                if (following != null && sent + delivered > 0 && DateTime.UtcNow >= restartDeadline)
                {
                    break; // the run we watched removed its card and wrote no new one: it ended
                }

                if (DateTime.UtcNow >= deadline)
                {
                    throw new IOException(following != null
                        ? $"{following}: no running emulated run there (no {WatchCard.FileName}; waited {wait.TotalSeconds} s)"
                        : $"no emulated run is running under {store} (waited {wait.TotalSeconds} s): start one with `generals run SCENARIO --mode emu`");
                }

                Thread.Sleep(PollInterval);
                continue;
            }

            (string folder, WatchCard watch) = found.Value;
            int left = count == 0 ? 0 : count - (int)(sent + delivered);
            var sniffer = new WireSniffer(watch, line => console.Output.WriteLine(line), left);
            try
            {
                sniffer.ConnectAsync(CancellationToken.None).GetAwaiter().GetResult();
            }
            catch (Exception e) when (e is IOException or MQTTnet.Exceptions.MqttCommunicationException or System.Net.Sockets.SocketException)
            {
                sniffer.DisposeAsync().AsTask().GetAwaiter().GetResult();
                if (DateTime.UtcNow >= deadline)
                {
                    throw new IOException($"{folder}: cannot watch its broker {watch.Broker}: {e.Message}", e);
                }

                // A card whose broker does not answer: a run killed before it could remove it, or a broker restarting.
                if (following == null)
                {
                    unreachable.Add(folder);
                }

                Thread.Sleep(PollInterval);
                continue;
            }

            if (sent + delivered == 0)
            {
                console.Error.WriteLine($"watching {folder}: kit {watch.Kit}, broker {watch.Broker}");
            }

            sniffer.WatchAsync(CancellationToken.None).GetAwaiter().GetResult();
            sniffer.DisposeAsync().AsTask().GetAwaiter().GetResult();
            sent += sniffer.Sent;
            delivered += sniffer.Delivered;
            if (count > 0 && sent + delivered >= count)
            {
                break;
            }

            // The broker closed the connection: the run ended (its card is gone), or its broker is down for a while; follow it.
            following = folder;
            deadline = DateTime.UtcNow + wait;
            restartDeadline = DateTime.UtcNow + RestartGrace;
        }

        console.Error.WriteLine($"{sent} frames sent, {delivered} delivered");
        return 0;
    }

    /// <summary>The run folder (STORE/SCENARIO/TIME) with the newest card, skipping those whose broker did not answer.</summary>
    private static (string, WatchCard)? Newest(string store, HashSet<string> unreachable)
    {
        if (!Directory.Exists(store))
        {
            return null;
        }

        string? newest = Directory.EnumerateDirectories(store)
            .SelectMany(Directory.EnumerateDirectories)
            .Where(folder => !unreachable.Contains(folder) && File.Exists(Path.Combine(folder, WatchCard.FileName)))
            .OrderByDescending(folder => File.GetLastWriteTimeUtc(Path.Combine(folder, WatchCard.FileName)))
            .FirstOrDefault();
        return newest != null && WatchCard.Read(newest) is { } card ? (newest, card) : null;
    }
}
