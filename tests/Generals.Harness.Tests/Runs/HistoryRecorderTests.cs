using Generals.Harness.History;

namespace Generals.Harness.Tests.Runs;

public class HistoryRecorderTests
{
    [Fact]
    public void Record_ListenerAttached_HearsEveryEventInTheOrderTheHistoryHoldsThem()
    {
        var recorder = new HistoryRecorder(() => 0);
        var heard = new List<HistoryType>();
        recorder.EventRecorded += e => heard.Add(e.Type);

        recorder.Record(new HistoryEvent { TimeMs = 0, Type = HistoryType.Start });
        recorder.Record(new HistoryEvent { TimeMs = 5, Type = HistoryType.Crash, General = 2 });
        recorder.Record(new HistoryEvent { TimeMs = 9, Type = HistoryType.End });

        Assert.Equal([HistoryType.Start, HistoryType.Crash, HistoryType.End], heard);
        Assert.Equal(heard, recorder.Recorded().Select(e => e.Type));
    }
}
