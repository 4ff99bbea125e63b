using BenchmarkDotNet.Attributes;
using Generals.Core.Node;
using Generals.Core.Protocols;

namespace Generals.Bench;

/// <summary>
/// One whole instance of OM(2) with 7 generals (156 messages) and of SM(2) with 4 generals (ideal signatures),
/// through the protocol modules alone (persistence to memory, no General or codec): an upper bound on the
/// protocol messages a second the simulator can carry, and the cost of one explored state (one run).
/// </summary>
[MemoryDiagnoser]
public class ProtocolRoundBenchmarks
{
    [Benchmark]
    public int OralMessagesN7M2() => Run(ProtocolCodes.OralMessages, 7, () => new OralMessages());

    [Benchmark]
    public int SignedMessagesN4M2() => Run(ProtocolCodes.SignedMessages, 4, () => new SignedMessages());

    [Benchmark]
    public int OralMessagesN4M1() => RunM(ProtocolCodes.OralMessages, 4, 1, () => new OralMessages());

    private static int Run(int protocol, int generals, Func<INodeModule> factory) => RunM(protocol, generals, 2, factory);

    private static int RunM(int protocol, int generals, int m, Func<INodeModule> factory)
    {
        var network = new ProtocolNetwork(generals, factory);
        network.Control(new StartInstanceCommand(protocol, 1, 1, ProtocolCodes.Attack, m, 100, 10, 0));
        network.Run(10_000);
        if (network.Decisions != generals)
        {
            throw new InvalidOperationException("every general decides");
        }

        return network.Messages;
    }
}
