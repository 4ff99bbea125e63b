using Generals.Core.Crypto;
using Generals.Core.Node;
using Generals.Core.Wire;
using NSubstitute;

namespace Generals.Core.Tests.Node;

/// <summary>Authenticated links are sealed with per-pair keys (docs/signatures.md): no signature is spent on a link frame.</summary>
public class LinkAuthenticationTests
{
    [Fact]
    public void SendFrame_AuthenticatedLink_SealsWithThePairKeyAndSignsNothing()
    {
        ISigner signer = Substitute.For<ISigner>();
        var reference = new TestGeneral(1, [2], authenticated: true);
        var general = new General(
            new NodeSettings
            {
                Kit = TestGeneral.Kit, Id = 1, Peers = [2], Authenticated = true, Reliable = true, Signer = signer,
                Verifier = reference.Signatures, TelemetryKey = TestGeneral.TelemetryKey, LinkKeys = TestGeneral.LinkKeysOf(1, [2]), Seed = 1,
            },
            StandardModules.Create());
        general.Boot(new MemoryRecords(), 0);

        general.Control(reference.ControlFrame(new SendStreamCommand(2, 3, 10, 100), 1), 0);
        for (long t = 0; t <= 30; t += 10)
        {
            general.Tick(t);
        }

        List<byte[]> frames = Published(general);
        Assert.Equal(3, frames.Count);
        var pair = new FrameMac(TestGeneral.PairKey(2, 1));
        Assert.All(frames, bytes =>
        {
            Assert.Equal(FrameRejection.None, FrameCodec.TryRead(bytes, 0, bytes.Length, out FrameLayout layout));
            Assert.Equal(SignatureScheme.HmacSha256, layout.Scheme);
            Assert.True(pair.Verifies(bytes, 0, layout));
        });
        signer.DidNotReceiveWithAnyArgs().Sign(default!);
    }

    [Fact]
    public void SendFrame_AuthenticatedHeartbeat_LeavesAsOneFrameWithATagForEachPeer()
    {
        var general = new TestGeneral(1, [2, 3], authenticated: true).Boot();

        general.General.Control(general.ControlFrame(new StartDetectorCommand(1, 100, 500, 0), 1), 0);
        general.General.Tick(0);
        byte[] heartbeat = Assert.Single(Published(general.General), b => Layout(b).Kind == FrameKind.Heartbeat);

        FrameLayout layout = Layout(heartbeat);
        Assert.Equal((FrameLimits.Broadcast, SignatureScheme.HmacSha256Vector), (layout.To, layout.Scheme));
        Assert.True(FrameAuthenticator.Verifies(heartbeat, 0, layout, 2, new FrameMac(TestGeneral.PairKey(2, 1))));
        Assert.True(FrameAuthenticator.Verifies(heartbeat, 0, layout, 3, new FrameMac(TestGeneral.PairKey(3, 1))));
        Assert.False(FrameAuthenticator.Verifies(heartbeat, 0, layout, 3, new FrameMac(TestGeneral.PairKey(2, 1))));
    }

    [Fact]
    public void SendToEach_MorePeersThanOneAuthenticatorHolds_SeveralFramesNamingEveryPeerOnce()
    {
        int[] peers = [.. Enumerable.Range(2, 600)];
        var general = new TestGeneral(1, peers, authenticated: true).Boot();

        general.General.SendToEach(peers, peers.Length, FrameKind.Heartbeat, 0, 0, new PayloadBytes([1, 0, 0, 0]));
        List<byte[]> heartbeats = Published(general.General);

        Assert.Equal(3, heartbeats.Count);
        Assert.Equal([271, 271, 58], heartbeats.Select(b => FrameAuthenticator.Entries(Layout(b))));
        Assert.Equal(3, heartbeats.Select(b => Layout(b).Sequence).Distinct().Count());
        int[] named = [.. heartbeats.SelectMany(b => Enumerable.Range(0, FrameAuthenticator.Entries(Layout(b))).Select(i => FrameAuthenticator.ReceiverAt(b, Layout(b), i)))];
        Assert.Equal(peers, named.Order());
        Assert.All(heartbeats, b => Assert.Equal(FrameLimits.Broadcast, Layout(b).To));
        Assert.All(peers, peer =>
        {
            byte[] frame = heartbeats.Single(b => FrameAuthenticator.Lists(b, Layout(b), peer));
            Assert.True(FrameAuthenticator.Verifies(frame, 0, Layout(frame), peer, new FrameMac(TestGeneral.PairKey(peer, 1))));
        });
    }

    [Theory]
    [InlineData(2)]
    [InlineData(272)]
    [InlineData(273)]
    [InlineData(543)]
    [InlineData(601)]
    public void Receive_BroadcastChunkedForSixHundredPeers_EachReceiverAcceptsItsFrameAndRefusesTheOthers(int receiverId)
    {
        var sender = new TestGeneral(1, [.. Enumerable.Range(2, 600)], authenticated: true).Boot();
        sender.General.SendFrame(FrameLimits.Broadcast, FrameKind.Heartbeat, 0, 0, [1, 0, 0, 0]);
        List<byte[]> heartbeats = Published(sender.General);
        Assert.Equal(3, heartbeats.Count);
        var receiver = new TestGeneral(receiverId, [1], authenticated: true).Boot();

        foreach (byte[] heartbeat in heartbeats)
        {
            receiver.General.Receive(heartbeat, 0);
        }

        Assert.Equal(2, receiver.General.Counters.TotalRejections());
        Assert.Equal(2, receiver.General.Counters.Rejections(RejectReason.BadSignature));
    }

    [Fact]
    public void Receive_FrameForSeveralReceivers_EachNamedReceiverTakesItOnceAndRefusesItsReplay()
    {
        byte[] sealedFrame = SealedForSeveral(from: 1, receivers: [2, 3]);
        foreach (int id in new[] { 2, 3 })
        {
            var receiver = new TestGeneral(id, id == 2 ? [1, 3] : [1, 2], authenticated: true).Boot();

            receiver.General.Receive(sealedFrame, 0);
            receiver.General.Receive(sealedFrame, 0);

            Assert.Equal(0, receiver.General.Counters.Rejections(RejectReason.BadSignature));
            Assert.Equal(1, receiver.General.Counters.Rejections(RejectReason.Replayed));
        }
    }

    [Fact]
    public void Receive_FrameForSeveralReceiversThatDoesNotNameThisGeneral_IsRejectedAsBadSignature()
    {
        var receiver = new TestGeneral(2, [1, 3], authenticated: true).Boot();

        receiver.General.Receive(SealedForSeveral(from: 1, receivers: [3]), 0);

        Assert.Equal(1, receiver.General.Counters.Rejections(RejectReason.BadSignature));
        Assert.Contains(TestGeneral.Telemetry(receiver.Drain()).OfType<RejectedEvent>(), t => t.Detail == (long)SignatureCheck.Invalid);
    }

    [Fact]
    public void Receive_AuthenticatorWithTheEntriesSwapped_IsRejectedByBothReceivers()
    {
        byte[] swapped = SealedForSeveral(from: 1, receivers: [2, 3]);
        FrameLayout layout = Layout(swapped);
        (swapped[layout.SignatureOffset], swapped[layout.SignatureOffset + FrameLimits.AuthenticatorEntryBytes]) = (3, 2);
        foreach (int id in new[] { 2, 3 })
        {
            var receiver = new TestGeneral(id, id == 2 ? [1, 3] : [1, 2], authenticated: true).Boot();

            receiver.General.Receive(swapped, 0);

            Assert.Equal(1, receiver.General.Counters.Rejections(RejectReason.BadSignature));
        }
    }

    [Fact]
    public void Receive_FrameSealedWithAnotherPairsKey_IsRejectedAsBadSignature()
    {
        var receiver = new TestGeneral(1, [2, 3], authenticated: true).Boot();
        var claimed = new Frame(FrameKind.Data, TestGeneral.Kit, new FrameRoute(2, 1), new FrameStamp(1, 1, 0, 0), [1, 2, 3]);
        byte[] forged = new FrameMac(TestGeneral.PairKey(3, 1)).Seal(claimed);

        receiver.General.Receive(forged, 0);
        List<TelemetryEvent> telemetry = TestGeneral.Telemetry(receiver.Drain());

        Assert.Equal(1, receiver.General.Counters.Rejections(RejectReason.BadSignature));
        Assert.Contains(telemetry.OfType<RejectedEvent>(), t => t.Detail == (long)SignatureCheck.Invalid);
        Assert.DoesNotContain(telemetry, t => t.Type == TelemetryType.AppDelivered);
    }

    [Fact]
    public void Receive_FrameSignedInsteadOfSealed_IsRejectedAsWrongScheme()
    {
        var sender = new TestGeneral(2, [1], authenticated: true);
        var receiver = new TestGeneral(1, [2], authenticated: true).Boot();
        var frame = new Frame(FrameKind.Data, TestGeneral.Kit, new FrameRoute(2, 1), new FrameStamp(1, 1, 0, 0), [1, 2, 3]);
        ISigner signer = sender.Signatures.SignerFor(2);
        byte[] signed = FrameCodec.Encode(frame.WithSignature(signer.Scheme, signer.Sign(FrameCodec.EncodeSignedPart(frame, true))));

        receiver.General.Receive(signed, 0);
        List<TelemetryEvent> telemetry = TestGeneral.Telemetry(receiver.Drain());

        Assert.Contains(telemetry.OfType<RejectedEvent>(), t => t.Reason == RejectReason.BadSignature
            && t.Detail == (long)SignatureCheck.WrongScheme);
    }

    [Fact]
    public void Boot_ManyPeers_HoldsAntiReplayStateOnlyForPeersHeardFromOrWithARecord()
    {
        int[] peers = [.. Enumerable.Range(2, 199)];
        var first = new TestGeneral(1, peers, authenticated: true).Boot();
        var frame = new Frame(FrameKind.Data, TestGeneral.Kit, new FrameRoute(100, 1), new FrameStamp(1, 1, 0, 0), [1, 2, 3]);

        Assert.Equal(0, first.General.ReplaySendersHeld);
        first.General.Receive(new FrameMac(TestGeneral.PairKey(100, 1)).Seal(frame), 0);
        Assert.Equal(1, first.General.ReplaySendersHeld);
        first.Drain();

        var rebooted = new TestGeneral(1, peers, authenticated: true, records: first.Records).Boot();
        rebooted.General.Receive(new FrameMac(TestGeneral.PairKey(100, 1)).Seal(frame), 0);

        Assert.Equal(1, rebooted.General.ReplaySendersHeld);
        Assert.Equal(1, rebooted.General.Counters.Rejections(RejectReason.Replayed));
    }

    [Fact]
    public void Validate_AuthenticatedWithoutAKeyForAPeer_FailsAsOurBug()
    {
        var settings = new NodeSettings
        {
            Kit = TestGeneral.Kit, Id = 1, Peers = [2, 3], Authenticated = true, Signer = new IdealSignatures(1).SignerFor(1),
            Verifier = new IdealSignatures(1), TelemetryKey = TestGeneral.TelemetryKey, LinkKeys = TestGeneral.LinkKeysOf(1, [2]),
        };

        Assert.Throws<Generals.Core.Runtime.InvariantViolationException>(settings.Validate);
    }

    private static FrameLayout Layout(byte[] bytes)
    {
        Assert.Equal(FrameRejection.None, FrameCodec.TryRead(bytes, 0, bytes.Length, out FrameLayout layout));
        return layout;
    }

    private static byte[] SealedForSeveral(int from, int[] receivers)
    {
        var frame = new Frame(FrameKind.Protocol, TestGeneral.Kit, new FrameRoute(from, FrameLimits.Broadcast), new FrameStamp(1, 1, 0, 0), [1, 2, 3]);
        return FrameAuthenticator.Seal(frame, receivers, receivers.Length, TestGeneral.LinkKeysOf(from, receivers));
    }

    private static List<byte[]> Published(General general)
    {
        var frames = new List<byte[]>();
        for (NodeOutput o = general.TakeOutput(); o != null; o = general.TakeOutput())
        {
            if (o.IsProtocolFrame)
            {
                frames.Add(o.Bytes);
            }
        }

        return frames;
    }
}
