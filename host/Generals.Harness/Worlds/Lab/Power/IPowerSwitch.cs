namespace Generals.Harness.Worlds.Lab.Power;

/// <summary>How the harness turns one board's power off and on (nf.config's `power` of its `[board N]`).</summary>
public interface IPowerSwitch
{
    /// <summary>The switch as nf.config names it (uhubctl:1-1:2, usbrelay:HURTM_1, manual, ...).</summary>
    string Spec { get; }

    /// <summary>
    /// True when a person does it (`manual`): the harness asks, and learns that it was done from the board itself (its last
    /// will after a cut, its boot after power comes back), not from the switch's result.
    /// </summary>
    bool ByHand { get; }

    /// <summary>Turns the board's power on or off; the driver's own result, never an exception.</summary>
    ToolResult Switch(bool on);
}
