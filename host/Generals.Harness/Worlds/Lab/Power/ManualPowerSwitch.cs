namespace Generals.Harness.Worlds.Lab.Power;

/// <summary>
/// A board without a switch the harness can drive (`power = manual`): the harness asks a person ("pull board 3's power now")
/// and learns from the board itself that it was done: its last will after a cut, its boot after the power comes back.
/// </summary>
public sealed class ManualPowerSwitch(int board, Action<string> ask) : IPowerSwitch
{
    public string Spec => "manual";

    public bool ByHand => true;

    /// <summary>What the harness says when it wants board <paramref name="board"/>'s power off or on.</summary>
    public static string Request(int board, bool on) =>
        on ? $"plug board {board}'s power back in now" : $"pull board {board}'s power now";

    public ToolResult Switch(bool on)
    {
        string request = Request(board, on);
        ask(request);
        return new ToolResult("manual", 0, "asked: " + request);
    }
}
