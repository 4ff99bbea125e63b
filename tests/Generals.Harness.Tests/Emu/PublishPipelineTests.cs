using Generals.Harness.Worlds.Emu;

namespace Generals.Harness.Tests.Emu;

/// <summary>The relay's publishes: several in flight up to the bound, each general's in order, failures counted.</summary>
public sealed class PublishPipelineTests
{
    private readonly List<StartedPublish> _started = [];
    private readonly PublishPipeline _pipeline;
    private int _overlaps;

    public PublishPipelineTests() => _pipeline = new PublishPipeline(Publish);

    [Fact]
    public async Task Enqueue_TwoFramesToOneGeneral_SecondStartsOnlyAfterTheFirstIsDone()
    {
        _pipeline.Enqueue("2", "gl/lab/n/2/in", [1], retain: false);
        _pipeline.Enqueue("2", "gl/lab/n/2/in", [2], retain: false);

        Assert.Single(Started());

        await Complete(0);

        Assert.Equal(2, Started().Length);
    }

    [Fact]
    public void Enqueue_FramesToDifferentGenerals_InFlightTogether()
    {
        for (int general = 1; general <= 5; general++)
        {
            _pipeline.Enqueue(general.ToString(System.Globalization.CultureInfo.InvariantCulture), $"gl/lab/n/{general}/in", [1], retain: false);
        }

        Assert.Equal(5, Started().Length);
    }

    [Fact]
    public async Task Enqueue_MoreGeneralsThanTheBound_AtMostInFlightMaxUntilOneIsDone()
    {
        for (int general = 1; general <= PublishPipeline.InFlightMax + 10; general++)
        {
            _pipeline.Enqueue(general.ToString(System.Globalization.CultureInfo.InvariantCulture), $"gl/lab/n/{general}/in", [1], retain: false);
        }

        Assert.Equal(PublishPipeline.InFlightMax, Started().Length);

        await Complete(3);

        Assert.Equal(PublishPipeline.InFlightMax + 1, Started().Length);
        Assert.Equal($"gl/lab/n/{PublishPipeline.InFlightMax + 1}/in", Started()[^1]);
    }

    [Fact]
    public async Task Enqueue_ManyFramesCompletedInRandomOrder_EachGeneralsFramesStartInTheOrderGiven()
    {
        const int frames = 400;
        var random = new Random(7);
        var given = new Dictionary<string, List<int>>();
        for (int frame = 0; frame < frames; frame++)
        {
            string general = random.Next(1, 8).ToString(System.Globalization.CultureInfo.InvariantCulture);
            (given.TryGetValue(general, out List<int>? list) ? list : given[general] = []).Add(frame);
            _pipeline.Enqueue(general, Inbox(general), BitConverter.GetBytes(frame), retain: false);
        }

        // Completes one publish in flight, chosen at random, per step, until all went out.
        for (int step = 0; step < frames; step++)
        {
            StartedPublish[] open = [.. Snapshot().Where(s => !s.Done.Task.IsCompleted)];
            StartedPublish chosen = open[random.Next(open.Length)];
            string general = chosen.Topic.Split('/')[3];
            int before = Snapshot().Length;
            bool more = StartedPayloads(general).Length < given[general].Count;
            chosen.Done.SetResult();
            if (more)
            {
                await WaitUntil(() => Snapshot().Length > before);
            }
        }

        await _pipeline.WhenIdle().WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Equal(frames, Snapshot().Length);
        Assert.Equal(0, _overlaps);
        Assert.All(given, pair => Assert.Equal(pair.Value, StartedPayloads(pair.Key)));
    }

    [Fact]
    public async Task Enqueue_PublishFaults_CountedWithItsReasonAndTheGeneralsNextFrameStillGoes()
    {
        _pipeline.Enqueue("2", "gl/lab/n/2/in", [1], retain: false);
        _pipeline.Enqueue("2", "gl/lab/n/2/in", [2], retain: false);

        Snapshot()[0].Done.SetException(new InvalidOperationException("not connected"));

        await WaitUntil(() => Started().Length == 2);
        Assert.Equal(1, _pipeline.Failures);
        Assert.Equal("not connected: gl/lab/n/2/in", _pipeline.LastError);
    }

    [Fact]
    public void Enqueue_PublishThrowsAtOnce_CountedNotThrown()
    {
        var pipeline = new PublishPipeline((_, _, _) => throw new InvalidOperationException("not connected"));

        Assert.True(pipeline.Enqueue("1", "gl/lab/n/1/in", [1], retain: false));
        Assert.True(pipeline.Enqueue("1", "gl/lab/n/1/in", [2], retain: false));

        Assert.Equal(2, pipeline.Failures);
        Assert.True(pipeline.WhenIdle().IsCompleted);
    }

    [Fact]
    public void Enqueue_QueueFull_RefusedAndCounted()
    {
        var pipeline = new PublishPipeline(Publish, inFlightMax: 1, queuedMax: 2);

        // One in flight, two waiting: the queue is full.
        Assert.True(pipeline.Enqueue("1", "gl/lab/n/1/in", [1], retain: false));
        Assert.True(pipeline.Enqueue("1", "gl/lab/n/1/in", [2], retain: false));
        Assert.True(pipeline.Enqueue("2", "gl/lab/n/2/in", [3], retain: false));
        bool accepted = pipeline.Enqueue("3", "gl/lab/n/3/in", [4], retain: false);

        Assert.False(accepted);
        Assert.Equal(1, pipeline.Overflows);
        Assert.StartsWith("relay queue full (2 publishes waiting)", pipeline.LastError, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WhenIdle_PublishInFlight_CompletesOnlyOnceItIsDone()
    {
        _pipeline.Enqueue("1", "gl/lab/n/1/in", [1], retain: false);
        Task idle = _pipeline.WhenIdle();

        Assert.False(idle.IsCompleted);

        Snapshot()[0].Done.SetResult();

        await idle.WaitAsync(TimeSpan.FromSeconds(10));
    }

    private static string Inbox(string general) => $"gl/lab/n/{general}/in";

    private Task Publish(string topic, byte[] payload, bool retain)
    {
        var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (_started)
        {
            // A general's publish started while an earlier one to it is still in flight: the order is no longer the relay's.
            _overlaps += _started.Count(s => s.Topic == topic && !s.Done.Task.IsCompleted);
            _started.Add(new StartedPublish(topic, payload, done));
        }

        return done.Task;
    }

    private StartedPublish[] Snapshot()
    {
        lock (_started)
        {
            return [.. _started];
        }
    }

    private string[] Started() => [.. Snapshot().Select(s => s.Topic)];

    private int[] StartedPayloads(string general) =>
        [.. Snapshot().Where(s => s.Topic == Inbox(general)).Select(s => BitConverter.ToInt32(s.Payload))];

    // Completes the index-th publish started, and waits until the pipeline started the next (its continuation runs on the pool).
    private async Task Complete(int index)
    {
        int before = Started().Length;
        Snapshot()[index].Done.SetResult();
        await WaitUntil(() => Started().Length > before);
    }

    private static async Task WaitUntil(Func<bool> condition)
    {
        for (int attempt = 0; attempt < 1000 && !condition(); attempt++)
        {
            await Task.Delay(5);
        }
    }

    private sealed record StartedPublish(string Topic, byte[] Payload, TaskCompletionSource Done);
}
