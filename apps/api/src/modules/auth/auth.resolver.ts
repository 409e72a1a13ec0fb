import { Inject, UseGuards } from '@nestjs/common';
import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { APP_CONFIG } from '../../config/config.module.js';
import type { AppConfig } from '../../config/config.schema.js';
import { CurrentViewer, GqlContext } from '../../access/current-viewer.decorator.js';
import type { RequestContext, Viewer } from '../../access/request-context.js';
import { ValidArgs, type ValidInputOf } from '../../infra/validation/valid-input.js';
import { CreateApiTokenArgs, createApiTokenSchema, SignInArgs, signInSchema, SignUpArgs, signUpSchema } from './dto/auth.inputs.js';
import { CredentialAttemptGuard, SessionOnlyGuard } from './auth-guards.js';
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
  @UseGuards(CredentialAttemptGuard)
  async signUp(@ValidArgs(signUpSchema, () => SignUpArgs) args: ValidInputOf<typeof signUpSchema>, @GqlContext() ctx: RequestContext) {
    return this.withCookie(ctx, await this.auth.signUp(args));
  }

  @Mutation(() => AuthPayload, { description: 'Signs in; the token works as `Authorization: Bearer`.' })
  @UseGuards(CredentialAttemptGuard)
  async signIn(@ValidArgs(signInSchema, () => SignInArgs) args: ValidInputOf<typeof signInSchema>, @GqlContext() ctx: RequestContext) {
    return this.withCookie(ctx, await this.auth.signIn(args));
  }

  @Mutation(() => Boolean, { description: 'Ends the current browser session.' })
  async signOut(@GqlContext() ctx: RequestContext) {
    ctx.res?.clearCookie(SESSION_COOKIE, { path: '/' });
    return this.auth.signOut(ctx.req ? tokenFromRequest(ctx.req) : null);
  }

  @Mutation(() => CreatedApiToken, {
    description: 'Creates a personal API token (read-only unless canWrite); its secret is shown once. Needs a browser session.',
  })
  @UseGuards(SessionOnlyGuard)
  createApiToken(
    @CurrentViewer() viewer: Viewer,
    @ValidArgs(createApiTokenSchema, () => CreateApiTokenArgs) args: ValidInputOf<typeof createApiTokenSchema>,
  ) {
    return this.auth.createApiToken(viewer, args);
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
