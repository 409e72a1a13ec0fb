import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { Relation } from '../../../generated/prisma/enums.js';
import { Comparison } from '../../comparisons/models/comparison.model.js';

@ObjectType({ description: 'What one autoAlign run changed in the comparison (people’s decisions are kept).' })
export class AutoAlignResult {
  @Field(() => ID) comparisonId: string;
  @Field(() => Int) claimsProposed: number;
  @Field(() => Int) claimsCreated: number;
  @Field(() => Int) claimsRemoved: number;
  @Field(() => Int) linksAdded: number;
  @Field(() => Int) linksUpdated: number;
  @Field(() => Int) linksRemoved: number;
  @Field(() => Int, { description: 'Proposed links not added because a person rejected them.' }) skippedRejected: number;
  @Field(() => Int, { description: 'Proposed links not added because a person linked the sentence elsewhere.' }) skippedHumanLinked: number;
  @Field(() => Int) durationMs: number;
}

@ObjectType({ description: 'Progress of a running autoAlign.' })
export class AutoAlignProgress {
  @Field(() => ID) comparisonId: string;
  @Field({ description: 'loading | aligning | applying | done' }) stage: string;
  @Field(() => Float, { description: '0 to 1.' }) fraction: number;
}

@ObjectType()
export class CoverageRow {
  @Field(() => ID) claimId: string;
  @Field() label: string;
  @Field(() => [Relation], { nullable: 'items', description: 'One cell per article of articleIds; null = omitted.' })
  cells: (Relation | null)[];
}

@ObjectType()
export class UniqueClaim {
  @Field(() => ID) claimId: string;
  @Field(() => ID) articleId: string;
}

@ObjectType({ description: 'Two articles with many word-for-word passages: likely the same wire source.' })
export class SharedWire {
  @Field(() => [ID]) articleIds: string[];
  @Field(() => Int) verbatimLinks: number;
  @Field(() => Float) share: number;
}

@ObjectType({ description: 'Which outlet reported or omitted which claim.' })
export class Coverage {
  @Field(() => [ID], { description: 'Column order of the matrix.' }) articleIds: string[];
  @Field(() => [CoverageRow]) rows: CoverageRow[];
  @Field(() => [UniqueClaim], { description: 'Claims only one outlet reported.' }) uniqueClaims: UniqueClaim[];
  @Field(() => [SharedWire]) sharedWire: SharedWire[];
}

@ObjectType({ description: 'One step of a word-level diff; offsets are into the base and the other text.' })
export class DiffOpModel {
  @Field({ description: 'equal | insert | delete | replace | move' }) type: string;
  @Field() baseText: string;
  @Field() otherText: string;
  @Field(() => Int) baseStart: number;
  @Field(() => Int) otherStart: number;
  @Field(() => Int, { nullable: true, description: 'Pairs the two ends of a moved phrase.' }) moveId?: number | null;
}

@ObjectType({ description: "One outlet's wording of a claim, diffed word by word against the base." })
export class WitnessDiff {
  @Field(() => ID) articleId: string;
  @Field(() => [ID]) segmentIds: string[];
  @Field() text: string;
  @Field(() => [DiffOpModel]) ops: DiffOpModel[];
}

@ObjectType({ description: "A claim's wordings across outlets against a base article's wording." })
export class ClaimDiff {
  @Field(() => ID) baseArticleId: string;
  @Field({ description: "The base article's wording (its linked sentences, in order)." }) baseText: string;
  @Field(() => [WitnessDiff]) witnesses: WitnessDiff[];
}

@ObjectType({ description: 'The outcome of importComparison.' })
export class ImportComparisonResult {
  @Field(() => Comparison) comparison: Comparison;
  @Field(() => Int, { description: 'Articles newly stored.' }) articlesCreated: number;
  @Field(() => Int, { description: 'Articles already in the workspace, reused.' }) articlesReused: number;
  @Field(() => Int, { description: 'Links whose sentence could not be matched and were left out.' }) linksSkipped: number;
}
