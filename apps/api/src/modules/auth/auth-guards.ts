import { Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { RequestContext } from '../../access/request-context.js';
import { Forbidden, Unauthenticated } from '../../infra/errors/app-error.js';
import { AuthThrottle } from './auth-throttle.js';

// Guards run before pipes: each check below answers before the arguments are validated, as it did when
// the services made it by hand at their first line.

/** The client's address for throttling: the socket's peer (X-Forwarded-For is not trusted by default). */
export function clientIp(ctx: RequestContext): string {
  return ctx.req?.ip ?? ctx.req?.socket?.remoteAddress ?? 'unknown';
}

/** Counts a credential attempt (signUp, signIn) from the client's address; TOO_MANY_REQUESTS over budget. */
@Injectable()
export class CredentialAttemptGuard implements CanActivate {
  constructor(private readonly throttle: AuthThrottle) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    await this.throttle.attemptFrom(clientIp(GqlExecutionContext.create(context).getContext<RequestContext>()));
    return true;
  }
}

/** Only a browser session may manage API tokens (a token cannot mint or list tokens). */
@Injectable()
export class SessionOnlyGuard implements CanActivate {
  canActivate(context: ExecutionContext): boolean {
    const viewer = GqlExecutionContext.create(context).getContext<RequestContext>().viewer;
    if (!viewer) throw new Unauthenticated();
    if (viewer.via !== 'session') throw new Forbidden('API tokens cannot manage API tokens; sign in to do this.');
    return true;
  }
}
