namespace Generals.Harness.Worlds.Emu;

/// <summary>How the harness puts bytes into a general's inbox or control topic: broker injection or a relay publish.</summary>
public interface IInboxSink
{
    void Publish(string topic, byte[] payload, bool retain = false);
}
