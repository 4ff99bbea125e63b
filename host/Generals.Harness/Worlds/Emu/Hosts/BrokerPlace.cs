namespace Generals.Harness.Worlds.Emu.Hosts;

/// <summary>Where a mosquitto runs when not on this machine's loopback: the address it listens on and the command prefix that puts it in its host (`ip netns exec NS`).</summary>
public sealed record BrokerPlace(string Address, IReadOnlyList<string> CommandPrefix);
