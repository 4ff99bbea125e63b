namespace Generals.Harness.Worlds.Lab;

/// <summary>Boards a lab run needs are not online (exit code 74, as a device that is not there): the message holds the presence table.</summary>
public sealed class BoardsMissingException : IOException
{
    public BoardsMissingException(string message)
        : base(message)
    {
    }

    public BoardsMissingException()
    {
    }

    public BoardsMissingException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
