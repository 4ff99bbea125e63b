namespace Generals.Harness.Checkers.Agreement;

/// <summary>
/// The chance that a Two Generals run ends in defeat when every frame is lost independently with probability
/// <c>loss</c> and an acknowledgement arrives before the next messenger leaves (delays below half the retry
/// interval, as in the two-generals scenario). Always attack (0 acks): A attacks, so it loses when no messenger
/// arrives: loss^n. Attack after k acks: B attacks as soon as one messenger arrives, A only with k acknowledgements
/// (it stops sending once it has them), so it loses when B heard one and A got fewer than k.
/// </summary>
public static class TwoGeneralsTheory
{
    public static double DefeatProbability(int acks, int messengers, double loss)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(acks);
        ArgumentOutOfRangeException.ThrowIfLessThan(messengers, 1);
        double delivered = 1 - loss;

        // chance[a, heard]: A holds a acknowledgements (a = acks stops the sending), B heard a messenger or not.
        double[,] chance = new double[acks + 2, 2];
        chance[0, 0] = 1;
        for (int sent = 0; sent < messengers; sent++)
        {
            double[,] next = new double[acks + 2, 2];
            for (int a = 0; a <= acks; a++)
            {
                for (int heard = 0; heard < 2; heard++)
                {
                    double p = chance[a, heard];
                    if (acks > 0 && a >= acks)
                    {
                        next[a, heard] += p;
                        continue;
                    }

                    next[a, heard] += p * loss;
                    next[a, 1] += p * delivered * loss;
                    next[Math.Min(a + 1, acks), 1] += p * delivered * delivered;
                }
            }

            chance = next;
        }

        if (acks == 0)
        {
            return chance[0, 0];
        }

        double defeat = 0;
        for (int a = 0; a < acks; a++)
        {
            defeat += chance[a, 1];
        }

        return defeat;
    }
}
