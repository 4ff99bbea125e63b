using Generals.Firmware.Boot;

namespace Generals.Firmware.Tests.Boot;

public class BoardSecretsTests
{
    [Fact]
    public void Parse_ProvisionedFile_ReadsIdPasswordsAndLinkStack()
    {
        BoardSecrets? secrets = BoardSecrets.Parse(TestKit.Secrets, out string? problem);

        Assert.Null(problem);
        Assert.Equal((1, "wifi-secret", "broker-secret"), (secrets!.Id, secrets.WifiPassword, secrets.BrokerPassword));
        Assert.Equal((true, true, false), (secrets.Reliable, secrets.Authenticated, secrets.DurableSend));
    }

    [Fact]
    public void Parse_NoLinkLine_AuthenticatedLinkOnly()
    {
        BoardSecrets? secrets = BoardSecrets.Parse("id = 2\nwifi-password = a\nbroker-password = b\n", out _);

        Assert.Equal((false, true), (secrets!.Reliable, secrets.Authenticated));
    }

    [Theory]
    [InlineData("wifi-password = a\nbroker-password = b", "no id")]
    [InlineData("id = 0\nwifi-password = a\nbroker-password = b", "id must be 1 to 65534")]
    [InlineData("id = 2\nbroker-password = b", "no wifi-password")]
    [InlineData("id = 2\nwifi-password = a\nbroker-password = b\ncolour = red", "unknown key 'colour'")]
    [InlineData("id = 2\nwifi-password = a\nbroker-password = b\nlink = durable", "durable is a mode of the reliable link")]
    [InlineData("id 2", "expected key = value")]
    public void Parse_BadFile_NullWithTheProblem(string text, string expected)
    {
        BoardSecrets? secrets = BoardSecrets.Parse(text, out string? problem);

        Assert.Null(secrets);
        Assert.Contains(expected, problem, StringComparison.Ordinal);
    }
}
