using CsCheck;
using Generals.Core.Node;

namespace Generals.Core.Tests.Node;

public class ControlCodecTests
{
    /// <summary>One command of every type, each field set to a distinct value.</summary>
    public static TheoryData<ControlCommand> OneOfEach() =>
    [
        new SendStreamCommand(2, 100, 20, 1000),
        new StartInstanceCommand(2, 7, 1, 1, 1, 100, 10, 0),
        new SetTraitorCommand(4, 6, -3),
        new StartDetectorCommand(1, 100, 300, 5),
        new ReportCountersCommand(),
    ];

    [Theory]
    [MemberData(nameof(OneOfEach))]
    public void TryDecode_EncodedCommand_GivesTheSameTypeAndFields(ControlCommand command)
    {
        ControlCommand? decoded = ControlCodec.TryDecode(ControlCodec.Encode(command), out int type);

        Assert.NotNull(decoded);
        Assert.Equal((int)command.Type, type);
        Assert.Equal(command.GetType(), decoded.GetType());
        Assert.Equal(command.ToArguments(), decoded.ToArguments());
    }

    [Fact]
    public void OneOfEach_CoversEveryControlTypeUpToTheMax()
    {
        Assert.Equal(Enumerable.Range(1, ControlTypes.Max), OneOfEach().Cast<object[]>().Select(row => (int)((ControlCommand)row[0]).Type).Order());
    }

    [Theory]
    [MemberData(nameof(OneOfEach))]
    public void TryDecode_OneArgumentTooManyOrTooFew_NullWithItsType(ControlCommand command)
    {
        long[] arguments = command.ToArguments();
        List<long[]> wrong = [];
        if (arguments.Length < ControlCommand.ArgumentsMax)
        {
            wrong.Add([.. arguments, 1]);
        }

        if (arguments.Length > 0)
        {
            wrong.Add(arguments[..^1]);
        }

        Assert.NotEmpty(wrong);
        foreach (long[] values in wrong)
        {
            Assert.Null(ControlCodec.TryDecode(ValueRecord.Encode((int)command.Type, values), out int type));
            Assert.Equal((int)command.Type, type);
        }
    }

    [Fact]
    public void TryDecode_StartInstanceWithoutMessengers_Null()
    {
        Assert.Null(ControlCodec.TryDecode(ValueRecord.Encode((int)ControlType.StartInstance, [2, 7, 1, 1, 1, 100, 10]), out _));
    }

    [Fact]
    public void TryDecode_UnknownType_NullWithItsType()
    {
        Assert.Null(ControlCodec.TryDecode(ValueRecord.Encode(ControlTypes.Max + 1, []), out int type));
        Assert.Equal(ControlTypes.Max + 1, type);
    }

    [Fact]
    public void TryDecode_AnyBytes_NeverThrows()
    {
        Gen.Byte.Array[0, 80].Sample(bytes => ControlCodec.TryDecode(bytes, out _), iter: 20_000);
    }
}
