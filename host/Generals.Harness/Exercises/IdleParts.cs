using Generals.Core.Links;
using Generals.Core.Protocols;
using Generals.Core.Wire;

namespace Generals.Harness.Exercises;

/// <summary>What stands in for a student's class whose constructor threw: sends, delivers and decides nothing (a skeleton).</summary>
internal sealed class IdleParts : IReliableLink, IOralRule, ISignedRule
{
    public void Boot(ILinkContext context)
    {
    }

    public bool HasRoom(int to) => true;

    public void Send(int to, byte[] message)
    {
    }

    public void Tick()
    {
    }

    public void OnData(Frame frame)
    {
    }

    public void OnAck(Frame frame)
    {
    }

    public void SendRound(IOralView view, int round)
    {
    }

    public int Decide(IOralView view) => ProtocolCodes.NoOrder;

    public void SendRound(ISignedView view, int round)
    {
    }

    public int Receive(ISignedView view, SignedChain chain, int sender, int round) => ProtocolViolation.BadChain;

    public int Decide(ISignedView view) => ProtocolCodes.NoOrder;
}
