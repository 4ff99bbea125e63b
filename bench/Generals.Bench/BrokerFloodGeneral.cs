using Generals.Core.Wire;
using Generals.Harness.Worlds.Emu;
using MQTTnet;

namespace Generals.Bench;

/// <summary>A general with the kit's credentials, sending a frame to the next general every interval.</summary>
internal sealed class BrokerFloodGeneral
{
    private long _sent;
    private long _received;
    private long _disconnects;

    private BrokerFloodGeneral(IMqttClient client, int id)
    {
        Client = client;
        Id = id;
    }

    public IMqttClient Client { get; }

    public int Id { get; }

    public long Sent => Interlocked.Read(ref _sent);

    public long Received => Interlocked.Read(ref _received);

    public long Disconnects => Interlocked.Read(ref _disconnects);

    public static async Task<BrokerFloodGeneral> ConnectAsync(int port, KitCredentials credentials, int id)
    {
        IMqttClient client = new MqttClientFactory().CreateMqttClient();
        var general = new BrokerFloodGeneral(client, id);
        client.ApplicationMessageReceivedAsync += _ =>
        {
            Interlocked.Increment(ref general._received);
            return Task.CompletedTask;
        };
        client.DisconnectedAsync += _ =>
        {
            Interlocked.Increment(ref general._disconnects);
            return Task.CompletedTask;
        };
        string user = KitCredentials.UserOf(id);
        await client.ConnectAsync(new MqttClientOptionsBuilder().WithTcpServer("127.0.0.1", port)
            .WithClientId(user).WithCredentials(user, credentials.PasswordOf(user)).Build());
        await client.SubscribeAsync(Topics.Inbox("lab", id));
        return general;
    }

    public async Task SendAsync(int generals, TimeSpan interval, CancellationToken stop)
    {
        uint sequence = 0;
        while (!stop.IsCancellationRequested)
        {
            sequence++;
            byte[] frame = FrameCodec.Encode(new Frame(FrameKind.Data, "lab", new FrameRoute(Id, (Id % generals) + 1), new FrameStamp(1, sequence, 0, 0), new byte[32]));
            try
            {
                await Client.PublishAsync(new MqttApplicationMessageBuilder().WithTopic(Topics.Wire("lab", Id)).WithPayload(frame).Build(), CancellationToken.None);
                Interlocked.Increment(ref _sent);
            }
            catch (MQTTnet.Exceptions.MqttCommunicationException)
            {
                // Disconnected: counted by DisconnectedAsync; the figure says so.
            }

            try
            {
                await Task.Delay(interval, stop);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }
}
