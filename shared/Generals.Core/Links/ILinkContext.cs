using Generals.Core.Node;
using Generals.Core.Wire;

namespace Generals.Core.Links
{
    /// <summary>
    /// What a General offers its reliable link (<see cref="IReliableLink"/>): identity, time, the fair-loss link beneath it,
    /// delivery to the application above it, persistence and telemetry. Sans-I/O like <see cref="INodeContext"/>.
    /// </summary>
    public interface ILinkContext
    {
        /// <summary>This General's id.</summary>
        int Id { get; }

        /// <summary>The ids of every other General of the kit, ascending.</summary>
        int[] Peers { get; }

        /// <summary>This boot's incarnation: every frame sent carries it, and an Ack names the incarnation it acknowledges.</summary>
        uint Incarnation { get; }

        /// <summary>Milliseconds since boot, as the runtime passed it with the current input.</summary>
        long NowMs { get; }

        /// <summary>The first retransmission delay of a message, in milliseconds (the kit's settings).</summary>
        int RetransmitInitialMs { get; }

        /// <summary>The largest retransmission delay: a doubling backoff stops growing here.</summary>
        int RetransmitMaxMs { get; }

        /// <summary>True when sends must survive a power cut (written to the store before they first leave).</summary>
        bool DurableSend { get; }

        /// <summary>One frame of <paramref name="kind"/> (Data or Ack) to <paramref name="to"/> over the fair-loss link: it may be lost, duplicated or reordered.</summary>
        void SendRaw(int to, FrameKind kind, byte[] payload);

        /// <summary>A fresh delivery index (unique per General across incarnations), to persist before <see cref="Deliver"/>.</summary>
        long NextDeliveryIndex();

        /// <summary>Hands a message to the application (and the harness's checker); a repeated index counts once.</summary>
        void Deliver(int from, uint senderIncarnation, byte[] message, long deliveryIndex);

        /// <summary>Stages a record write; the runtime makes it durable before any later output leaves.</summary>
        void Persist(string name, byte[] record);

        /// <summary>The record as of boot plus the writes staged since, or null when absent.</summary>
        byte[] Load(string name);

        /// <summary>Publishes a telemetry event (not through the nemesis).</summary>
        void Report(TelemetryEvent telemetry);

        /// <summary>Counts a peer's bad input and reports it.</summary>
        void Reject(RejectReason reason, int from, long detail);

        /// <summary>Asks for a <see cref="IReliableLink.Tick"/> no later than <paramref name="atMs"/>.</summary>
        void WakeAt(long atMs);
    }
}
