using Generals.Core.Tests.Wire;

namespace Generals.Cli.Tests;

public class WireDecodeCommandTests
{
    [Theory]
    [MemberData(nameof(WireVectors.Names), MemberType = typeof(WireVectors))]
    public void WireDecode_DocumentedVector_PrintsFieldsOrTypedRejection(string name)
    {
        WireVectors.Vector vector = WireVectors.Get(name);

        CliRunner.Result result = CliRunner.Run(["wire", "decode", vector.Hex]);

        if (vector.IsValid)
        {
            Assert.Equal(0, result.ExitCode);
            Assert.Matches(@"kind\s+\w+ \(\d\)", result.Output);
        }
        else
        {
            Assert.Equal(1, result.ExitCode);
            Assert.StartsWith($"rejected: {vector.Expect} (", result.Error, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void WireDecode_HeartbeatVector_PrintsEveryField()
    {
        CliRunner.Result result = CliRunner.Run(["wire", "decode", WireVectors.Get("heartbeat-broadcast").Hex]);

        Assert.Contains("kind         Heartbeat (3)", result.Output, StringComparison.Ordinal);
        Assert.Contains("from         4", result.Output, StringComparison.Ordinal);
        Assert.Contains("to           65535 (broadcast)", result.Output, StringComparison.Ordinal);
        Assert.Contains("sequence     99", result.Output, StringComparison.Ordinal);
        Assert.Contains("signature    none", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void WireDecode_WideIdsVector_PrintsTwoByteIds()
    {
        CliRunner.Result result = CliRunner.Run(["wire", "decode", WireVectors.Get("data-wide-ids").Hex]);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("version      2", result.Output, StringComparison.Ordinal);
        Assert.Contains("from         1000", result.Output, StringComparison.Ordinal);
        Assert.Contains("to           4660", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void WireDecode_VersionOneFrame_RejectedAsUnsupportedVersionNamingVersionTwo()
    {
        CliRunner.Result result = CliRunner.Run(["wire", "decode", WireVectors.Get("rejected-version-1").Hex]);

        Assert.Equal(1, result.ExitCode);
        Assert.StartsWith("rejected: UnsupportedVersion (", result.Error, StringComparison.Ordinal);
        Assert.Contains("the first byte is not version 2", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void WireDecode_SenderBroadcast_RejectionNames65535()
    {
        CliRunner.Result result = CliRunner.Run(["wire", "decode", WireVectors.Get("rejected-sender-broadcast").Hex]);

        Assert.StartsWith("rejected: BadSender (", result.Error, StringComparison.Ordinal);
        Assert.Contains("the sender is the broadcast address 65535", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void WireDecode_MosquittoSubLinesOnStdin_DecodesEachLine()
    {
        string stdin = WireVectors.Get("data-reliable").Hex + "\n" + WireVectors.Get("ack").Hex + "\n";

        CliRunner.Result result = CliRunner.Run(["wire", "decode"], stdin);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("Data (1)", result.Output, StringComparison.Ordinal);
        Assert.Contains("Ack (2)", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void WireDecode_OneBadLineOnStdin_ExitsOneButDecodesTheRest()
    {
        string stdin = WireVectors.Get("data-reliable").Hex + "\nzz\n";

        CliRunner.Result result = CliRunner.Run(["wire", "decode"], stdin);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("Data (1)", result.Output, StringComparison.Ordinal);
        Assert.Contains("rejected: NotHex", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void WireDecode_SpacedAndPrefixedHex_IsAccepted()
    {
        string spaced = "0x" + string.Join(' ', WireVectors.Get("ack").Hex.Chunk(2).Select(c => new string(c)));

        Assert.Equal(0, CliRunner.Run(["wire", "decode", spaced]).ExitCode);
    }
}
