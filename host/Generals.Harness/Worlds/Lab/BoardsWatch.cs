using Generals.Core.Config;
using Generals.Core.Runtime;
using Generals.Harness.History;
using Generals.Harness.Network;
using Generals.Harness.Scenarios;
using Generals.Harness.Worlds.Emu;
using Generals.Harness.Worlds.Mqtt;

namespace Generals.Harness.Worlds.Lab;

/// <summary>
/// `generals boards`: the kit's broker brought up (or joined) for a while, with no plan, to see who of the boards is there:
/// their statuses, and the boot reports they send on connecting (a board that booted while no broker listened sends its
/// report when it first reaches one).
/// </summary>
public static class BoardsWatch
{
    /// <summary>Listens for <paramref name="listen"/> on the kit's broker; returns every board's sighting and the time it was taken.</summary>
    public static async Task<(IReadOnlyList<BoardSighting> Boards, long NowMs)> ListenAsync(
        KitConfig config, string configPath, IEmuKit kit, string? externalBroker, TimeSpan listen, CancellationToken cancel)
    {
        ArgumentNullException.ThrowIfNull(config);
        var scenario = new Scenario { Name = "boards", Kit = config.Kit, Generals = config.Boards.Max(b => b.Id), DurationMs = 0, SettleMs = 0 };
        var clock = new HarnessClock();
        var history = new HistoryRecorder(() => clock.NowMs);
        await using var broker = new KitBroker(scenario, kit, new NetworkNemesis(scenario, new Prng(1)), clock, history);
        var presence = new BoardPresence(config.Boards.Select(b => b.Id), () => clock.NowMs);
        presence.Watch(broker.Network.Network);
        await broker.StartForKitAsync(config, configPath, externalBroker, cancel).ConfigureAwait(false);
        await Task.Delay(listen, cancel).ConfigureAwait(false);
        return (presence.All(), clock.NowMs);
    }
}
