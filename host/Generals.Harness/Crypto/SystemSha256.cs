using System.Security.Cryptography;
using Generals.Core.Crypto;

namespace Generals.Harness.Crypto;

/// <summary>
/// The host's SHA-256 behind Core's <see cref="ISha256"/> seam: input is gathered, then hashed in one call to
/// System.Security.Cryptography (hardware SHA extensions where the CPU has them). LMS inputs are short, so the buffer stays small.
/// </summary>
public sealed class SystemSha256 : ISha256
{
    private byte[] _buffer = new byte[128];
    private int _length;

    /// <summary>A new hash, as a <see cref="Sha256Factory"/>.</summary>
    public static ISha256 Create() => new SystemSha256();

    public void Reset() => _length = 0;

    public void Update(byte[] data, int offset, int count)
    {
        if (_length + count > _buffer.Length)
        {
            Array.Resize(ref _buffer, Math.Max(_buffer.Length * 2, _length + count));
        }

        Buffer.BlockCopy(data, offset, _buffer, _length, count);
        _length += count;
    }

    public void Final(byte[] output, int offset)
    {
        SHA256.HashData(_buffer.AsSpan(0, _length), output.AsSpan(offset, Sha256.DigestBytes));
        _length = 0;
    }
}
