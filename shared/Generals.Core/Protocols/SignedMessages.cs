using Generals.Core.Crypto;
using Generals.Core.Node;
using Generals.Core.Wire;

namespace Generals.Core.Protocols
{
    /// <summary>
    /// SM(m), as Lamport, Shostak and Pease (1982) give it, in the synchronous round model: the rounds, their deadlines,
    /// decoding, signing and verifying, persistence and the traitor plans are here; what a general sends in each round, which
    /// chains it accepts into V and its choice at the end is its <see cref="ISignedRule"/> (the kit's own,
    /// <see cref="SignedRule"/>, unless an exercise gives another). A chain the rule refuses is rejected and counted.
    /// </summary>
    public sealed class SignedMessages : SynchronousProtocol
    {
        /// <summary>Chains one general relays in a round: at most one per order (two), to every other general of the kit.</summary>
        public const int RelaysPerRoundMax = 2 * FrameLimits.GeneralIdMax;

        private const int ForgeAlteredOrder = 1;
        private const int ForgeLackedSignature = 2;
        private const int ForgeMisattributed = 3;

        private readonly ISignedRule _rule;
        private byte[] _previousChain;

        // What a signer signed, rebuilt here for each signature a received chain carries and for this general's own relay
        // signature: grown to the longest chain met and then reused, so checking a chain allocates nothing (SM(2) with LMS
        // rebuilds 2.5 KB per relayed signature).
        private byte[] _signingBuffer = new byte[0];

        /// <summary>SM(m) with the kit's own algorithm, <see cref="SignedRule"/>.</summary>
        public SignedMessages()
            : this(null)
        {
        }

        /// <summary>SM(m) whose sends, acceptance and choice are <paramref name="rule"/>'s (null: the kit's own).</summary>
        public SignedMessages(ISignedRule rule)
        {
            _rule = rule != null ? rule : new SignedRule();
        }

        /// <summary>SM's protocol id.</summary>
        public override int ProtocolId
        {
            get { return ProtocolCodes.SignedMessages; }
        }

        internal override bool Fits(int generals, int m)
        {
            return FitsLimits(generals, m);
        }

        /// <summary>True when SM(<paramref name="m"/>) among <paramref name="generals"/> generals fits a general's limits
        /// (<see cref="RelaysPerRoundMax"/> relays a round, a chain of at most m + 1 signatures); a StartInstance beyond them is refused.</summary>
        public static bool FitsLimits(int generals, int m)
        {
            return m >= 0 && m <= MMax && 2 * (generals - 1) <= RelaysPerRoundMax && m + 1 <= SignedChain.SignaturesMax;
        }

        internal override RoundInstance Create(uint instance, int commander, int order, int m, RoundSchedule schedule, int self, int[] generals)
        {
            return new SignedInstance(instance, commander, order, m, schedule, self, generals);
        }

        internal override void SendRound(INodeContext context, RoundInstance instance, int round)
        {
            _rule.SendRound(new SignedView(this, context, (SignedInstance)instance, round, null), round);
        }

        internal override int Accept(INodeContext context, RoundInstance instance, Frame frame, out bool changed)
        {
            changed = false;
            SignedInstance signed = (SignedInstance)instance;
            SignedChain chain = SignedChain.TryDecode(frame.PayloadSource, frame.PayloadOffset, frame.PayloadLength);
            if (chain == null)
            {
                return ProtocolViolation.Malformed;
            }

            int round = frame.Stamp.Round;
            if (chain.Count != round + 1 || round > signed.M)
            {
                return ProtocolViolation.WrongRound;
            }

            if (!signed.Schedule.OnTime(round, context.NowMs))
            {
                return ProtocolViolation.Late;
            }

            SignedView view = new SignedView(this, context, signed, round, frame);
            int violation = _rule.Receive(view, chain, frame.Route.From, round);
            if (violation != 0)
            {
                return violation;
            }

            if (signed.FirstChain == null)
            {
                signed.FirstChain = frame.Payload;
            }

            changed = view.Changed;
            return 0;
        }

        /// <summary>True when the signature at <paramref name="position"/> of <paramref name="chain"/> verifies (allocates nothing once the buffer grew).</summary>
        internal bool Verifies(INodeContext context, SignedInstance signed, SignedChain chain, int position)
        {
            int length = chain.SigningLength(context.Kit, position);
            if (_signingBuffer.Length < length)
            {
                _signingBuffer = new byte[length];
            }

            chain.WriteSigningBytes(context.Kit, signed.Instance, position, _signingBuffer);
            return context.Verifier.Verify(chain.Signer(position), _signingBuffer, 0, length,
                chain.SignatureSource(position), chain.SignatureOffset(position), chain.SignatureLength(position)) == SignatureCheck.Valid;
        }

        internal override int Decide(RoundInstance instance)
        {
            return _rule.Decide(new SignedView(this, null, (SignedInstance)instance, instance.M + 1, null));
        }

        internal override void Decided(RoundInstance instance)
        {
            SignedInstance signed = (SignedInstance)instance;
            if (signed.FirstChain != null)
            {
                _previousChain = signed.FirstChain;
            }
        }

        internal void Command(INodeContext context, SignedInstance signed)
        {
            // The recipients of each order's untouched chain get it in one send (one frame on an authenticated link).
            SignedChain[] chains = new SignedChain[2];
            int[][] groups = new int[2][];
            int[] grouped = new int[2];
            TraitorPlan plan = signed.Plan;
            for (int i = 0; i < signed.Generals.Length; i++)
            {
                int recipient = signed.Generals[i];
                if (recipient == signed.Self)
                {
                    continue;
                }

                int order = plan.OrderFor(recipient, signed.Order);
                if (order == ProtocolCodes.NoOrder)
                {
                    continue;
                }

                if (chains[order] == null)
                {
                    byte[] signature = Sign(context, SignedChain.FirstSigningBytes(context.Kit, signed.Instance, order, signed.Self));
                    if (signature == null)
                    {
                        return;
                    }

                    chains[order] = SignedChain.First(order, signed.Self, signature);
                    groups[order] = new int[signed.Generals.Length];
                }

                if (plan.Strategy == TraitorStrategy.Forge)
                {
                    Send(context, signed, 0, new int[] { recipient }, 1, Forge(context, signed, ForgeMode(plan), chains[order], recipient, false));
                    continue;
                }

                groups[order][grouped[order]++] = recipient;
            }

            for (int order = 0; order < 2; order++)
            {
                if (grouped[order] > 0)
                {
                    Send(context, signed, 0, groups[order], grouped[order], chains[order]);
                }
            }
        }

        internal void Relay(INodeContext context, SignedInstance signed, int round, SignedChain chain)
        {
            // Signed in the buffer that checks chains: a signer takes a whole array, so it is sized exactly, and the chains of
            // the next round's checks are as long as this one (same signers' scheme), so they reuse it.
            SignedChain unsigned = chain.Extend(signed.Self, new byte[0]);
            int length = unsigned.SigningLength(context.Kit, chain.Count);
            if (_signingBuffer.Length != length)
            {
                _signingBuffer = new byte[length];
            }

            unsigned.WriteSigningBytes(context.Kit, signed.Instance, chain.Count, _signingBuffer);
            byte[] signature = Sign(context, _signingBuffer);
            if (signature == null)
            {
                return;
            }

            SignedChain extended = chain.Extend(signed.Self, signature);
            TraitorPlan plan = signed.Plan;
            int[] group = new int[signed.Generals.Length];
            int grouped = 0;
            for (int i = 0; i < signed.Generals.Length; i++)
            {
                int recipient = signed.Generals[i];
                if (recipient == signed.Self || chain.HasSigner(recipient))
                {
                    continue;
                }

                int order = plan.OrderFor(recipient, chain.Order);
                if (order == ProtocolCodes.NoOrder)
                {
                    continue;
                }

                if (plan.Strategy == TraitorStrategy.Forge)
                {
                    Send(context, signed, round, new int[] { recipient }, 1, Forge(context, signed, ForgeMode(plan), chain, recipient, true));
                }
                else if (order != chain.Order)
                {
                    // A traitor that wants the other order sent can only alter the chain (Random) or keep quiet.
                    if (plan.Strategy == TraitorStrategy.Random)
                    {
                        Send(context, signed, round, new int[] { recipient }, 1, Forge(context, signed, ForgeAlteredOrder, chain, recipient, true));
                    }
                }
                else
                {
                    group[grouped++] = recipient;
                }
            }

            // Everyone who gets the chain as extended gets it in one send (one frame on an authenticated link).
            if (grouped > 0)
            {
                Send(context, signed, round, group, grouped, extended);
            }
        }

        /// <summary>
        /// A forged chain: the order altered under the old signatures, the earlier signatures replaced by ones the
        /// traitor does not have, or a signature attributed to a general that did not sign. Relays get the traitor's
        /// own (valid) signature over the forgery, so only the earlier signatures fail.
        /// </summary>
        private SignedChain Forge(INodeContext context, SignedInstance signed, int mode, SignedChain chain, int recipient, bool relay)
        {
            SignedChain forged;
            if (mode == ForgeMisattributed && Stranger(signed, chain, recipient) > 0)
            {
                int position = relay ? chain.Count - 1 : 0;
                forged = chain.WithSignature(position, Stranger(signed, chain, recipient), chain.Signature(position));
            }
            else if (mode == ForgeLackedSignature)
            {
                forged = chain.WithOrder(ProtocolCodes.Opposite(chain.Order));
                for (int position = 0; position < chain.Count; position++)
                {
                    forged = forged.WithSignature(position, chain.Signer(position), Flipped(chain.Signature(position)));
                }
            }
            else
            {
                forged = chain.WithOrder(ProtocolCodes.Opposite(chain.Order));
            }

            if (!relay)
            {
                return forged;
            }

            byte[] signature = Sign(context, forged.ExtensionSigningBytes(context.Kit, signed.Instance, signed.Self));
            return signature == null ? null : forged.Extend(signed.Self, signature);
        }

        private void Send(INodeContext context, SignedInstance signed, int round, int[] recipients, int count, SignedChain chain)
        {
            if (chain == null)
            {
                return;
            }

            if (chain.PayloadLength > FrameLimits.PayloadBytesMax)
            {
                Reject(context, context.Id, ProtocolViolation.ChainTooLong);
                return;
            }

            // The chain writes itself into the frame that leaves; an array of it is made only to be kept.
            IPayloadWriter payload = chain;
            if (signed.Plan.Strategy == TraitorStrategy.Replay && _previousChain != null)
            {
                payload = new PayloadBytes(_previousChain);
            }

            if (signed.FirstChain == null)
            {
                signed.FirstChain = payload == chain ? chain.Encode() : _previousChain;
            }

            SendSlot(context, signed, round, recipients, count, payload);
        }

        private static byte[] Sign(INodeContext context, byte[] message)
        {
            byte[] signature = context.Signer.Sign(message);
            if (signature == null)
            {
                context.Report(SigningKeyMonitor.FailureEvent(context.Signer));
            }

            return signature;
        }

        private static int ForgeMode(TraitorPlan plan)
        {
            long parameter = plan.Parameter;
            if (parameter >= ForgeAlteredOrder && parameter <= ForgeMisattributed)
            {
                return (int)parameter;
            }

            return ForgeAlteredOrder + plan.Choose(3);
        }

        /// <summary>The lowest general that is neither in the chain, nor this one, nor the recipient; 0 when none.</summary>
        private static int Stranger(SignedInstance signed, SignedChain chain, int recipient)
        {
            for (int i = 0; i < signed.Generals.Length; i++)
            {
                int general = signed.Generals[i];
                if (general != signed.Self && general != recipient && !chain.HasSigner(general))
                {
                    return general;
                }
            }

            return 0;
        }

        private static byte[] Flipped(byte[] signature)
        {
            byte[] flipped = new byte[signature.Length];
            for (int i = 0; i < signature.Length; i++)
            {
                flipped[i] = (byte)(signature[i] ^ 0x5A);
            }

            return flipped;
        }
    }
}
