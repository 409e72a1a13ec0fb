import { Field, Float, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { LinkOrigin, Relation } from '../../../generated/prisma/enums.js';

registerEnumType(Relation, {
  name: 'Relation',
  description: 'How a segment reports a claim: VERBATIM, PARAPHRASE, PARTIAL, or CONTRADICTS it.',
});
registerEnumType(LinkOrigin, { name: 'LinkOrigin', description: 'Who made it: the auto-aligner (AUTO) or a person (HUMAN).' });

export { LinkOrigin, Relation };

@ObjectType({ description: 'A link from a claim to a segment that reports it.' })
export class ClaimLink {
  @Field(() => ID) claimId: string;
  @Field(() => ID) segmentId: string;
  @Field(() => ID) articleId: string;
  @Field(() => Relation) relation: Relation;
  @Field(() => [String], { description: 'Free-form markers, e.g. "hedged" or "attributed".' }) flags: string[];
  @Field(() => LinkOrigin) origin: LinkOrigin;
  @Field(() => Float, { description: "The aligner's confidence in 0..1 (1 for a person's link)." }) confidence: number;
  @Field(() => ID, { nullable: true, description: 'Who made or confirmed the link; null for the aligner.' }) linkedById: string | null;
}

@ObjectType({ description: 'One claim of the statement, with the segments that report it in each article.' })
export class Claim {
  @Field(() => ID) id: string;
  @Field(() => ID) comparisonId: string;
  @Field() label: string;
  @Field(() => String, { nullable: true }) topic: string | null;
  @Field(() => Float, { description: 'Sort key; claims are listed by (position, id).' }) position: number;
  @Field({ description: 'The plain text of the shared note.' }) note: string;
  @Field(() => LinkOrigin) origin: LinkOrigin;
  /** Set when the claim comes from the doc (mutation results, history); otherwise loaded from the projection. */
  links?: ClaimLink[];
}

@ObjectType({ description: 'The result of splitClaim: the claim split and the claim created from it.' })
export class SplitClaimResult {
  @Field(() => Claim) source: Claim;
  @Field(() => Claim) created: Claim;
}
