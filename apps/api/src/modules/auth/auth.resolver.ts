import { Inject } from '@nestjs/common';
import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { APP_CONFIG } from '../../config/config.module.js';
import type { AppConfig } from '../../config/config.schema.js';
import { CurrentViewer, GqlContext } from '../../access/current-viewer.decorator.js';
import type { RequestContext, Viewer } from '../../access/request-context.js';
import { AuthService } from './auth.service.js';
import { SESSION_COOKIE, tokenFromRequest } from '../../access/bearer.js';
import { ApiToken, CreatedApiToken } from './models/api-token.model.js';
import { AuthPayload } from './models/auth-payload.model.js';
import { User } from './models/user.model.js';

@Resolver()
export class AuthResolver {
  constructor(
    private readonly auth: AuthService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Query(() => User, { description: 'The signed-in user.' })
  me(@CurrentViewer() viewer: Viewer) {
    return this.auth.me(viewer);
  }

  @Query(() => [ApiToken], { description: "The viewer's personal API tokens." })
  apiTokens(@CurrentViewer() viewer: Viewer) {
    return this.auth.listApiTokens(viewer);
  }

  @Mutation(() => AuthPayload, { description: 'Creates an account and signs in.' })
  async signUp(
    @Args('email') email: string,
    @Args('password') password: string,
    @Args('name') name: string,
    @GqlContext() ctx: RequestContext,
  ) {
    return this.withCookie(ctx, await this.auth.signUp({ email, password, name }, clientIp(ctx)));
  }

  @Mutation(() => AuthPayload, { description: 'Signs in; the token works as `Authorization: Bearer`.' })
  async signIn(@Args('email') email: string, @Args('password') password: string, @GqlContext() ctx: RequestContext) {
    return this.withCookie(ctx, await this.auth.signIn({ email, password }, clientIp(ctx)));
  }

  @Mutation(() => Boolean, { description: 'Ends the current browser session.' })
  async signOut(@GqlContext() ctx: RequestContext) {
    ctx.res?.clearCookie(SESSION_COOKIE, { path: '/' });
    return this.auth.signOut(ctx.req ? tokenFromRequest(ctx.req) : null);
  }

  @Mutation(() => CreatedApiToken, {
    description: 'Creates a personal API token (read-only unless canWrite); its secret is shown once. Needs a browser session.',
  })
  createApiToken(
    @CurrentViewer() viewer: Viewer,
    @Args('name') name: string,
    @Args('expiresInDays', { type: () => Int, nullable: true }) expiresInDays?: number,
    @Args('canWrite', { type: () => Boolean, nullable: true, description: 'Lets the token change things (default: read-only).' })
    canWrite?: boolean,
  ) {
    return this.auth.createApiToken(viewer, { name, expiresInDays, canWrite });
  }

  @Mutation(() => ApiToken, { description: 'Revokes one of your API tokens.' })
  revokeApiToken(@CurrentViewer() viewer: Viewer, @Args('id', { type: () => ID }) id: string) {
    return this.auth.revokeApiToken(viewer, id);
  }

  private withCookie<T extends { token: string; expiresAt: Date }>(ctx: RequestContext, payload: T): T {
    // The cookie is the browser's only credential (GraphQL, both sockets, export downloads): HttpOnly so no
    // script can read it, SameSite=Strict so no other site's page sends it (the sockets also check Origin,
    // since other ports of this host are the same site). API clients use the returned token instead.
    ctx.res?.cookie(SESSION_COOKIE, payload.token, {
      httpOnly: true,
      sameSite: 'strict',
      secure: this.config.COOKIE_SECURE,
      path: '/',
      expires: payload.expiresAt,
    });
    return payload;
  }
}

/**
 * The client's address for throttling: Express's req.ip, which is the socket's peer unless TRUST_PROXY names
 * the proxies whose X-Forwarded-For is believed (off by default, so a spoofed header changes nothing).
 */
function clientIp(ctx: RequestContext): string {
  return ctx.req?.ip ?? ctx.req?.socket?.remoteAddress ?? 'unknown';
}
