using Generals.Core.Wire;

namespace Generals.Core.Links
{
    /// <summary>
    /// The reliable link of a General, over the fair-loss link its <see cref="ILinkContext"/> offers: every message sent to a
    /// correct peer is delivered there exactly once (retransmit until acknowledged, deduplicate). The General calls it for every
    /// application message and every Data or Ack frame; the kit's own is <see cref="ReliableLink"/> (exercise 1, exercises/README.md).
    /// </summary>
    public interface IReliableLink
    {
        /// <summary>Called once per boot, after the incarnation was bumped; keep the context and reload persisted state here.</summary>
        void Boot(ILinkContext context);

        /// <summary>False when a message to <paramref name="to"/> cannot be taken now (the General counts it as QueueFull).</summary>
        bool HasRoom(int to);

        /// <summary>The application sends <paramref name="message"/> to <paramref name="to"/>: it must get there once.</summary>
        void Send(int to, byte[] message);

        /// <summary>Time passed: retransmit what is due and ask for the next wake-up.</summary>
        void Tick();

        /// <summary>A Data frame from a peer (authenticated when the kit says so; never trust its payload's length).</summary>
        void OnData(Frame frame);

        /// <summary>An Ack frame from a peer.</summary>
        void OnAck(Frame frame);
    }
}
