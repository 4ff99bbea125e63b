using CsCheck;
using Generals.Core.Node;

namespace Generals.Core.Tests.Node;

public class PackedTextTests
{
    [Fact]
    public void Unpack_PackedRecordName_GivesItBack()
    {
        Gen.Char["abcdefghijklmnopqrstuvwxyz0123456789/._-"].Array[0, 56].Select(c => new string(c)).Sample(name =>
        {
            Assert.Equal(name, PackedText.Unpack([0, .. PackedText.Pack(name, 7)], 1));
        });
    }

    [Fact]
    public void Pack_LongerThanTheValues_IsCutAndUnprintableBecomesQuestionMarks()
    {
        Assert.Equal("abcdefgh", PackedText.Unpack(PackedText.Pack("abcdefghijk", 1), 0));
        Assert.Equal("a?b", PackedText.Unpack(PackedText.Pack("a\u00e9b", 1), 0));
    }
}
