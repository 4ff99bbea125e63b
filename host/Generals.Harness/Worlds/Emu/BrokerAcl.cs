using System.Globalization;
using Generals.Core.Wire;
using Generals.Harness.Worlds.Lab.Power;

namespace Generals.Harness.Worlds.Emu;

/// <summary>
/// Who may do what on the broker (DESIGN 6): a general publishes only to its own wire, events and status
/// topics and subscribes only to its own inbox and control topics; the watcher (`generals sniff`) publishes nothing and
/// subscribes only to the wire and the inboxes (one general's, or every one's with `+`); usbrelayd (a lab's relay daemon, admitted only when the
/// kit's power switches name it) publishes only relay states and subscribes only to relay commands; the harness may do anything.
/// </summary>
public sealed class BrokerAcl(string kit)
{
    public bool MayPublish(string user, string topic)
    {
        if (user == KitCredentials.HarnessUser)
        {
            return true;
        }

        if (user == UsbRelayd.ClientId)
        {
            return IsRelayTopic(topic, UsbRelayd.StateRoot);
        }

        int id = KitCredentials.GeneralOf(user);
        return id > 0 && (topic == Topics.Wire(kit, id) || topic == Topics.Events(kit, id) || topic == Topics.Status(kit, id));
    }

    public bool MaySubscribe(string user, string topicFilter)
    {
        if (user == KitCredentials.HarnessUser)
        {
            return true;
        }

        if (user == UsbRelayd.ClientId)
        {
            return IsRelayTopic(topicFilter, UsbRelayd.CommandRoot);
        }

        if (user == KitCredentials.WatcherUser)
        {
            return IsWatched(topicFilter);
        }

        int id = KitCredentials.GeneralOf(user);
        return id > 0 && (topicFilter == Topics.Inbox(kit, id) || topicFilter == Topics.Control(kit, id));
    }

    // gl/KIT/wire/ID and gl/KIT/n/ID/in, ID a general's number or `+`: what the generals send and what the network delivers.
    private bool IsWatched(string topicFilter) => topicFilter.Split('/') switch
    {
        ["gl", var k, "wire", var id] => k == kit && IsGeneralOrAny(id),
        ["gl", var k, "n", var id, "in"] => k == kit && IsGeneralOrAny(id),
        _ => false,
    };

    private static bool IsGeneralOrAny(string id) => id == "+"
        || (int.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out int general) && general is >= 1 and <= FrameLimits.GeneralIdMax);

    // root + SERIAL/N: usbrelayd subscribes per relay, never with a wildcard, and nothing else under its roots is ours.
    private static bool IsRelayTopic(string topic, string root) =>
        topic.StartsWith(root, StringComparison.Ordinal) && topic.Split('/') is [_, { Length: > 0 } serial, { Length: > 0 } relay]
        && !serial.Contains('+', StringComparison.Ordinal) && !serial.Contains('#', StringComparison.Ordinal) && relay.All(char.IsAsciiDigit);

    /// <summary>The mosquitto ACL file expressing the same rules.</summary>
    public string MosquittoAcl(IEnumerable<int> generals)
    {
        var text = new System.Text.StringBuilder();
        text.Append("user ").Append(KitCredentials.HarnessUser).Append("\ntopic readwrite gl/").Append(kit).Append("/#\n\n");
        foreach (int id in generals)
        {
            text.Append("user ").Append(KitCredentials.UserOf(id)).Append('\n');
            text.Append("topic write ").Append(Topics.Wire(kit, id)).Append('\n');
            text.Append("topic write ").Append(Topics.Events(kit, id)).Append('\n');
            text.Append("topic write ").Append(Topics.Status(kit, id)).Append('\n');
            text.Append("topic read ").Append(Topics.Inbox(kit, id)).Append('\n');
            text.Append("topic read ").Append(Topics.Control(kit, id)).Append("\n\n");
        }

        text.Append("user ").Append(KitCredentials.WatcherUser).Append('\n');
        text.Append("topic read gl/").Append(kit).Append("/wire/+\n");
        text.Append("topic read gl/").Append(kit).Append("/n/+/in\n");
        return text.ToString();
    }
}
