import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { LinkOrigin, Relation } from './claim.model.js';

@ObjectType({
  description:
    "The projected claims and links of a comparison as parallel lists, enough to draw its grid before the live doc arrives: claim i is (claimIds[i], labels[i], …); link j is claim linkClaims[j] reporting sentence linkSegments[j] of article linkArticles[j] (indexes into the claims above, the comparison's articles in column order and that article's sentences). Lags the doc by about a second.",
})
export class ClaimGrid {
  @Field(() => [ID], { description: 'Claims in display order (position, id).' }) claimIds: string[];
  @Field(() => [String]) labels: string[];
  @Field(() => [String], { nullable: 'items' }) topics: (string | null)[];
  @Field(() => [Float]) positions: number[];
  @Field(() => [String], { description: 'The plain text of each claim’s note.' }) notes: string[];
  @Field(() => [LinkOrigin]) origins: LinkOrigin[];
  @Field(() => [Int], { description: 'Per link: the index of its claim in claimIds.' }) linkClaims: number[];
  @Field(() => [Int], { description: "Per link: the index of its article in the comparison's articles." }) linkArticles: number[];
  @Field(() => [Int], { description: 'Per link: the index of its sentence in the article.' }) linkSegments: number[];
  @Field(() => [Relation]) linkRelations: Relation[];
  @Field(() => [[String]]) linkFlags: string[][];
  @Field(() => [LinkOrigin]) linkOrigins: LinkOrigin[];
  @Field(() => [Float]) linkConfidences: number[];
}
