namespace Generals.Cli;

/// <summary>The command line asks for something that cannot be done (exit code 64): the message says what to type instead.</summary>
public sealed class UsageException : Exception
{
    public UsageException(string message)
        : base(message)
    {
    }

    public UsageException()
    {
    }

    public UsageException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
