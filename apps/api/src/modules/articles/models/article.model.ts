import { Field, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ArticleKind, OutletConfidence } from '../../../generated/prisma/enums.js';

registerEnumType(ArticleKind, { name: 'ArticleKind', description: 'NEWS for outlet reports, OFFICIAL for the statement text itself.' });
registerEnumType(OutletConfidence, {
  name: 'OutletConfidence',
  description: 'How the outlet was determined: STATED in the text, INFERRED from a clue, or UNKNOWN.',
});

@ObjectType({ description: 'One sentence of an article body; start/end are character offsets into Article.body.' })
export class Segment {
  @Field(() => ID) id: string;
  @Field(() => ID) articleId: string;
  @Field(() => Int) index: number;
  @Field(() => Int) paragraph: number;
  @Field(() => Int) start: number;
  @Field(() => Int) end: number;
  @Field() text: string;
}

@ObjectType({
  description:
    "An article's sentences as parallel lists in sentence order (position i is the sentence of index i): " +
    'what a page showing many articles reads, without an object per sentence.',
})
export class SegmentColumns {
  @Field(() => [ID]) ids: string[];
  @Field(() => [String]) texts: string[];
}

@ObjectType({ description: 'A line of the raw input that the importer kept out of the body, and why.' })
export class DroppedLine {
  @Field(() => Int) lineIndex: number;
  @Field() text: string;
  @Field() reason: string;
}

@ObjectType({ description: 'An imported article with the fields the importer extracted.' })
export class Article {
  @Field(() => ID) id: string;
  @Field(() => ID) workspaceId: string;
  @Field(() => ArticleKind) kind: ArticleKind;
  @Field(() => String, { nullable: true }) headline: string | null;
  @Field(() => String, { nullable: true }) standfirst: string | null;
  @Field(() => String, { nullable: true }) byline: string | null;
  @Field(() => GraphQLISODateTime, { nullable: true }) publishedAt: Date | null;
  @Field(() => String, { nullable: true, description: 'The date as written in the article.' }) publishedAtText: string | null;
  @Field(() => String, { nullable: true }) dateline: string | null;
  @Field(() => String, { nullable: true }) wireCredit: string | null;
  @Field(() => String, { nullable: true }) url: string | null;
  @Field() body: string;
  @Field() contentHash: string;
  @Field(() => OutletConfidence) outletConfidence: OutletConfidence;
  @Field(() => String, { nullable: true }) outletReason: string | null;
  @Field(() => [String]) captions: string[];
  @Field(() => [String]) subheadings: string[];
  @Field(() => [String]) warnings: string[];
  @Field(() => GraphQLISODateTime) createdAt: Date;
  outletId: string | null;
  droppedLines: unknown;
  rawText: string;
}
