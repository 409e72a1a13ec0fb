import { Args, ID, Mutation, Query, Resolver, Subscription } from '@nestjs/graphql';
import { Role } from '../../generated/prisma/enums.js';
import { CurrentViewer, GqlContext } from '../../access/current-viewer.decorator.js';
import type { RequestContext, Viewer } from '../../access/request-context.js';
import { validateInput } from '../../infra/validation/validate-input.js';
import { ValidInput, type ValidInputOf } from '../../infra/validation/valid-input.js';
import { uuid } from '../workspaces/dto/workspace.inputs.js';
import { WorkspacePolicy } from '../../access/workspace.policy.js';
import * as dto from './dto/thread.inputs.js';
import { SplitThreadResult, Thread, ThreadsChange, ThreadStatus } from './models/thread.model.js';
import { ThreadEvents, type ThreadsChangedEvent } from './thread-events.js';
import { ThreadSuggestionsService } from './thread-suggestions.service.js';
import { ThreadsService } from './threads.service.js';

/** Threads: claims followed across the events of a workspace (VIEWER reads, EDITOR writes). */
@Resolver(() => Thread)
export class ThreadsResolver {
  constructor(
    private readonly service: ThreadsService,
    private readonly suggestions: ThreadSuggestionsService,
    private readonly events: ThreadEvents,
    private readonly workspaces: WorkspacePolicy,
  ) {}

  @Query(() => [Thread], { description: 'The threads of a workspace: suggested and accepted ones, or those of one status.' })
  threads(
    @CurrentViewer() v: Viewer,
    @GqlContext() ctx: RequestContext,
    @ValidInput(uuid, { name: 'workspaceId', type: () => ID }) workspaceId: string,
    @Args('status', { type: () => ThreadStatus, nullable: true }) status?: ThreadStatus | null,
  ) {
    return this.service.list(ctx, v, workspaceId, status);
  }

  @Query(() => Thread, { description: 'One thread with its claims and timeline.' })
  thread(@CurrentViewer() v: Viewer, @GqlContext() ctx: RequestContext, @Args('id', { type: () => ID }) id: string) {
    return this.service.get(ctx, v, id);
  }

  @Mutation(() => [Thread], { description: 'Proposes threads between the events of a workspace; returns the new ones.' })
  suggestThreads(
    @CurrentViewer() v: Viewer,
    @GqlContext() ctx: RequestContext,
    @ValidInput(dto.suggestThreadsSchema, { type: () => dto.SuggestThreadsInput }) input: ValidInputOf<typeof dto.suggestThreadsSchema>,
  ) {
    return this.suggestions.suggestAs(ctx, v, input);
  }

  @Mutation(() => Thread, { description: 'Confirms a thread.' })
  acceptThread(
    @CurrentViewer() v: Viewer,
    @GqlContext() ctx: RequestContext,
    @ValidInput(dto.threadDecisionSchema, { type: () => dto.ThreadDecisionInput }) input: ValidInputOf<typeof dto.threadDecisionSchema>,
  ) {
    return this.service.accept(ctx, v, input);
  }

  @Mutation(() => Thread, { description: 'Turns a thread down; the same claims are not proposed together again.' })
  rejectThread(
    @CurrentViewer() v: Viewer,
    @GqlContext() ctx: RequestContext,
    @ValidInput(dto.threadDecisionSchema, { type: () => dto.ThreadDecisionInput }) input: ValidInputOf<typeof dto.threadDecisionSchema>,
  ) {
    return this.service.reject(ctx, v, input);
  }

  @Mutation(() => Thread, { description: "Names a thread (the name becomes a person's)." })
  renameThread(
    @CurrentViewer() v: Viewer,
    @GqlContext() ctx: RequestContext,
    @ValidInput(dto.renameThreadSchema, { type: () => dto.RenameThreadInput }) input: ValidInputOf<typeof dto.renameThreadSchema>,
  ) {
    return this.service.rename(ctx, v, input);
  }

  @Mutation(() => Thread, { description: 'Moves the claims of other threads into a target thread; returns the target.' })
  mergeThreads(
    @CurrentViewer() v: Viewer,
    @GqlContext() ctx: RequestContext,
    @ValidInput(dto.mergeThreadsSchema, { type: () => dto.MergeThreadsInput }) input: ValidInputOf<typeof dto.mergeThreadsSchema>,
  ) {
    return this.service.merge(ctx, v, input);
  }

  @Mutation(() => SplitThreadResult, { description: 'Moves some claims of a thread to a new thread.' })
  splitThread(
    @CurrentViewer() v: Viewer,
    @GqlContext() ctx: RequestContext,
    @ValidInput(dto.splitThreadSchema, { type: () => dto.SplitThreadInput }) input: ValidInputOf<typeof dto.splitThreadSchema>,
  ) {
    return this.service.split(ctx, v, input);
  }

  @Mutation(() => Thread, { description: 'Adds a claim of a comparison of the workspace to a thread by hand.' })
  addClaimToThread(
    @CurrentViewer() v: Viewer,
    @GqlContext() ctx: RequestContext,
    @ValidInput(dto.addClaimToThreadSchema, { type: () => dto.AddClaimToThreadInput })
    input: ValidInputOf<typeof dto.addClaimToThreadSchema>,
  ) {
    return this.service.addClaim(ctx, v, input);
  }

  @Mutation(() => Thread, { description: 'Takes a claim out of a thread (a thread keeps at least one).' })
  removeClaimFromThread(
    @CurrentViewer() v: Viewer,
    @GqlContext() ctx: RequestContext,
    @ValidInput(dto.removeClaimFromThreadSchema, { type: () => dto.RemoveClaimFromThreadInput })
    input: ValidInputOf<typeof dto.removeClaimFromThreadSchema>,
  ) {
    return this.service.removeClaim(ctx, v, input);
  }

  @Subscription(() => ThreadsChange, {
    description: 'Tells when threads of a workspace changed (any editor, any instance); re-query what you show.',
    resolve: (p: { threadsChanged: ThreadsChangedEvent }): ThreadsChange => ({ ...p.threadsChanged, at: new Date(p.threadsChanged.at) }),
  })
  async threadsChanged(
    @CurrentViewer() v: Viewer,
    @GqlContext() ctx: RequestContext,
    @Args('workspaceId', { type: () => ID }) workspaceId: string,
  ) {
    await this.workspaces.assert(ctx, v.userId, validateInput(uuid, workspaceId), Role.VIEWER);
    return this.events.iterator(workspaceId);
  }
}
