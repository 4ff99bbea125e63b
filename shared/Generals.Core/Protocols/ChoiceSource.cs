using Generals.Core.Runtime;

namespace Generals.Core.Protocols
{
    /// <summary>
    /// Where a traitor's choices come from: either a seeded generator (a seed samples one behaviour) or the digits
    /// of a plan index in mixed radix, one digit per choice in the order the choices are made (an explorer that
    /// counts the choices enumerates every behaviour by running indices 0, 1, 2, ...). A window of choices
    /// [first, first + count) may be kept: every choice outside it is 0. A seeded source draws for every choice,
    /// kept or not, so choice k is draw k whatever the window; an enumerated one reads digit j at choice first + j.
    /// </summary>
    public sealed class ChoiceSource
    {
        /// <summary>Window count meaning "every choice from the first on".</summary>
        public const int Unbounded = 0;

        private readonly Prng _random;
        private readonly int _first;
        private readonly int _count;
        private ulong _digits;
        private int _choices;

        private ChoiceSource(Prng random, ulong digits, int first, int count)
        {
            Check.That(first >= 0 && count >= 0, "a choice window starts and lasts at or above 0");
            _random = random;
            _digits = digits;
            _first = first;
            _count = count;
        }

        /// <summary>Choices drawn from a generator seeded with <paramref name="seed"/>.</summary>
        public static ChoiceSource Seeded(ulong seed)
        {
            return new ChoiceSource(new Prng(seed), 0, 0, Unbounded);
        }

        /// <summary>Draw k of a generator seeded with <paramref name="seed"/> for choice k in the window, 0 outside it.</summary>
        public static ChoiceSource Seeded(ulong seed, int first, int count)
        {
            return new ChoiceSource(new Prng(seed), 0, first, count);
        }

        /// <summary>Choices read as the mixed-radix digits of <paramref name="planIndex"/>, least significant first.</summary>
        public static ChoiceSource Enumerated(ulong planIndex)
        {
            return new ChoiceSource(null, planIndex, 0, Unbounded);
        }

        /// <summary>Digit j of <paramref name="planIndex"/> for choice <paramref name="first"/> + j in the window, 0 outside it.</summary>
        public static ChoiceSource Enumerated(ulong planIndex, int first, int count)
        {
            return new ChoiceSource(null, planIndex, first, count);
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
            int index = _choices;
            _choices++;
            bool kept = index >= _first && (_count == Unbounded || index - _first < _count);
            if (_random != null)
            {
                int draw = (int)_random.NextBelow((uint)alternatives);
                return kept ? draw : 0;
            }

            if (!kept)
            {
                return 0;
            }

            int digit = (int)(_digits % (ulong)alternatives);
            _digits /= (ulong)alternatives;
            return digit;
        }
    }
}
