import { Args, ID, Info, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { selectsPath } from '../../infra/selection/selects-path.js';
import { CurrentViewer, GqlContext } from '../../access/current-viewer.decorator.js';
import type { RequestContext, Viewer } from '../../access/request-context.js';
import { Outlet } from '../outlets/models/outlet.model.js';
import { ValidArgs, ValidInput, type ValidInputOf } from '../../infra/validation/valid-input.js';
import { validateInput } from '../../infra/validation/validate-input.js';
import { ArticlesService } from './articles.service.js';
import { ListArticlesArgs, listArticlesSchema } from './dto/list-articles.args.js';
import { uuid } from '../workspaces/dto/workspace.inputs.js';
import { DeleteArticleInput, DeletedArticle } from './dto/delete-article.input.js';
import { ArticleConnection } from './models/article-connection.model.js';
import { Article, DroppedLine, Segment, SegmentColumns } from './models/article.model.js';

@Resolver(() => Article)
export class ArticlesResolver {
  constructor(private readonly articlesService: ArticlesService) {}

  @Query(() => ArticleConnection, { description: "A page of a workspace's articles, newest first." })
  articles(
    @CurrentViewer() viewer: Viewer,
    @GqlContext() ctx: RequestContext,
    @ValidArgs(listArticlesSchema, () => ListArticlesArgs) args: ValidInputOf<typeof listArticlesSchema>,
    @Info() info: GraphQLResolveInfo,
  ) {
    return this.articlesService.list(ctx, viewer, args, {
      outlet: selectsPath(info, ['edges', 'node', 'outlet']),
      segments: selectsPath(info, ['edges', 'node', 'segments']),
    });
  }

  @Query(() => Article)
  article(
    @CurrentViewer() viewer: Viewer,
    @GqlContext() ctx: RequestContext,
    @ValidInput(uuid, { name: 'id', type: () => ID }) id: string,
  ) {
    return this.articlesService.get(ctx, viewer, id);
  }

  @ResolveField(() => Outlet, { nullable: true })
  async outlet(@Parent() article: Article, @GqlContext() ctx: RequestContext) {
    const outlet = article.outletId ? await ctx.loaders.outletById.load(article.outletId) : null;
    // Only the article's own workspace's outlet: a row of another workspace is never shown through it.
    return outlet?.workspaceId === article.workspaceId ? outlet : null;
  }

  @ResolveField(() => [Segment], { description: 'The body split into sentences, in order.' })
  segments(@Parent() article: Article, @GqlContext() ctx: RequestContext) {
    return ctx.loaders.segmentsByArticleId.load(article.id);
  }

  @ResolveField(() => SegmentColumns, {
    description: 'The same sentences as `segments`, as parallel lists of ids and texts: cheap for pages that show many articles.',
  })
  segmentColumns(@Parent() article: Article, @GqlContext() ctx: RequestContext) {
    return ctx.loaders.segmentColumnsByArticleId.load(article.id);
  }

  @ResolveField(() => Int, { description: 'How many comparisons use this article (it cannot be deleted while any does).' })
  comparisonCount(@Parent() article: Article, @GqlContext() ctx: RequestContext) {
    return ctx.loaders.comparisonCountByArticleId.load(article.id);
  }

  @Mutation(() => DeletedArticle, { description: 'Deletes an article that no comparison uses (EDITOR or above).' })
  deleteArticle(@CurrentViewer() viewer: Viewer, @GqlContext() ctx: RequestContext, @Args('input') input: DeleteArticleInput) {
    return this.articlesService.delete(ctx, viewer, validateInput(uuid, input.id));
  }

  @ResolveField(() => [DroppedLine], { description: 'Lines of the raw input kept out of the body, and why.' })
  droppedLines(@Parent() article: Article) {
    return Array.isArray(article.droppedLines) ? article.droppedLines : [];
  }
}

@Resolver(() => Segment)
export class SegmentsResolver {
  @ResolveField(() => Article, { description: 'The article this sentence belongs to.' })
  article(@Parent() segment: Segment, @GqlContext() ctx: RequestContext) {
    return ctx.loaders.articleById.load(segment.articleId);
  }
}
