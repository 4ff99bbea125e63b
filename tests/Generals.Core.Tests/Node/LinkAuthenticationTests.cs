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
    public void SendFrame_AuthenticatedHeartbeat_LeavesAsOneSealedFramePerPeer()
    {
        var general = new TestGeneral(1, [2, 3], authenticated: true).Boot();

        general.General.Control(general.ControlFrame(new StartDetectorCommand(1, 100, 500, 0), 1), 0);
        general.General.Tick(0);
        List<Frame> heartbeats = TestGeneral.Frames(general.Drain()).Where(f => f.Kind == FrameKind.Heartbeat).ToList();

        Assert.Equal([2, 3], heartbeats.Select(f => f.Route.To).Order());
        Assert.All(heartbeats, f => Assert.Equal(SignatureScheme.HmacSha256, f.Scheme));
        Assert.Equal(2, heartbeats.Select(f => f.Stamp.Sequence).Distinct().Count());
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
    public void Validate_AuthenticatedWithoutAKeyForAPeer_FailsAsOurBug()
    {
        var settings = new NodeSettings
        {
            Kit = TestGeneral.Kit, Id = 1, Peers = [2, 3], Authenticated = true, Signer = new IdealSignatures(1).SignerFor(1),
            Verifier = new IdealSignatures(1), TelemetryKey = TestGeneral.TelemetryKey, LinkKeys = TestGeneral.LinkKeysOf(1, [2]),
        };

        Assert.Throws<Generals.Core.Runtime.InvariantViolationException>(settings.Validate);
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
