namespace Generals.Core.Runtime
{
    /// <summary>Thrown by <see cref="Check"/> when our own code broke an invariant: a bug, never bad input.</summary>
    public class InvariantViolationException : System.Exception
    {
        /// <summary>Creates the exception with what did not hold.</summary>
        public InvariantViolationException(string message)
            : base("invariant violated: " + message)
        {
        }
    }
}
