namespace Generals.Core.Runtime
{
    /// <summary>The General's only door to the network: publish to a topic, take what arrived on its inbox.</summary>
    public interface ITransport
    {
        /// <summary>True while the transport can publish and receive.</summary>
        bool IsConnected { get; }

        /// <summary>
        /// One connection attempt that leaves <paramref name="lastWill"/> (a sealed `offline` status) as the retained will the
        /// broker publishes on the status topic if the connection dies; returns whether it is connected afterwards. Never loops.
        /// </summary>
        bool TryConnect(byte[] lastWill);

        /// <summary>Publishes bytes to a topic. Returns false when not connected or the publish failed.</summary>
        bool Publish(string topic, byte[] payload, int qos, bool retain);

        /// <summary>The next inbound payload (from the inbox or control topic), or null when none is waiting.</summary>
        InboundMessage TryReceive();

        /// <summary>Blocks up to <paramref name="timeoutMs"/> for an inbound payload; returns whether one is waiting.</summary>
        bool WaitForInbound(int timeoutMs);
    }
}
