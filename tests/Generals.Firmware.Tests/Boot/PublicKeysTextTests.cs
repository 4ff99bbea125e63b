using Generals.Core.Crypto;
using Generals.Firmware.Boot;

namespace Generals.Firmware.Tests.Boot;

public class PublicKeysTextTests
{
    [Fact]
    public void Parse_ProvisionedLines_EachSignersKey()
    {
        PublicKeySet? keys = PublicKeysText.Parse("# nf.keys\n0 lms H10/W4 0a0b\n2 lms H10/W4 ff\n", "lms", out string? problem);

        Assert.Null(problem);
        Assert.Equal([0x0a, 0x0b], keys!.Get(0));
        Assert.Equal([0xff], keys.Get(2));
        Assert.Null(keys.Get(1));
    }

    [Theory]
    [InlineData("0 ed25519 - 0a0b\n", "has a ed25519 key, the kit uses lms")]
    [InlineData("0 lms H10/W4 zz\n", "line 1: expected")]
    [InlineData("x lms H10/W4 0a\n", "line 1: expected")]
    [InlineData("# keys\n65535 lms H10/W4 0a\n", "line 2: expected")]
    public void Parse_BadLine_NullNamingIt(string text, string expected)
    {
        PublicKeySet? keys = PublicKeysText.Parse(text, "lms", out string? problem);

        Assert.Null(keys);
        Assert.Contains(expected, problem, StringComparison.Ordinal);
    }
}
