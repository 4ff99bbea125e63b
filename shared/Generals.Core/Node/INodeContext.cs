using Generals.Core.Crypto;
using Generals.Core.Runtime;
using Generals.Core.Wire;

namespace Generals.Core.Node
{
    /// <summary>What a General offers its modules: identity, time, randomness, sending, persistence, telemetry.</summary>
    public interface INodeContext
    {
        /// <summary>This General's id (1 .. <see cref="Wire.FrameLimits.GeneralIdMax"/>).</summary>
        int Id { get; }

        /// <summary>The kit name, as in every frame and topic.</summary>
        string Kit { get; }

        /// <summary>This boot's incarnation (persisted and bumped before anything else at boot).</summary>
        uint Incarnation { get; }

        /// <summary>The ids of every other General of the kit, ascending.</summary>
        int[] Peers { get; }

        /// <summary>Milliseconds since boot, as the runtime passed it with the current input.</summary>
        long NowMs { get; }

        /// <summary>This General's seeded generator (same seed, same draws, on every runtime).</summary>
        Prng Random { get; }

        /// <summary>This General's signing key (scheme per kit), for protocols that sign their messages.</summary>
        ISigner Signer { get; }

        /// <summary>Verifies other Generals' signatures (and the harness's), by signer id.</summary>
        IVerifier Verifier { get; }

        /// <summary>
        /// Sends a frame through the General's link stack (authenticated when the kit says so; Data frames go
        /// through the reliable link when configured). <paramref name="to"/> may be <see cref="FrameLimits.Broadcast"/>.
        /// </summary>
        void Send(int to, FrameKind kind, uint instance, int round, byte[] payload);

        /// <summary>
        /// Sends one payload to each of the first <paramref name="count"/> of <paramref name="receivers"/> (distinct peers):
        /// what <see cref="Send"/> to each would do, but on an authenticated link as one frame carrying a tag per receiver,
        /// published and held once (an SM(m) relay of LMS signatures is kilobytes), the payload written straight into it.
        /// </summary>
        void SendToEach(int[] receivers, int count, FrameKind kind, uint instance, int round, IPayloadWriter payload);

        /// <summary>Stages a record write; the runtime makes it durable before any later output leaves.</summary>
        void Persist(string name, byte[] record);

        /// <summary>The record as of boot plus the writes staged since, or null when absent.</summary>
        byte[] Load(string name);

        /// <summary>Publishes a telemetry event on the General's events topic (not through the nemesis).</summary>
        void Report(TelemetryEvent telemetry);

        /// <summary>Asks for a <see cref="INodeModule.Tick"/> no later than <paramref name="atMs"/>.</summary>
        void WakeAt(long atMs);
    }
}
