using Generals.Core.Runtime;

namespace Generals.Core.Protocols
{
    /// <summary>
    /// Where a traitor's choices come from: either a seeded generator (a seed samples one behaviour) or the digits
    /// of a plan index in mixed radix, one digit per choice in the order the choices are made (an explorer that
    /// counts the choices enumerates every behaviour by running indices 0, 1, 2, ...).
    /// </summary>
    public sealed class ChoiceSource
    {
        private readonly Prng _random;
        private ulong _digits;
        private int _choices;

        private ChoiceSource(Prng random, ulong digits)
        {
            _random = random;
            _digits = digits;
        }

        /// <summary>Choices drawn from a generator seeded with <paramref name="seed"/>.</summary>
        public static ChoiceSource Seeded(ulong seed)
        {
            return new ChoiceSource(new Prng(seed), 0);
        }

        /// <summary>Choices read as the mixed-radix digits of <paramref name="planIndex"/>, least significant first.</summary>
        public static ChoiceSource Enumerated(ulong planIndex)
        {
            return new ChoiceSource(null, planIndex);
        }

        /// <summary>True when the choices are digits of a plan index.</summary>
        public bool IsEnumerated
        {
            get { return _random == null; }
        }

        /// <summary>How many choices were made so far.</summary>
        public int Choices
        {
            get { return _choices; }
        }

        /// <summary>
        /// True when an enumerated plan index has digits left over after every choice was made: the index lies
        /// beyond the behaviour space, and the behaviour repeats a smaller index.
        /// </summary>
        public bool Overflowed
        {
            get { return _random == null && _digits != 0; }
        }

        /// <summary>A choice in [0, <paramref name="alternatives"/>).</summary>
        public int Next(int alternatives)
        {
            Check.That(alternatives >= 1, "a choice has at least one alternative");
            _choices++;
            if (_random != null)
            {
                return (int)_random.NextBelow((uint)alternatives);
            }

            int digit = (int)(_digits % (ulong)alternatives);
            _digits /= (ulong)alternatives;
            return digit;
        }
    }
}
