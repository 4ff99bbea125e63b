namespace Generals.Core.Protocols
{
    /// <summary>
    /// The detail value of a Rejected [ProtocolViolation, from, detail] or [BadControl, 0, detail] report from a
    /// protocol module. Numbers are stable: checkers and traces read them.
    /// </summary>
    public static class ProtocolViolation
    {
        /// <summary>The payload does not decode for the protocol.</summary>
        public const int Malformed = 1;

        /// <summary>The frame names an instance this general does not run (never started, or evicted).</summary>
        public const int UnknownInstance = 2;

        /// <summary>The frame's round does not match its content (path length, chain length) or is past the last round.</summary>
        public const int WrongRound = 3;

        /// <summary>The message arrived at or after its round's deadline: treated as absent.</summary>
        public const int Late = 4;

        /// <summary>An OM path that does not start at the commander, repeats a general, names the receiver, or does not end at the sender.</summary>
        public const int BadPath = 5;

        /// <summary>A second message for the same OM path.</summary>
        public const int Duplicate = 6;

        /// <summary>An SM chain that does not start with the commander, repeats a signer, names the receiver, or does not end at the sender.</summary>
        public const int BadChain = 7;

        /// <summary>An SM chain with a signature that does not verify (forged, altered or replayed from another instance).</summary>
        public const int BadSignature = 8;

        /// <summary>BadControl: a StartInstance whose arguments are out of range or too large for the limits.</summary>
        public const int BadStart = 20;

        /// <summary>BadControl: a StartInstance for an instance this general already ran.</summary>
        public const int DuplicateInstance = 21;

        /// <summary>BadControl: a SetTraitor with an unknown strategy.</summary>
        public const int BadTraitor = 22;

        /// <summary>Our own SM chain would exceed the frame payload limit (m too large for the signature scheme).</summary>
        public const int ChainTooLong = 30;

        /// <summary>The name of a detail code, for traces.</summary>
        public static string Name(long detail)
        {
            switch (detail)
            {
                case Malformed: return "malformed";
                case UnknownInstance: return "unknown instance";
                case WrongRound: return "wrong round";
                case Late: return "late";
                case BadPath: return "bad path";
                case Duplicate: return "duplicate";
                case BadChain: return "bad chain";
                case BadSignature: return "bad signature";
                case BadStart: return "bad start";
                case DuplicateInstance: return "duplicate instance";
                case BadTraitor: return "bad traitor";
                case ChainTooLong: return "chain too long";
                default: return "detail " + detail.ToString();
            }
        }
    }
}
