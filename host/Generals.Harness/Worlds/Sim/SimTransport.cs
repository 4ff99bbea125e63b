using Generals.Core.Runtime;

namespace Generals.Harness.Worlds.Sim;

/// <summary>A general's transport in the simulator: publishes go straight to the simulator, the inbox is a queue.</summary>
internal sealed class SimTransport(Action<string, byte[]> publish) : ITransport
{
    /// <summary>Backlog a paused general may accumulate before the network drops for it: bounds memory.</summary>
    public const int InboxMax = 100_000;

    private readonly Queue<InboundMessage> _inbox = new();

    /// <summary>Connected from the first attempt on, so the general publishes its status as it would to a broker.</summary>
    public bool IsConnected { get; private set; }

    public int Backlog => _inbox.Count;

    /// <summary>Always succeeds; a simulated network has no broker to publish the will, so it is not kept.</summary>
    public bool TryConnect(byte[] lastWill)
    {
        IsConnected = true;
        return true;
    }

    public bool Publish(string topic, byte[] payload, int qos, bool retain)
    {
        publish(topic, payload);
        return true;
    }

    public InboundMessage TryReceive() => _inbox.Count > 0 ? _inbox.Dequeue() : null!;

    public bool WaitForInbound(int timeoutMs) => _inbox.Count > 0;

    public bool Enqueue(InboundMessage message)
    {
        if (_inbox.Count >= InboxMax)
        {
            return false;
        }

        _inbox.Enqueue(message);
        return true;
    }

    public void Clear() => _inbox.Clear();
}
