namespace Generals.Cli;

/// <summary>Entry point of the `generals` command.</summary>
public static class Program
{
    /// <summary>Runs the command line against the real console.</summary>
    public static int Main(string[] args)
    {
        return CliApp.Run(args, CliConsole.System);
    }
}
