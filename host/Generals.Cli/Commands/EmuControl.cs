using Generals.Harness.Worlds.Emu;

namespace Generals.Cli.Commands;

/// <summary>How an emulated run from the CLI is stopped (<paramref name="Cancel"/>, with <paramref name="Reason"/> for the history) and who gets the instructor's hand on it.</summary>
public sealed record EmuControl(CancellationToken Cancel, Func<string> Reason, Action<Instructor>? OnInstructor = null);
