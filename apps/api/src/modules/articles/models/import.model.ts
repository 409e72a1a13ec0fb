import { Field, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import { ArticleKind, OutletConfidence } from '../../../generated/prisma/enums.js';
import { Article, DroppedLine } from './article.model.js';

@ObjectType({ description: 'An article already in the workspace with the same content.' })
export class DuplicateRef {
  @Field(() => ID) id: string;
  @Field(() => String, { nullable: true }) headline: string | null;
}

@ObjectType()
export class PreviewSentence {
  @Field(() => Int) index: number;
  @Field(() => Int) paragraph: number;
  @Field(() => Int) start: number;
  @Field(() => Int) end: number;
  @Field() text: string;
}

@ObjectType({ description: 'What the importer would store, without storing it.' })
export class ImportPreview {
  @Field(() => ArticleKind) kind: ArticleKind;
  @Field(() => String, { nullable: true }) headline: string | null;
  @Field(() => String, { nullable: true }) standfirst: string | null;
  @Field(() => String, { nullable: true }) byline: string | null;
  @Field(() => GraphQLISODateTime, { nullable: true }) publishedAt: Date | null;
  @Field(() => String, { nullable: true }) publishedAtText: string | null;
  @Field(() => String, { nullable: true }) dateline: string | null;
  @Field(() => String, { nullable: true }) wireCredit: string | null;
  @Field(() => String, { nullable: true }) outletName: string | null;
  @Field(() => OutletConfidence) outletConfidence: OutletConfidence;
  @Field() outletReason: string;
  @Field() body: string;
  @Field(() => [PreviewSentence]) sentences: PreviewSentence[];
  @Field(() => [String]) captions: string[];
  @Field(() => [String]) subheadings: string[];
  @Field(() => [DroppedLine]) droppedLines: DroppedLine[];
  @Field(() => [String]) warnings: string[];
  @Field() contentHash: string;
  @Field(() => String, { nullable: true, description: 'The address the page was fetched from, after redirects.' }) url: string | null;
  @Field(() => DuplicateRef, { nullable: true, description: 'Set when this article is already in the workspace.' })
  duplicateOf: DuplicateRef | null;
}

@ObjectType({ description: 'Why one item of a batch was not imported.' })
export class ImportItemError {
  @Field() code: string;
  @Field() message: string;
  @Field(() => ID, { nullable: true, description: 'For DUPLICATE_ARTICLE: the article already in the workspace.' })
  existingArticleId?: string | null;
}

@ObjectType({ description: 'The outcome of one item of importArticles, by its index in the input list.' })
export class ImportItemResult {
  @Field(() => Int) index: number;
  @Field(() => Article, { nullable: true }) article: Article | null;
  @Field(() => ImportItemError, { nullable: true }) error: ImportItemError | null;
}

@ObjectType()
export class ImportBatchResult {
  @Field() batchId: string;
  @Field(() => Int) imported: number;
  @Field(() => Int) failed: number;
  @Field(() => [ImportItemResult]) results: ImportItemResult[];
}

@ObjectType({ description: 'Progress of a running importArticles batch.' })
export class ImportProgress {
  @Field() batchId: string;
  @Field(() => Int) done: number;
  @Field(() => Int) total: number;
  @Field(() => Int) failed: number;
  @Field(() => Int, { nullable: true, description: 'Items fetched and parsed so far (stored ones count in done).' }) parsed?: number;
}

@ObjectType({ description: 'Articles that seem to report the same statement or event.' })
export class ComparisonSuggestion {
  @Field() label: string;
  @Field() score: number;
  @Field(() => [String]) reasons: string[];
  @Field(() => [Article]) articles: Article[];
}
