using System.Diagnostics;
using System.Globalization;
using Spectre.Console;

namespace Generals.Cli;

/// <summary>
/// Progress of long work (demo, run --repeat, explore) on stderr, never stdout: a live bar with the time left where
/// <see cref="CliConsole.ErrorColour"/>, else a plain line now and then with the same figures.
/// </summary>
public sealed class CliProgress
{
    private readonly object _gate = new();
    private readonly CliConsole _console;
    private readonly long _plainEvery;
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private ProgressTask? _bar;

    private CliProgress(CliConsole console, long plainEvery)
    {
        _console = console;
        _plainEvery = plainEvery;
    }

    /// <summary>
    /// Runs <paramref name="work"/>, which reports through the progress it is given; a plain line is written for every
    /// <paramref name="plainEvery"/>-th step (a bar redraws itself at its own pace).
    /// </summary>
    public static T Run<T>(CliConsole console, string title, long total, long plainEvery, Func<CliProgress, T> work)
    {
        ArgumentNullException.ThrowIfNull(console);
        ArgumentNullException.ThrowIfNull(work);
        ArgumentOutOfRangeException.ThrowIfLessThan(plainEvery, 1);
        var progress = new CliProgress(console, plainEvery);
        if (!console.ErrorColour)
        {
            return work(progress);
        }

        return console.AnsiError().Progress()
            .AutoClear(true)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn(), new RemainingTimeColumn(), new SpinnerColumn())
            .Start(context =>
            {
                progress._bar = context.AddTask(Markup.Escape(title), maxValue: Math.Max(total, 1));
                T result = work(progress);
                progress._bar.Value = progress._bar.MaxValue;
                return result;
            });
    }

    /// <summary>
    /// <paramref name="done"/> of <paramref name="total"/> steps are done; <paramref name="what"/> says what runs now (null: keep it).
    /// Safe from any thread.
    /// </summary>
    public void Report(long done, long total, string? what = null)
    {
        lock (_gate)
        {
            if (_bar != null)
            {
                _bar.MaxValue = Math.Max(total, 1);
                _bar.Value = done;
                if (what != null)
                {
                    _bar.Description = Markup.Escape(what);
                }

                return;
            }

            if (done % _plainEvery == 0 || what != null)
            {
                _console.Error.WriteLine(PlainLine(done, total, _clock.Elapsed, what));
            }
        }
    }

    /// <summary>"[3/12] 12.3 s, about 40 s left: what": the time left is the mean time per step so far times the steps left.</summary>
    public static string PlainLine(long done, long total, TimeSpan elapsed, string? what)
    {
        string left = done > 0 && done < total
            ? string.Create(CultureInfo.InvariantCulture, $", about {elapsed.TotalSeconds / done * (total - done):0} s left")
            : "";
        return string.Create(CultureInfo.InvariantCulture, $"[{done}/{total}] {elapsed.TotalSeconds:0.0} s{left}{(what == null ? "" : ": " + what)}");
    }
}
