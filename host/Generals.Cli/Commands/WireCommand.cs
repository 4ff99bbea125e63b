using System.CommandLine;
using Generals.Core.Wire;
using Generals.Harness.Inspect;

namespace Generals.Cli.Commands;

/// <summary>`generals wire decode`: prints a frame's fields from hex, or why the decoder refused it.</summary>
public static class WireCommand
{
    public static Command Create(CliConsole console)
    {
        var hex = new Argument<string?>("hex")
        {
            Description = "The frame as hex (spaces, ':' and 0x allowed). Without it, each line of standard input "
                + "is one frame, as `mosquitto_sub -F %x` prints them.",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var decode = new Command("decode", "Decode a wire-format v2 frame and print its fields.");
        decode.Arguments.Add(hex);
        decode.SetAction(parse => Decode(parse.GetValue(hex), console));

        var wire = new Command("wire", "Inspect frames as they travel on the broker.");
        wire.Subcommands.Add(decode);
        return wire;
    }

    private static int Decode(string? hex, CliConsole console)
    {
        if (hex != null)
        {
            return DecodeOne(hex, console) ? 0 : 1;
        }

        if (!console.InputRedirected)
        {
            throw new UsageException("give the frame as an argument, or pipe hex lines into standard input");
        }

        bool allValid = true;
        int frames = 0;
        string? line;
        while ((line = console.Input.ReadLine()) != null)
        {
            if (line.Trim().Length == 0)
            {
                continue;
            }

            if (frames > 0)
            {
                console.Output.WriteLine();
            }

            frames++;
            allValid &= DecodeOne(line, console);
        }

        return allValid && frames > 0 ? 0 : 1;
    }

    private static bool DecodeOne(string text, CliConsole console)
    {
        byte[]? bytes = Hex.TryDecode(text);
        if (bytes == null)
        {
            console.Error.WriteLine("rejected: NotHex (the input is not an even number of hex digits)");
            return false;
        }

        FrameRejection rejection = FrameCodec.TryDecode(bytes, out Frame frame);
        if (rejection != FrameRejection.None)
        {
            console.Error.WriteLine(
                $"rejected: {rejection} ({(int)rejection}) — {FrameDescription.Explain(rejection)} ({bytes.Length} bytes)");
            return false;
        }

        console.Output.Write(FrameDescription.Describe(frame, bytes.Length));
        return true;
    }
}
