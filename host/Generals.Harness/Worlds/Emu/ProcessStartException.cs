namespace Generals.Harness.Worlds.Emu;

/// <summary>A process the run needs could not be started or never came up (an I/O failure: exit code 74).</summary>
public sealed class ProcessStartException : IOException
{
    public ProcessStartException(string message)
        : base(message)
    {
    }

    public ProcessStartException()
    {
    }

    public ProcessStartException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
