using Generals.Core.Crypto;
using Generals.Core.Runtime;
using Generals.Core.Wire;

namespace Generals.Core.Node
{
    /// <summary>The <see cref="INodeContext"/> a General hands its modules: a narrow view of the General.</summary>
    internal sealed class GeneralContext : INodeContext
    {
        private readonly General _general;

        public GeneralContext(General general)
        {
            _general = general;
        }

        public int Id
        {
            get { return _general.Settings.Id; }
        }

        public string Kit
        {
            get { return _general.Settings.Kit; }
        }

        public uint Incarnation
        {
            get { return _general.Incarnation; }
        }

        public int[] Peers
        {
            get { return _general.Settings.Peers; }
        }

        public long NowMs
        {
            get { return _general.NowMs; }
        }

        public Prng Random
        {
            get { return _general.Random; }
        }

        public ISigner Signer
        {
            get { return _general.Settings.Signer; }
        }

        public IVerifier Verifier
        {
            get { return _general.Settings.Verifier; }
        }

        public void Send(int to, FrameKind kind, uint instance, int round, byte[] payload)
        {
            Check.InRange(to, FrameLimits.HarnessId, FrameLimits.Broadcast, "to");
            Check.That(kind != FrameKind.Control && kind != FrameKind.Event && kind != FrameKind.Ack, "modules send Data, Heartbeat or Protocol");
            _general.Send(to, kind, instance, round, payload == null ? new byte[0] : payload);
        }

        public void SendToEach(int[] receivers, int count, FrameKind kind, uint instance, int round, IPayloadWriter payload)
        {
            Check.NotNull(receivers, "receivers");
            Check.InRange(count, 0, receivers.Length, "count");
            Check.That(kind == FrameKind.Data || kind == FrameKind.Heartbeat || kind == FrameKind.Protocol, "modules send Data, Heartbeat or Protocol");
            for (int i = 0; i < count; i++)
            {
                Check.InRange(receivers[i], 1, FrameLimits.GeneralIdMax, "receiver");
                Check.That(receivers[i] != _general.Settings.Id, "a general does not send to itself");
            }

            _general.SendToEach(receivers, count, kind, instance, round, payload == null ? new PayloadBytes(null) : payload);
        }

        public void Persist(string name, byte[] record)
        {
            _general.Persist(name, record);
        }

        public byte[] Load(string name)
        {
            return _general.Load(name);
        }

        public void Report(TelemetryEvent telemetry)
        {
            _general.Report(telemetry);
        }

        public void WakeAt(long atMs)
        {
            _general.WakeAt(atMs);
        }
    }
}
