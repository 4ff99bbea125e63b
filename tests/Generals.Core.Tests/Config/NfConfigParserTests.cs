using CsCheck;
using Generals.Core.Config;

namespace Generals.Core.Tests.Config;

public class NfConfigParserTests
{
    private const string Minimal = "[kit]\nid = lab\nbroker = mqtt://localhost:1883\n";

    [Fact]
    public void Parse_ShippedExample_IsAValidFourBoardKit()
    {
        ConfigResult result = NfConfigParser.Parse(File.ReadAllText(RepoPaths.Combine("nf.config")));

        Assert.Empty(result.Errors);
        KitConfig config = result.Config;
        Assert.Equal("lab-a", config.Kit);
        Assert.Equal("192.168.1.10", config.BrokerHost);
        Assert.Equal(1883, config.BrokerPort);
        Assert.Equal("lms", config.Scheme);
        Assert.Equal("H10/W4", config.LmsParameters);
        Assert.Equal([1, 2, 3, 4], config.Boards.Select(b => b.Id));
        Assert.Equal("uhubctl:1-1:2", config.Board(2).Power);
        Assert.Equal("/dev/ttyUSB3", config.Board(4).Serial);
        Assert.Equal("generals-lab", config.Wifi);
    }

    [Fact]
    public void Parse_MinimalKit_FillsDefaults()
    {
        ConfigResult result = NfConfigParser.Parse(Minimal);

        Assert.True(result.Ok);
        Assert.Equal(NfConfigParser.DefaultScheme, result.Config.Scheme);
        Assert.Equal(NfConfigParser.DefaultLms, result.Config.LmsParameters);
        Assert.Equal(NfConfigParser.DefaultListener, result.Config.Listener);
        Assert.Empty(result.Config.Boards);
        Assert.Null(result.Config.Target);
    }

    [Fact]
    public void Parse_CrLfCommentsAndCase_AreAccepted()
    {
        string text = "; lab kit\r\n[KIT]\r\nID = lab\r\nBroker = mqtt://h\r\nscheme = Ed25519\r\n  # indented comment\r\n";

        ConfigResult result = NfConfigParser.Parse(text);

        Assert.True(result.Ok, string.Join("; ", result.Errors.Select(e => e.ToString())));
        Assert.Equal("ed25519", result.Config.Scheme);
        Assert.Equal(NfConfigParser.DefaultBrokerPort, result.Config.BrokerPort);
    }

    [Fact]
    public void Parse_BoardsOutOfOrder_AreSortedById()
    {
        string text = "[kit]\nid=k\nbroker=mqtt://h:1\ntarget=ESP32_REV3\nfirmware=1.2.3\nwifi=net\n[board 7]\n[board 2]\npower=none\n";

        Assert.Equal([2, 7], NfConfigParser.Parse(text).Config.Boards.Select(b => b.Id));
    }

    [Theory]
    [InlineData("manual")]
    [InlineData("serial-reset:/dev/ttyUSB0")]
    [InlineData("serial-reset:COM5")]
    public void Parse_PowerByHandOrResetLine_IsAccepted(string power)
    {
        string text = "[kit]\nid=k\nbroker=mqtt://h:1\ntarget=ESP32_REV3\nfirmware=1.2.3\nwifi=net\n[board 1]\npower = " + power + "\n";

        ConfigResult result = NfConfigParser.Parse(text);

        Assert.True(result.Ok, string.Join("; ", result.Errors.Select(e => e.ToString())));
        Assert.Equal(power, result.Config.Boards[0].Power);
    }

    [Theory]
    [InlineData("[kit]\nid = Lab A\nbroker = mqtt://h:1", "line 2: kit id 'Lab A' must be 1 to 16 characters")]
    [InlineData("[kit]\nid = lab\nbroker = http://h:1", "line 3: broker 'http://h:1' must be mqtt://host:port")]
    [InlineData("[kit]\nid = lab\nbroker = mqtt://h:70000", "line 3: broker 'mqtt://h:70000' must be mqtt://host:port with a port")]
    [InlineData("[kit]\nid = lab\nbroker = mqtt://h\nscheme = rsa", "line 4: scheme 'rsa' must be lms, ed25519 or ideal")]
    [InlineData("[kit]\nid = lab\nbroker = mqtt://h\nlms = H20/W4", "line 4: lms 'H20/W4' must be H5, H10 or H15")]
    [InlineData("[kit]\nid = lab\nbroker = mqtt://h\nscheme = ed25519\nlms = H5/W1", "line 5: 'lms' applies only to scheme = lms")]
    [InlineData("[kit]\nid = lab\nbroker = mqtt://h\nlistener = everywhere", "line 4: listener 'everywhere' must be host:port")]
    [InlineData("[kit]\nid = lab\nid = lab2\nbroker = mqtt://h", "line 3: 'id' given twice in [kit] (first on line 2)")]
    [InlineData("[kit]\nid = lab\nbroker = mqtt://h\ncolour = red", "line 4: unknown key 'colour' in [kit]")]
    [InlineData("[kit]\nid = lab\nbroker = mqtt://h\nwifi_password = hunter2", "line 4: 'wifi_password' looks like a secret")]
    [InlineData("[kit]\nid = lab\nbroker = mqtt://h\njust words", "line 4: expected 'key = value'")]
    [InlineData("[kit]\nid = lab\nbroker =\n", "line 3: 'broker' has no value")]
    [InlineData("[kit]\nid = lab\nbroker = mqtt://h\n[kit", "line 4: a section header ends with ']'")]
    [InlineData("[kit]\nid = lab\nbroker = mqtt://h\n[kit]", "line 4: [kit] given twice (first on line 1)")]
    [InlineData("[kit]\nid = lab\nbroker = mqtt://h\n[wifi]", "line 4: unknown section [wifi]")]
    [InlineData("id = lab\n[kit]\nid = lab\nbroker = mqtt://h", "line 1: 'id' is outside any section")]
    [InlineData("[kit]\nbroker = mqtt://h", "line 1: [kit] has no 'id'")]
    [InlineData("[kit]\nid = lab", "line 1: [kit] has no 'broker'")]
    [InlineData("# nothing\n", "no [kit] section")]
    [InlineData("[kit]\nid=k\nbroker=mqtt://h\n[board 0]", "line 4: [board N] needs a General id N from 1 to 65534, not '0'")]
    [InlineData("[kit]\nid=k\nbroker=mqtt://h\n[board x]", "line 4: [board N] needs a General id N")]
    [InlineData("[kit]\nid=k\nbroker=mqtt://h\ntarget=T\nfirmware=1.0\nwifi=w\n[board 1]\n[board 1]", "line 8: [board 1] given twice (first on line 7)")]
    [InlineData("[kit]\nid=k\nbroker=mqtt://h\ntarget=T\nfirmware=1.0\nwifi=w\n[board 1]\npower = usb:1", "line 8: power 'usb:1' must be uhubctl:LOCATION:PORT")]
    [InlineData("[kit]\nid=k\nbroker=mqtt://h\ntarget=T\nfirmware=1.0\nwifi=w\n[board 1]\npower = uhubctl:1-1:x", "line 8: power 'uhubctl:1-1:x' must be")]
    [InlineData("[kit]\nid=k\nbroker=mqtt://h\ntarget=T\nfirmware=1.0\nwifi=w\n[board 1]\npower = serial-reset:", "line 8: power 'serial-reset:' must be")]
    [InlineData("[kit]\nid=k\nbroker=mqtt://h\ntarget=T\nfirmware=1.0\nwifi=w\n[board 1]\npower = by-hand", "line 8: power 'by-hand' must be")]
    [InlineData("[kit]\nid=k\nbroker=mqtt://h\ntarget=T\nfirmware=1.0\nwifi=w\n[board 1]\nled = on", "line 8: unknown key 'led' in [board 1]")]
    [InlineData("[kit]\nid=k\nbroker=mqtt://h\n[board 1]", "line 1: [kit] has no 'target'")]
    [InlineData("[kit]\nid=k\nbroker=mqtt://h\ntarget=esp32\n", "line 4: target 'esp32' must be a nanoFramework target")]
    [InlineData("[kit]\nid=k\nbroker=mqtt://h\nfirmware=1.x\n", "line 4: firmware '1.x' must be a version")]
    [InlineData("[kit]\nid=k\nbroker=mqtt://h\nwifi=a-network-name-much-longer-than-32-bytes\n", "line 4: wifi network name is 40 bytes")]
    public void Parse_BadInput_ReportsTheLineAndTheProblem(string text, string expected)
    {
        ConfigResult result = NfConfigParser.Parse(text);

        Assert.False(result.Ok);
        Assert.Null(result.Config);
        Assert.Contains(result.Errors, e => e.ToString().StartsWith(expected, StringComparison.Ordinal));
    }

    [Fact]
    public void Parse_SeveralMistakes_ReportsEveryOne()
    {
        ConfigResult result = NfConfigParser.Parse("[kit]\nid = LAB\nbroker = ftp://x\nscheme = none\n");

        Assert.Equal([2, 3, 4], result.Errors.Select(e => e.Line));
    }

    [Fact]
    public void Parse_TooLong_IsRefusedBeforeReading()
    {
        ConfigResult result = NfConfigParser.Parse(Minimal + new string('#', NfConfigParser.TextCharsMax));

        Assert.Single(result.Errors);
        Assert.Equal(0, result.Errors[0].Line);
    }

    [Fact]
    public void Parse_BoardsMaxBoardsAsAnEmulatedKitWritesThem_AllRead()
    {
        ConfigResult result = NfConfigParser.Parse(Boards(NfConfigParser.BoardsMax));

        Assert.Empty(result.Errors);
        Assert.Equal(Enumerable.Range(1, NfConfigParser.BoardsMax), result.Config.Boards.Select(b => b.Id));
    }

    [Fact]
    public void Parse_OneBoardMoreThanBoardsMax_RefusedOnItsHeader()
    {
        ConfigResult result = NfConfigParser.Parse(Boards(NfConfigParser.BoardsMax + 1));

        Assert.False(result.Ok);
        // The kit's 6 lines, then two per board: the last board's header.
        int lastHeader = 6 + (2 * NfConfigParser.BoardsMax) + 1;
        Assert.Equal($"line {lastHeader}: more than {NfConfigParser.BoardsMax} boards", Assert.Single(result.Errors).ToString());
    }

    [Fact]
    public void Parse_ManyErrors_StopsAtTheLimit()
    {
        string text = "[kit]\n" + string.Concat(Enumerable.Repeat("nonsense\n", 100));

        Assert.Equal(NfConfigParser.ErrorsMax, NfConfigParser.Parse(text).Errors.Length);
    }

    [Fact]
    public void Parse_AnyText_NeverThrows()
    {
        Gen.String[Gen.Char["[]=#;\n\r abkidtroewsmqp:/.0123456789_-"], 0, 300].Sample(text =>
        {
            ConfigResult result = NfConfigParser.Parse(text);
            Assert.Equal(result.Ok, result.Config != null);
        }, iter: 5_000);
    }

    [Fact]
    public void Parse_MutatedExample_NeverThrows()
    {
        string example = File.ReadAllText(RepoPaths.Combine("nf.config"));

        Gen.Select(Gen.Int[0, example.Length - 1], Gen.Char, Gen.Int[0, 2], (at, c, how) => how switch
        {
            0 => example.Remove(at, 1),
            1 => example.Insert(at, c.ToString()),
            _ => example[..at],
        }).Sample(text => Assert.Equal(NfConfigParser.Parse(text).Ok, NfConfigParser.Parse(text).Config != null), iter: 2_000);
    }

    // A kit with boards 1..count, as the harness writes an emulated kit's nf.config.
    private static string Boards(int count) =>
        "[kit]\nid=k\nbroker=mqtt://h:1\ntarget=ESP32_REV3\nfirmware=1.2.3\nwifi=net\n"
        + string.Concat(Enumerable.Range(1, count).Select(id => $"[board {id}]\npower = none\n"));
}
