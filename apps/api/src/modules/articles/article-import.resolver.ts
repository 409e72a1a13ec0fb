import { Args, ID, Mutation, Query, Resolver, Subscription } from '@nestjs/graphql';
import { CurrentViewer, GqlContext } from '../../access/current-viewer.decorator.js';
import type { RequestContext, Viewer } from '../../access/request-context.js';
import { PubSubService } from '../../infra/pubsub/pubsub.service.js';
import { ArticleImportService, IMPORT_PROGRESS } from './article-import.service.js';
import { ImportArticleInput, importArticleSchema, UpdateArticleInput, updateArticleSchema } from './dto/import-article.input.js';
import { uuid } from '../workspaces/dto/workspace.inputs.js';
import { ValidInput, type ValidInputOf } from '../../infra/validation/valid-input.js';
import { Article } from './models/article.model.js';
import { ComparisonSuggestion, ImportBatchResult, ImportPreview, ImportProgress } from './models/import.model.js';

@Resolver()
export class ArticleImportResolver {
  constructor(
    private readonly importer: ArticleImportService,
    private readonly pubsub: PubSubService,
  ) {}

  @Mutation(() => ImportPreview, { description: 'Shows what importing would extract, without storing anything.' })
  previewImport(
    @CurrentViewer() viewer: Viewer,
    @GqlContext() ctx: RequestContext,
    @ValidInput(importArticleSchema, { type: () => ImportArticleInput }) input: ValidInputOf<typeof importArticleSchema>,
  ) {
    return this.importer.preview(ctx, viewer, input);
  }

  @Mutation(() => Article, { description: 'Imports one raw article (text or HTML) into a workspace.' })
  importArticle(
    @CurrentViewer() viewer: Viewer,
    @GqlContext() ctx: RequestContext,
    @ValidInput(importArticleSchema, { type: () => ImportArticleInput }) input: ValidInputOf<typeof importArticleSchema>,
  ) {
    return this.importer.importOne(ctx, viewer, input);
  }

  @Mutation(() => ImportBatchResult, { description: 'Imports many articles; each item succeeds or fails on its own.' })
  importArticles(
    @CurrentViewer() viewer: Viewer,
    @GqlContext() ctx: RequestContext,
    @Args('inputs', { type: () => [ImportArticleInput] }) inputs: ImportArticleInput[],
    @Args('batchId', { nullable: true, description: 'Your id for this batch, to follow importProgress.' }) batchId?: string,
  ) {
    return this.importer.importMany(ctx, viewer, inputs, batchId ?? undefined);
  }

  @Mutation(() => Article, { description: 'Corrects extracted fields, or restores/drops lines of the body.' })
  updateArticle(
    @CurrentViewer() viewer: Viewer,
    @GqlContext() ctx: RequestContext,
    @ValidInput(uuid, { name: 'id', type: () => ID }) id: string,
    @ValidInput(updateArticleSchema, { type: () => UpdateArticleInput }) input: ValidInputOf<typeof updateArticleSchema>,
  ) {
    return this.importer.update(ctx, viewer, id, input);
  }

  @Query(() => [ComparisonSuggestion], { description: 'Groups of articles that seem to report the same event.' })
  suggestComparisons(
    @CurrentViewer() viewer: Viewer,
    @GqlContext() ctx: RequestContext,
    @ValidInput(uuid, { name: 'workspaceId', type: () => ID }) workspaceId: string,
  ) {
    return this.importer.suggestComparisons(ctx, viewer, workspaceId);
  }

  @Subscription(() => ImportProgress, {
    description: 'Progress of an importArticles batch (only the viewer who started it hears it).',
  })
  importProgress(@CurrentViewer() viewer: Viewer, @Args('batchId') batchId: string) {
    // Keyed by the importer's user id: another user guessing the batch id hears nothing.
    return this.pubsub.subscribe(IMPORT_PROGRESS, `${viewer.userId}:${batchId}`);
  }
}
