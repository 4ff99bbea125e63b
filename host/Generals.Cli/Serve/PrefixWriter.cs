using System.Text;

namespace Generals.Cli.Serve;

/// <summary>Writes whole lines to <paramref name="inner"/> (synchronized: several runs log at once), each with <paramref name="prefix"/>.</summary>
public sealed class PrefixWriter(TextWriter inner, string prefix) : TextWriter
{
    private readonly StringBuilder _line = new();

    public override Encoding Encoding => Encoding.UTF8;

    public override void Write(char value)
    {
        if (value == '\n')
        {
            lock (inner)
            {
                inner.WriteLine(prefix + _line.ToString().TrimEnd('\r'));
                inner.Flush();
            }

            _line.Clear();
        }
        else
        {
            _line.Append(value);
        }
    }
}
