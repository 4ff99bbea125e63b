namespace Generals.Harness.Worlds.Lab.Power;

/// <summary>
/// A relay driven through usbrelayd on the kit's broker (`usbrelayd:SERIAL_N`): the switch publishes "OFF" or "ON" on the
/// relay's command topic and is done when the daemon reports that state on the relay's state topic. No report within
/// <see cref="ReplyWait"/> is a failed switch (the daemon is not connected, or the relay is not its own).
/// </summary>
public sealed class UsbRelaydSwitch : IPowerSwitch
{
    /// <summary>How long the daemon has to answer: it switches a relay over USB HID in milliseconds; a second is a lost daemon.</summary>
    public static readonly TimeSpan ReplyWait = TimeSpan.FromSeconds(3);

    private readonly string _relay;
    private readonly IRelayDaemonBus _bus;
    private readonly TimeSpan _wait;

    public UsbRelaydSwitch(string relay, IRelayDaemonBus bus, TimeSpan? wait = null)
    {
        ArgumentNullException.ThrowIfNull(bus);
        _relay = relay;
        _bus = bus;
        _wait = wait ?? ReplyWait;
    }

    public string Spec => "usbrelayd:" + _relay;

    public bool ByHand => false;

    public ToolResult Switch(bool on)
    {
        string want = on ? UsbRelayd.On : UsbRelayd.Off;
        string command = UsbRelayd.CommandTopic(_relay);
        string state = UsbRelayd.StateTopic(_relay);
        string said = $"usbrelayd: {command} {want}";
        using var answered = new ManualResetEventSlim();
        string? heard = null;
        void OnState(string topic, string payload)
        {
            if (topic == state)
            {
                heard = payload;
                if (payload == want)
                {
                    answered.Set();
                }
            }
        }

        _bus.RelayState += OnState;
        try
        {
            if (!_bus.Command(command, want))
            {
                return new ToolResult(said, ToolResult.NotRun, "usbrelayd is reached only through the kit's embedded broker (nf.config's listener)");
            }

            return answered.Wait(_wait)
                ? new ToolResult(said, 0, $"{state} {want}")
                : new ToolResult(said, ToolResult.NotRun, heard == null
                    ? $"no {state} within {_wait.TotalMilliseconds:0} ms: is usbrelayd connected to the kit's broker and is {_relay} its relay?"
                    : $"{state} said {heard}, not {want}, within {_wait.TotalMilliseconds:0} ms");
        }
        finally
        {
            _bus.RelayState -= OnState;
        }
    }
}
