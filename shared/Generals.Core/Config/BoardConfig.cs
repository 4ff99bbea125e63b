namespace Generals.Core.Config
{
    /// <summary>One <c>[board N]</c> section of nf.config: the General id N, its serial port and its power switch.</summary>
    public sealed class BoardConfig
    {
        /// <summary>Creates a board entry.</summary>
        public BoardConfig(int id, string serial, string power, int line)
        {
            Id = id;
            Serial = serial;
            Power = power;
            Line = line;
        }

        /// <summary>The General id (1 .. <see cref="Wire.FrameLimits.GeneralIdMax"/>), from the section header.</summary>
        public int Id { get; }

        /// <summary>The serial port the board is flashed and reset through ("/dev/ttyUSB0", "COM5"), or null.</summary>
        public string Serial { get; }

        /// <summary>The power switch ("uhubctl:1-1:2", "usbrelay:HURTM_1", "usbrelayd:HURTM_1", "serial-reset:/dev/ttyUSB0", "manual" or "none").</summary>
        public string Power { get; }

        /// <summary>The line of the section header, for messages about this board.</summary>
        public int Line { get; }
    }
}
