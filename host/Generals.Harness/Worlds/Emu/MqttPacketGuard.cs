namespace Generals.Harness.Worlds.Emu;

/// <summary>
/// Follows the framing of the MQTT packets one client sends, byte by byte as they arrive, without keeping any:
/// the first packet must be CONNECT, and a packet longer than the limit is refused as soon as its remaining length
/// says so, before its body exists anywhere. Sans-I/O: the listener feeds it what it read from the socket.
/// </summary>
public sealed class MqttPacketGuard
{
    /// <summary>MQTT's variable byte integer (the remaining length) has at most four bytes.</summary>
    private const int LengthBytesMax = 4;

    /// <summary>The control packet type of CONNECT (high nibble of the first byte).</summary>
    private const int ConnectType = 1;

    private readonly int _packetBytesMax;
    private Part _part = Part.TypeAndFlags;
    private long _length;
    private int _lengthBytes;
    private long _bodyLeft;
    private long _packets;
    private MqttPacketViolation _violation = MqttPacketViolation.None;

    public MqttPacketGuard(int packetBytesMax)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(packetBytesMax, 2);
        _packetBytesMax = packetBytesMax;
    }

    private enum Part
    {
        TypeAndFlags,
        Length,
        Body,
    }

    /// <summary>True once the whole first packet (the CONNECT) has arrived.</summary>
    public bool ConnectReceived => _packets > 0;

    /// <summary>Follows <paramref name="bytes"/>, the next bytes the client sent; the first violation sticks.</summary>
    public MqttPacketViolation Inspect(ReadOnlySpan<byte> bytes)
    {
        int i = 0;
        while (i < bytes.Length && _violation == MqttPacketViolation.None)
        {
            switch (_part)
            {
                case Part.TypeAndFlags:
                    OnTypeAndFlags(bytes[i++]);
                    break;
                case Part.Length:
                    OnLengthByte(bytes[i++]);
                    break;
                default:
                    int taken = (int)Math.Min(_bodyLeft, bytes.Length - i);
                    _bodyLeft -= taken;
                    i += taken;
                    if (_bodyLeft == 0)
                    {
                        EndPacket();
                    }

                    break;
            }
        }

        return _violation;
    }

    private void OnTypeAndFlags(byte first)
    {
        int type = first >> 4;
        if (_packets == 0 && type != ConnectType)
        {
            _violation = MqttPacketViolation.NotConnectFirst;
            return;
        }

        if (type == 0)
        {
            _violation = MqttPacketViolation.Malformed;
            return;
        }

        _part = Part.Length;
        _length = 0;
        _lengthBytes = 0;
    }

    private void OnLengthByte(byte next)
    {
        _length |= (long)(next & 0x7F) << (7 * _lengthBytes);
        _lengthBytes++;
        bool more = (next & 0x80) != 0;
        if (more && _lengthBytes == LengthBytesMax)
        {
            _violation = MqttPacketViolation.Malformed;
            return;
        }

        // A length byte with the continuation bit promises a next byte worth at least 128^k (minimal encoding), so a
        // client that stops there after claiming megabytes is refused now rather than at its connect timeout.
        long lengthAtLeast = more ? _length + (1L << (7 * _lengthBytes)) : _length;
        int headerBytes = 1 + _lengthBytes + (more ? 1 : 0);
        if (headerBytes + lengthAtLeast > _packetBytesMax)
        {
            _violation = MqttPacketViolation.Oversize;
            return;
        }

        if (more)
        {
            return;
        }

        if (_length == 0)
        {
            EndPacket();
            return;
        }

        _bodyLeft = _length;
        _part = Part.Body;
    }

    private void EndPacket()
    {
        _packets++;
        _part = Part.TypeAndFlags;
    }
}
