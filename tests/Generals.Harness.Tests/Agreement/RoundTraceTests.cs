using Generals.Core.Protocols;
using Generals.Harness.Checkers.Agreement;
using Generals.Harness.History;
using Generals.Harness.Inspect;
using static Generals.Harness.Tests.Agreement.Histories;

namespace Generals.Harness.Tests.Agreement;

public class RoundTraceTests
{
    [Fact]
    public void DescribePayload_EachProtocol_ReadableText()
    {
        Assert.Equal("ATTACK path 1>3", RoundTrace.DescribePayload(OralMessagePayload.Encode(Attack, [1, 3], 2)));
        Assert.Equal("RETREAT chain 1,2", RoundTrace.DescribePayload(SignedChain.First(Retreat, 1, [9]).Extend(2, [8]).Encode()));
        Assert.Equal("messenger 2 ATTACK", RoundTrace.DescribePayload([1, 1, 1, 2, 0]));
        Assert.Equal("ack 2 ATTACK", RoundTrace.DescribePayload([1, 2, 1, 2, 0]));
        Assert.Equal("malformed OM payload (2 bytes)", RoundTrace.DescribePayload([2, 1]));
    }

    [Fact]
    public void Render_Instance_ListsRoundsMessagesFatesRejectionsAndDecisions()
    {
        AgreementInstance instance = Om(3, 1, commander: 1, order: Attack, traitors: 3);
        List<HistoryEvent> history =
        [
            Send(10, 1, 2, 0, "ATTACK path 1", sequence: 1), Deliver(11, 1, 2, 0, sequence: 1),
            Send(10, 1, 3, 0, "ATTACK path 1", sequence: 2), Drop(11, 1, 3, 0, sequence: 2),
            Send(110, 2, 3, 1, "ATTACK path 1>2", sequence: 1), Deliver(111, 2, 3, 1, sequence: 1),
            Send(110, 3, 2, 1, "RETREAT path 3>1", sequence: 1), Deliver(215, 3, 2, 1, sequence: 1),
            Reject(215, 2, 3, ProtocolViolation.Late),
            Decide(210, 2, Retreat), Decide(210, 1, Attack),
        ];

        string trace = RoundTrace.Render(history, instance);

        Assert.Equal(
            """
            instance 1: OM(1), generals 1 2 3, commander 1 orders ATTACK, traitors: 3
            round 0 (10..110 ms)
                  10 ms    1 -> 2   ATTACK path 1            arrived 11 ms
                  10 ms    1 -> 3   ATTACK path 1            dropped (loss)
            round 1 (110..210 ms)
                 110 ms    2 -> 3   ATTACK path 1>2          arrived 111 ms
                 110 ms    3 -> 2   RETREAT path 3>1         [traitor] arrived 215 ms, LATE
            rejections
                 215 ms  2 rejected a message from 3: late
            decisions
                 210 ms  1 (commander) decided ATTACK
                 210 ms  2 (lieutenant) decided RETREAT

            """.Replace("\r", string.Empty, StringComparison.Ordinal),
            trace);
    }
}
