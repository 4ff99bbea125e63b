using System.Collections;
using Generals.Core.Links;
using Generals.Core.Node;
using Generals.Core.Protocols;
using Generals.Core.Wire;

namespace Generals.Cli.Tests.Grade;

/// <summary>
/// The kit's reliable link with one concept missing: every Data frame leaves once and is never retransmitted (the context
/// it sees drops each repeat), so it numbers, deduplicates and acknowledges, but loses what the network loses.
/// </summary>
public sealed class NeverRetransmittingLink : IReliableLink
{
    private readonly ReliableLink _kit = new();

    public void Boot(ILinkContext context) => _kit.Boot(new FirstSendOnly(context));

    public bool HasRoom(int to) => _kit.HasRoom(to);

    public void Send(int to, byte[] message) => _kit.Send(to, message);

    public void Tick() => _kit.Tick();

    public void OnData(Frame frame) => _kit.OnData(frame);

    public void OnAck(Frame frame) => _kit.OnAck(frame);

    private sealed class FirstSendOnly(ILinkContext inner) : ILinkContext
    {
        private readonly Hashtable _sent = [];

        public int Id => inner.Id;

        public int[] Peers => inner.Peers;

        public uint Incarnation => inner.Incarnation;

        public long NowMs => inner.NowMs;

        public int RetransmitInitialMs => inner.RetransmitInitialMs;

        public int RetransmitMaxMs => inner.RetransmitMaxMs;

        public bool DurableSend => inner.DurableSend;

        public void SendRaw(int to, FrameKind kind, byte[] payload)
        {
            // A Data payload starts with its link sequence number: the first send of each (to, sequence) leaves, repeats do not.
            string key = $"{to}/{BitConverter.ToUInt32(payload, 0)}";
            if (kind == FrameKind.Data && !_sent.ContainsKey(key))
            {
                _sent[key] = true;
                inner.SendRaw(to, kind, payload);
            }
            else if (kind != FrameKind.Data)
            {
                inner.SendRaw(to, kind, payload);
            }
        }

        public long NextDeliveryIndex() => inner.NextDeliveryIndex();

        public void Deliver(int from, uint senderIncarnation, byte[] message, long deliveryIndex) => inner.Deliver(from, senderIncarnation, message, deliveryIndex);

        public void Persist(string name, byte[] record) => inner.Persist(name, record);

        public byte[] Load(string name) => inner.Load(name);

        public void Report(TelemetryEvent telemetry) => inner.Report(telemetry);

        public void Reject(RejectReason reason, int from, long detail) => inner.Reject(reason, from, detail);

        public void WakeAt(long atMs) => inner.WakeAt(atMs);
    }
}

/// <summary>OM(m) whose decision throws: the grade goes on and says so.</summary>
public sealed class ThrowingOralRule : IOralRule
{
    private readonly OralRule _kit = new();

    public void SendRound(IOralView view, int round) => _kit.SendRound(view, round);

    public int Decide(IOralView view) => throw new InvalidOperationException("the student's bug");
}

/// <summary>OM(m) whose decision is no order at all.</summary>
public sealed class GarbageOralRule : IOralRule
{
    private readonly OralRule _kit = new();

    public void SendRound(IOralView view, int round) => _kit.SendRound(view, round);

    public int Decide(IOralView view) => 7;
}

/// <summary>OM(m) whose first send never returns until the test lets it (waiting, so it burns no processor meanwhile).</summary>
public sealed class HangingOralRule : IOralRule
{
    /// <summary>Released by the test once the grade gave up on the run.</summary>
    public static ManualResetEventSlim Release { get; } = new(false);

    public void SendRound(IOralView view, int round) => Release.Wait();

    public int Decide(IOralView view) => ProtocolCodes.NoOrder;
}
