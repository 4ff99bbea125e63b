namespace Generals.Core.Protocols
{
    /// <summary>A protocol message held back until <see cref="DueMs"/> (a Late traitor's sends).</summary>
    internal sealed class PendingSend
    {
        public PendingSend(long dueMs, int to, uint instance, int round, byte[] payload)
        {
            DueMs = dueMs;
            To = to;
            Instance = instance;
            Round = round;
            Payload = payload;
        }

        public long DueMs { get; }

        public int To { get; }

        public uint Instance { get; }

        public int Round { get; }

        public byte[] Payload { get; }
    }
}
