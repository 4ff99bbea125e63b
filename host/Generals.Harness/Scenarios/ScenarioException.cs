namespace Generals.Harness.Scenarios;

/// <summary>A scenario that cannot be run: unreadable YAML or a value out of range. The message says where.</summary>
public sealed class ScenarioException : Exception
{
    public ScenarioException(string message)
        : base(message)
    {
    }

    public ScenarioException()
    {
    }

    public ScenarioException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
