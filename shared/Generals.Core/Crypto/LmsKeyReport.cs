namespace Generals.Core.Crypto
{
    /// <summary>The outcome of <see cref="LmsKeyCheck.Run"/>: the first problem found, the record at fault, and the mark.</summary>
    public sealed class LmsKeyReport
    {
        internal LmsKeyReport(LmsKeyProblem problem, string record, LmsPrivateKey key, LmsMark mark)
        {
            Problem = problem;
            Record = record;
            Key = key;
            Mark = mark;
        }

        /// <summary>The first problem, or <see cref="LmsKeyProblem.None"/>.</summary>
        public LmsKeyProblem Problem { get; }

        /// <summary>The name of the record at fault, or null.</summary>
        public string Record { get; }

        /// <summary>The key, or null when its record is missing or damaged.</summary>
        public LmsPrivateKey Key { get; }

        /// <summary>Both copies of the mark, or null when the key could not be read.</summary>
        public LmsMark Mark { get; }

        /// <summary>Signatures left: 0 unless the key, the tree and a mark are usable.</summary>
        public long Remaining
        {
            get
            {
                if (Problem != LmsKeyProblem.None || Key == null || Mark == null || Mark.Value < 0)
                {
                    return 0;
                }

                return System.Math.Max(0, Key.Parameters.Leaves - Mark.Value);
            }
        }
    }
}
