using System.Globalization;
using Generals.Harness.Worlds.Emu;

namespace Generals.Harness.Tests.Emu;

public sealed class ParentWatchTests
{
    /// <summary>A bound on waiting for the watch's report, generous for a loaded machine; the watch itself polls every 250 ms.</summary>
    private static readonly TimeSpan ReportMax = TimeSpan.FromSeconds(30);

    [Fact]
    public void Start_PipeFromParentCloses_ReportsOnce()
    {
        using var pipe = new HeldPipe();
        var reports = new List<string>();
        using var reported = new ManualResetEventSlim();
        using ParentWatch watch = ParentWatch.Start(pipe, () => true, what =>
        {
            lock (reports)
            {
                reports.Add(what);
            }

            reported.Set();
        });

        pipe.CloseWriteEnd();

        Assert.True(reported.Wait(ReportMax));
        Assert.Equal(["the pipe from the parent closed"], reports);
    }

    [Fact]
    public void Start_ParentProcessGoneWhilePipeStaysOpen_Reports()
    {
        using var pipe = new HeldPipe();
        string? report = null;
        using var reported = new ManualResetEventSlim();
        bool parentAlive = true;
        using ParentWatch watch = ParentWatch.Start(pipe, () => Volatile.Read(ref parentAlive), what =>
        {
            report = what;
            reported.Set();
        });

        Volatile.Write(ref parentAlive, false);

        Assert.True(reported.Wait(ReportMax));
        Assert.Equal("the parent process is gone", report);
    }

    [Fact]
    public void IsAlive_ThisProcesssParent_TrueAndAnotherPid_False()
    {
        string stat = File.ReadAllText($"/proc/{Environment.ProcessId}/stat");
        int parent = int.Parse(stat[(stat.LastIndexOf(')') + 4)..].Split(' ')[0], CultureInfo.InvariantCulture);

        Assert.True(ParentProcess.IsAlive(parent));
        Assert.False(ParentProcess.IsAlive(Environment.ProcessId));
    }

    /// <summary>The read end of a pipe whose writer never writes: a read waits until the writer closes, then reads nothing.</summary>
    private sealed class HeldPipe : Stream
    {
        private readonly ManualResetEventSlim _closed = new();

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public void CloseWriteEnd() => _closed.Set();

        public override int Read(byte[] buffer, int offset, int count)
        {
            _closed.Wait();
            return 0;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            // The reading thread must not outlive the test: closing the writer ends its read.
            _closed.Set();
            base.Dispose(disposing);
        }
    }
}
