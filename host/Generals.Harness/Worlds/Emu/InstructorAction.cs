namespace Generals.Harness.Worlds.Emu;

/// <summary>What an instructor can do to a running emulated run (the buttons of `generals serve`'s live view).</summary>
public enum InstructorAction
{
    Crash,
    Restart,
    Pause,
    Resume,
    Partition,
    Heal,
}
