using Generals.Core.Protocols;

namespace Generals.Core.Tests.Protocols;

/// <summary>IC1 and IC2 over the decisions a test network saw (the harness checkers do the same from history).</summary>
internal static class AgreementAssert
{
    /// <summary>IC1: every loyal lieutenant decided, and all decided the same order.</summary>
    public static bool Ic1(TestNetwork network, uint instance, int commander, ISet<int> traitors)
    {
        int?[] decisions = LoyalLieutenants(network, commander, traitors).Select(g => network.DecisionOf(g, instance)).ToArray();
        return decisions.All(d => d.HasValue) && decisions.Distinct().Count() <= 1;
    }

    /// <summary>IC2: if the commander is loyal, every loyal lieutenant decided its order.</summary>
    public static bool Ic2(TestNetwork network, uint instance, int commander, int order, ISet<int> traitors) =>
        traitors.Contains(commander)
        || LoyalLieutenants(network, commander, traitors).All(g => network.DecisionOf(g, instance) == order);

    public static void Holds(TestNetwork network, uint instance, int commander, int order, ISet<int> traitors, string because)
    {
        string decisions = string.Join(", ", network.Generals.Select(g => $"{g}:{Name(network.DecisionOf(g, instance))}"));
        Assert.True(Ic1(network, instance, commander, traitors), $"IC1 failed ({because}): {decisions}");
        Assert.True(Ic2(network, instance, commander, order, traitors), $"IC2 failed ({because}): {decisions}");
    }

    public static IEnumerable<int> LoyalLieutenants(TestNetwork network, int commander, ISet<int> traitors) =>
        network.Generals.Where(g => g != commander && !traitors.Contains(g));

    private static string Name(int? order) => order is null ? "none" : ProtocolCodes.OrderName(order.Value);
}
