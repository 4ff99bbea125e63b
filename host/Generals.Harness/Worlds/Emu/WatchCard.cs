using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using Generals.Host.Node;

namespace Generals.Harness.Worlds.Emu;

/// <summary>
/// How to watch a running emulated run's wire: its broker, kit and the read-only watcher's login, kept in the run folder
/// as `watch.json` while the run's broker is up (mode 600: it holds a password) and removed when the run stops, so a
/// folder with a card is a run to watch (`generals sniff`).
/// </summary>
public sealed record WatchCard(
    [property: JsonPropertyName("broker")] string Broker,
    [property: JsonPropertyName("kit")] string Kit,
    [property: JsonPropertyName("user")] string User,
    [property: JsonPropertyName("password")] string Password)
{
    /// <summary>The card's name in a run folder.</summary>
    public const string FileName = "watch.json";

    /// <summary>The largest card read: a few hundred bytes in practice; a bigger file is not a card.</summary>
    public const int FileBytesMax = 4096;

    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    /// <summary>Writes the card into <paramref name="runFolder"/>, replacing any.</summary>
    public void WriteTo(string runFolder) =>
        DurableFile.System.Replace(Path.Combine(runFolder, FileName), JsonSerializer.SerializeToUtf8Bytes(this, Indented), UnixFileMode.UserRead | UnixFileMode.UserWrite);

    /// <summary>The card of <paramref name="runFolder"/>, or null when there is none (the run is not running) or it is not a card.</summary>
    public static WatchCard? Read(string runFolder)
    {
        string path = Path.Combine(runFolder, FileName);
        try
        {
            var file = new FileInfo(path);
            return file.Exists && file.Length <= FileBytesMax ? JsonSerializer.Deserialize<WatchCard>(File.ReadAllBytes(path)) : null;
        }
        catch (Exception e) when (e is IOException or JsonException or UnauthorizedAccessException)
        {
            return null; // removed while read (the run ended), or half written: not a card to follow
        }
    }

    /// <summary>Removes the card from <paramref name="runFolder"/>: the run's broker is going away.</summary>
    public static void Remove(string runFolder)
    {
        try
        {
            File.Delete(Path.Combine(runFolder, FileName));
        }
        catch (IOException)
        {
            // A card left behind names a broker that is gone: `generals sniff` skips it when it cannot connect.
        }
    }

    /// <summary>The topics the watcher may read: every general's wire and every inbox.</summary>
    [JsonIgnore]
    public IReadOnlyList<string> Topics => [$"gl/{Kit}/wire/+", $"gl/{Kit}/n/+/in"];

    /// <summary>A mosquitto_sub line that prints the same frames as hex, to pipe into `generals wire decode`.</summary>
    public string MosquittoSubLine()
    {
        Generals.Core.Config.BrokerAddress first = MqttEndpoint.ParseBrokers(Broker)[0];
        (string host, int port) = (first.Host, first.Port);
        return string.Create(CultureInfo.InvariantCulture,
            $"mosquitto_sub -h {host} -p {port} -i {User} -u {User} -P {Password} -t '{Topics[0]}' -t '{Topics[1]}' -F %x | generals wire decode");
    }
}
