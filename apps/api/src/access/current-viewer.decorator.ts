import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import { Unauthenticated } from '../infra/errors/app-error.js';
import type { RequestContext, Viewer } from './request-context.js';

/** Injects the authenticated Viewer, or fails the field with UNAUTHENTICATED. */
export const CurrentViewer = createParamDecorator((_: unknown, ctx: ExecutionContext): Viewer => {
  const viewer = GqlExecutionContext.create(ctx).getContext<RequestContext>().viewer;
  if (!viewer) throw new Unauthenticated();
  return viewer;
});

/** Injects the request's GraphQL context (viewer and loaders). */
export const GqlContext = createParamDecorator((_: unknown, ctx: ExecutionContext): RequestContext =>
  GqlExecutionContext.create(ctx).getContext<RequestContext>(),
);
