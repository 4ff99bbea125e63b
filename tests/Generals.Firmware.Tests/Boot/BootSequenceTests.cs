using System.Text;
using Generals.Core.Crypto;
using Generals.Core.Node;
using Generals.Core.Runtime;
using Generals.Core.Wire;
using Generals.Firmware.Board;
using Generals.Firmware.Boot;
using Generals.Firmware.Network;
using Generals.Firmware.Storage;
using Generals.Firmware.Tests.Storage;
using NSubstitute;

namespace Generals.Firmware.Tests.Boot;

public class BootSequenceTests
{
    private readonly IBoardPlatform _platform = Substitute.For<IBoardPlatform>();
    private readonly IFirmwareBoard _board = Substitute.For<IFirmwareBoard>();
    private readonly INetworkLink _network = Substitute.For<INetworkLink>();
    private readonly IMqttSession _session = Substitute.For<IMqttSession>();
    private readonly MemoryFileSystem _files = TestKit.Provision(new MemoryFileSystem());
    private readonly List<(string Topic, byte[] Payload)> _published = [];
    private bool _connected;
    private long _boots;
    private BoardResetCause _cause;

    public BootSequenceTests()
    {
        _platform.Board.Returns(_board);
        _platform.Files.Returns(_files);
        _platform.Network.Returns(_network);
        _platform.Clock.Returns(Substitute.For<IClock>());
        _platform.NewHash().Returns(_ => new Sha256());
        _platform.OpenMqtt("10.0.0.5", 1883).Returns(_session);
        _board.HardwareResetCause().Returns(BoardResetCause.PowerOn);
        _network.Join("generals-lab", "wifi-secret").Returns(true);
        _network.HasAddress.Returns(true);
        _network.Resolve("broker.lab").Returns("10.0.0.5");
        _session.Connect(default!, default!, default!, default!, default!).ReturnsForAnyArgs(_ => _connected = true);
        _session.IsConnected.Returns(_ => _connected);
        _board.When(b => b.Remember(Arg.Any<long>(), Arg.Any<BoardResetCause>())).Do(c => (_boots, _cause) = (c.ArgAt<long>(0), c.ArgAt<BoardResetCause>(1)));
        _board.BootCount().Returns(_ => _boots);
        _board.ResetCause().Returns(_ => _cause);
        _session.Publish(default!, default!, default, default).ReturnsForAnyArgs(true);
        _session.When(s => s.Publish(Arg.Any<string>(), Arg.Any<byte[]>(), Arg.Any<int>(), Arg.Any<bool>()))
            .Do(c => _published.Add((c.ArgAt<string>(0), c.ArgAt<byte[]>(1))));
    }

    [Fact]
    public void Steps_InProgramOrder_SelfTestStorageKitWifiThenBrokerAndTheGeneralConnectsWithItsSealedWill()
    {
        var boot = new BootSequence(_platform);

        bool booted = boot.SelfTestCrypto() && boot.MountStorage() && boot.LoadConfigAndSecrets() && boot.JoinWifi() && boot.ConnectMqtt();

        Assert.True(booted, boot.Why);
        Received.InOrder(() =>
        {
            _board.Remember(1, BoardResetCause.PowerOn);
            _network.Join("generals-lab", "wifi-secret");
            _network.Resolve("broker.lab");
            _platform.OpenMqtt("10.0.0.5", 1883);
            _session.Connect("general-1", "general-1", "broker-secret", "gl/lab/n/1/status", Arg.Any<string>());
        });
        string will = (string)_session.ReceivedCalls().First(c => c.GetMethodInfo().Name == nameof(IMqttSession.Connect)).GetArguments()[4]!;
        Assert.Equal(FrameRejection.None, FrameCodec.TryDecode(Hex.TryDecode(will)!, out Frame willFrame));
        Assert.Equal(StatusPayload.Offline, willFrame.Payload);
        Assert.Equal(SignatureScheme.HmacSha256, willFrame.Scheme);
    }

    [Fact]
    public void ConnectMqtt_Booted_ReportsTheBoardsBootWithVersionCountSelfTestAndKeyBudget()
    {
        var boot = new BootSequence(_platform);

        Boot(boot);

        BoardBootedEvent boardBooted = Events().OfType<BoardBootedEvent>().Single();
        Assert.Equal((BootSequence.FirmwareVersion, 1L, BoardResetCause.PowerOn), (boardBooted.FirmwareVersion, boardBooted.BootCount, boardBooted.ResetCause));
        Assert.Equal(SelfTestResult.Passed, boardBooted.SelfTest);
        Assert.Equal(32, boardBooted.SignaturesLeft);
        Assert.Contains(Events().OfType<SelfTestEvent>(), e => e.Item == SelfTestItem.Sha256);
    }

    [Fact]
    public void SelfTestCrypto_HashGivesAWrongAnswer_StopsBeforeTheStorageAndShowsFault()
    {
        _platform.NewHash().Returns(Substitute.For<ISha256>());
        var boot = new BootSequence(_platform);

        bool passed = boot.SelfTestCrypto();

        Assert.False(passed);
        Assert.Equal(BootProblem.SelfTestFailed, boot.Problem);
        Assert.False(boot.Transient);
        _board.Received().ShowStatus(BoardStatus.Fault);
        Assert.Empty(_files.Operations);
        Assert.Throws<InvariantViolationException>(() => boot.MountStorage());
    }

    [Fact]
    public void JoinWifi_BeforeTheKitIsLoaded_FailsLoudlyAsOurBug()
    {
        var boot = new BootSequence(_platform);
        boot.SelfTestCrypto();

        Assert.Throws<InvariantViolationException>(() => boot.JoinWifi());
        _network.DidNotReceiveWithAnyArgs().Join(default!, default!);
    }

    [Fact]
    public void MountStorage_AfterTheFirmwareRebootedItself_CountsTheBootAndSaysSoftware()
    {
        var first = new BootSequence(_platform);
        first.SelfTestCrypto();
        first.MountStorage();
        first.Reboot();

        var second = new BootSequence(_platform);
        second.SelfTestCrypto();
        second.MountStorage();
        var third = new BootSequence(_platform);
        third.SelfTestCrypto();
        third.MountStorage();

        Received.InOrder(() =>
        {
            _board.Remember(1, BoardResetCause.PowerOn);
            _board.Reboot();
            _board.Remember(2, BoardResetCause.Software);
            _board.Remember(3, BoardResetCause.PowerOn);
        });
    }

    [Fact]
    public void LoadConfigAndSecrets_NoBoardIni_NotProvisioned()
    {
        _files.Delete(BoardFiles.Secrets);

        BootSequence boot = UpTo(2);

        Assert.False(boot.LoadConfigAndSecrets());
        Assert.Equal(BootProblem.NotProvisioned, boot.Problem);
    }

    [Fact]
    public void LoadConfigAndSecrets_DamagedLinkKey_BadMacKeys()
    {
        string path = RecordFiles.PathOf(BoardFiles.MacFolder, "link/2");
        byte[] key = _files.ReadAll(path);
        key[3] ^= 1;
        _files.WriteAll(path, key);

        BootSequence boot = UpTo(2);

        Assert.False(boot.LoadConfigAndSecrets());
        Assert.Equal(BootProblem.BadMacKeys, boot.Problem);
    }

    [Fact]
    public void LoadConfigAndSecrets_BoardIniNamesABoardTheKitLacks_BadSecrets()
    {
        _files.WriteAll(BoardFiles.Secrets, Encoding.UTF8.GetBytes(TestKit.Secrets.Replace("id = 1", "id = 9", StringComparison.Ordinal)));

        BootSequence boot = UpTo(2);

        Assert.False(boot.LoadConfigAndSecrets());
        Assert.Equal(BootProblem.BadSecrets, boot.Problem);
        Assert.Contains("board 9", boot.Why, StringComparison.Ordinal);
    }

    [Fact]
    public void JoinWifi_NeverJoins_NoWifiAndTheBoardShouldRebootAndTryAgain()
    {
        _network.Join("generals-lab", "wifi-secret").Returns(false);
        BootSequence boot = UpTo(3);

        Assert.False(boot.JoinWifi());
        Assert.Equal(BootProblem.NoWifi, boot.Problem);
        Assert.True(boot.Transient);
    }

    [Fact]
    public void ConnectMqtt_BrokerNameDoesNotResolve_BrokerNotFoundBeforeAnyClientIsMade()
    {
        _network.Resolve("broker.lab").Returns((string)null!);
        BootSequence boot = UpTo(4);

        Assert.False(boot.ConnectMqtt());
        Assert.Equal(BootProblem.BrokerNotFound, boot.Problem);
        Assert.True(boot.Transient);
        _platform.DidNotReceiveWithAnyArgs().OpenMqtt(default!, default);
    }

    private BootSequence UpTo(int steps)
    {
        var boot = new BootSequence(_platform);
        Assert.True(boot.SelfTestCrypto());
        Assert.True(steps < 2 || boot.MountStorage());
        Assert.True(steps < 3 || boot.LoadConfigAndSecrets(), boot.Why);
        Assert.True(steps < 4 || boot.JoinWifi());
        return boot;
    }

    private static void Boot(BootSequence boot) =>
        Assert.True(boot.SelfTestCrypto() && boot.MountStorage() && boot.LoadConfigAndSecrets() && boot.JoinWifi() && boot.ConnectMqtt(), boot.Why);

    private List<TelemetryEvent> Events() =>
        [.. _published.Where(p => p.Topic == "gl/lab/n/1/events").Select(p =>
        {
            FrameCodec.TryDecode(p.Payload, out Frame frame);
            return TelemetryCodec.TryDecode(frame.Payload) ?? throw new InvalidOperationException("the board's telemetry decodes");
        })];
}
