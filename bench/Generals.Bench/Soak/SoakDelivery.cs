using Generals.Harness.Crypto;
using Generals.Harness.History;

namespace Generals.Bench.Soak;

/// <summary>
/// What the generals reported over the whole soak, from the captured telemetry (sealed with their telemetry keys, so a
/// rogue's forgeries are refused here as the harness refuses them): every message whose sender's link got an
/// acknowledgement (app-ack) must have been delivered to its receiver's application (app-deliver) in the same run or a
/// later one; a run whose harness was killed wrote no history, but its generals' reports are all here. Also counted:
/// deliveries of one message under two delivery indices (delivered twice), sends never acknowledged by the end, boot
/// failures and sign failures the generals reported, and the telemetry refused.
/// </summary>
public sealed class SoakDelivery(TelemetryKeyRing keys, SoakCounts counts)
{
    /// <summary>Witness lines kept per failure.</summary>
    private const int WitnessMax = 10;

    private readonly TelemetryAuthenticator _gate = new(SoakKit.Id, keys);
    private readonly HashSet<(int From, int To, long Id)> _sent = [];
    private readonly HashSet<(int From, int To, long Id)> _acked = [];
    private readonly Dictionary<(int From, int To, long Id), HashSet<long>> _delivered = [];

    public void Add(CapturedFrame captured)
    {
        ArgumentNullException.ThrowIfNull(captured);
        if (captured.Channel == CaptureChannel.Status)
        {
            _gate.OnStatus(captured.Node, captured.Bytes, captured.UnixMs);
            return;
        }

        if (captured.Channel != CaptureChannel.Events)
        {
            return;
        }

        HistoryEvent e = _gate.OnEvents(captured.Node, captured.Bytes, captured.UnixMs);
        switch (e.Type)
        {
            case HistoryType.AppSend:
                _sent.Add((e.General, e.To, e.Message));
                break;
            case HistoryType.AppAck:
                _acked.Add((e.General, e.To, e.Message));
                break;
            case HistoryType.AppDeliver:
                if (!_delivered.TryGetValue((e.From, e.General, e.Message), out HashSet<long>? indices))
                {
                    indices = [];
                    _delivered[(e.From, e.General, e.Message)] = indices;
                }

                indices.Add(e.DeliveryIndex);
                break;
            case HistoryType.BootFailed or HistoryType.SignFailed or HistoryType.KeyExhausted or HistoryType.CounterExhausted:
                counts.Add("reported/" + HistoryTypes.NameOf(e.Type));
                break;
        }
    }

    /// <summary>Sets the figures; returns the acknowledged messages never delivered, as witness lines.</summary>
    public List<string> Finish()
    {
        var lost = _acked.Where(m => !_delivered.ContainsKey(m)).OrderBy(m => m.Id).ToList();
        counts.Set("messages/sent", _sent.Count);
        counts.Set("messages/acknowledged", _acked.Count);
        counts.Set("messages/delivered", _delivered.Count);
        counts.Set("messages/acknowledged-lost", lost.Count);
        counts.Set("messages/delivered-twice", _delivered.Count(d => d.Value.Count > 1));
        counts.Set("messages/never-acknowledged", _sent.Count(m => !_acked.Contains(m)));
        counts.Set("messages/delivered-never-sent", _delivered.Keys.Count(m => !_sent.Contains(m)));
        foreach ((string name, long count) in _gate.Counts())
        {
            counts.Set("telemetry/" + name, count);
        }

        return [.. lost.Take(WitnessMax).Select(m => $"message {m.Id} from general {m.From} to {m.To} was acknowledged and never delivered")];
    }
}
