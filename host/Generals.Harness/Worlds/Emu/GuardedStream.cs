namespace Generals.Harness.Worlds.Emu;

/// <summary>
/// A client's socket stream as MQTTnet reads it: what arrives is shown to an <see cref="MqttPacketGuard"/> before it is
/// returned, so MQTTnet never sees (nor allocates for) a packet the limits refuse. On a violation the stream reports it,
/// and reads as closed from then on; when the CONNECT is complete it says so once.
/// </summary>
internal sealed class GuardedStream(Stream inner, MqttPacketGuard guard, Action<MqttPacketViolation> violated, Action connected) : Stream
{
    private bool _refused;
    private bool _connected;

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => true;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer) => _refused ? 0 : Guard(buffer[..inner.Read(buffer)]);

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        if (_refused)
        {
            return 0;
        }

        int read = await inner.ReadAsync(buffer, cancellationToken).ConfigureAwait(false);
        return Guard(buffer.Span[..read]);
    }

    public override void Write(byte[] buffer, int offset, int count) => inner.Write(buffer, offset, count);

    public override void Write(ReadOnlySpan<byte> buffer) => inner.Write(buffer);

    public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        inner.WriteAsync(buffer, offset, count, cancellationToken);

    public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default) =>
        inner.WriteAsync(buffer, cancellationToken);

    public override void Flush() => inner.Flush();

    public override Task FlushAsync(CancellationToken cancellationToken) => inner.FlushAsync(cancellationToken);

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            inner.Dispose();
        }

        base.Dispose(disposing);
    }

    private int Guard(ReadOnlySpan<byte> arrived)
    {
        MqttPacketViolation violation = guard.Inspect(arrived);
        if (violation != MqttPacketViolation.None)
        {
            _refused = true;
            violated(violation);
            return 0;
        }

        if (!_connected && guard.ConnectReceived)
        {
            _connected = true;
            connected();
        }

        return arrived.Length;
    }
}
