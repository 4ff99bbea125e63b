using Generals.Core.Crypto;
using Generals.Core.Runtime;

namespace Generals.Core.Node
{
    /// <summary>What the board says about itself once per boot (<see cref="TelemetryType.BoardBooted"/>, Runtime.BootReport).</summary>
    public sealed class BoardBootedEvent : TelemetryEvent
    {
        /// <summary>How many values the event carries on the wire.</summary>
        public const int ValueCount = 6;

        /// <summary>Creates the event.</summary>
        public BoardBootedEvent(long firmwareVersion, long bootCount, BoardResetCause resetCause, long freeMemoryBytes, SelfTestResult selfTest, long signaturesLeft)
        {
            FirmwareVersion = firmwareVersion;
            BootCount = bootCount;
            ResetCause = resetCause;
            FreeMemoryBytes = freeMemoryBytes;
            SelfTest = selfTest;
            SignaturesLeft = signaturesLeft;
        }

        /// <summary>major &lt;&lt; 16 | minor &lt;&lt; 8 | patch.</summary>
        public long FirmwareVersion { get; }

        /// <summary>Boots of the board so far.</summary>
        public long BootCount { get; }

        /// <summary>Why the board started.</summary>
        public BoardResetCause ResetCause { get; }

        /// <summary>Free managed memory at boot; -1 when unknown.</summary>
        public long FreeMemoryBytes { get; }

        /// <summary>The verdict of the known-answer crypto self-test.</summary>
        public SelfTestResult SelfTest { get; }

        /// <summary>Signatures the General's key can still make; -1 for a stateless key.</summary>
        public long SignaturesLeft { get; }

        /// <inheritdoc/>
        public override TelemetryType Type
        {
            get { return TelemetryType.BoardBooted; }
        }

        /// <inheritdoc/>
        public override long[] ToValues()
        {
            return new long[] { FirmwareVersion, BootCount, (long)ResetCause, FreeMemoryBytes, (long)SelfTest, SignaturesLeft };
        }

        /// <summary>The event in <paramref name="values"/> (its values in wire order), or null when they are not exactly its values.</summary>
        public static BoardBootedEvent TryDecode(long[] values)
        {
            if (values == null || values.Length != ValueCount)
            {
                return null;
            }

            return new BoardBootedEvent(values[0], values[1], (BoardResetCause)values[2], values[3], (SelfTestResult)values[4], values[5]);
        }
    }
}
