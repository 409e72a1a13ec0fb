import { applyDecorators, Injectable, SetMetadata, UseGuards, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { z } from 'zod';
import type { Role } from '../generated/prisma/enums.js';
import { Unauthenticated } from '../infra/errors/app-error.js';
import { validateInput } from '../infra/validation/validate-input.js';
import { ComparisonPolicy } from './comparison.policy.js';
import type { RequestContext } from './request-context.js';
import { WorkspacePolicy } from './workspace.policy.js';

/** Which policy answers: the workspace's or the comparison's (which resolves to its workspace). */
export type AuthorizeScope = 'workspace' | 'comparison';

export interface AuthorizeRule {
  scope: AuthorizeScope;
  /** The least role needed. */
  role: Role;
  /** Where the resource id is among the field's raw arguments. */
  id: (args: Record<string, unknown>) => unknown;
  /** A schema the id must pass before the policy is asked; otherwise BAD_USER_INPUT, as validateInput says it. */
  idSchema?: z.ZodType<string>;
}

const AUTHORIZE_RULE = Symbol('parallax:authorize');

/**
 * Asks the workspace or comparison policy before anything else of the field runs. Nest runs guards before
 * pipes, so with `@ValidInput` the order is: who (signed in, then role) → what (the input's schema) → the
 * service's operation. That keeps "non-members learn nothing from validation messages" declared in one
 * line instead of written by hand in each service method.
 */
@Injectable()
export class AuthorizeGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly workspaces: WorkspacePolicy,
    private readonly comparisons: ComparisonPolicy,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const rule = this.reflector.get<AuthorizeRule | undefined>(AUTHORIZE_RULE, context.getHandler());
    if (!rule) return true;
    const gql = GqlExecutionContext.create(context);
    const ctx = gql.getContext<RequestContext>();
    if (!ctx.viewer) throw new Unauthenticated();
    const raw = rule.id(gql.getArgs<Record<string, unknown>>());
    const id = rule.idSchema ? validateInput(rule.idSchema, raw) : String(raw);
    if (rule.scope === 'workspace') await this.workspaces.assert(ctx, ctx.viewer.userId, id, rule.role);
    else await this.comparisons.assert(ctx, ctx.viewer.userId, id, rule.role);
    return true;
  }
}

/** Declares the policy a GraphQL field needs (see AuthorizeGuard); the service method is then only the operation. */
export function Authorize(rule: AuthorizeRule): MethodDecorator {
  return applyDecorators(SetMetadata(AUTHORIZE_RULE, rule), UseGuards(AuthorizeGuard));
}
