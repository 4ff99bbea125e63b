namespace Generals.Core.Wire
{
    /// <summary>
    /// A payload that writes itself into the frame being encoded, so a sender made of parts (an SM(m) chain of signatures
    /// held in several arrays) is copied once, into the bytes that leave, not first into a payload array of its own.
    /// </summary>
    public interface IPayloadWriter
    {
        /// <summary>Bytes <see cref="WritePayload"/> writes; the same every time.</summary>
        int PayloadLength { get; }

        /// <summary>Writes exactly <see cref="PayloadLength"/> bytes at <paramref name="offset"/>.</summary>
        void WritePayload(byte[] buffer, int offset);
    }
}
