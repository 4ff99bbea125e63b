using Generals.Harness.History;

namespace Generals.Harness.Checkers.Detection;

/// <summary>The QoS checker with the analytical prediction's figures beside the measured ones, when there is one.</summary>
public sealed class PredictedQosChecker(DetectorQosChecker measured, FixedTimeoutPrediction? prediction) : IChecker
{
    public string Name => measured.Name;

    public CheckResult Check(IReadOnlyList<HistoryEvent> history)
    {
        CheckResult result = measured.Check(history);
        if (prediction == null)
        {
            return result;
        }

        var figures = new SortedDictionary<string, double>(result.Figures.ToDictionary(f => f.Key, f => f.Value), StringComparer.Ordinal);
        prediction.AddFigures(figures);
        return result with { Figures = figures };
    }
}
