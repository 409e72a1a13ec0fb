import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG } from '../../config/config.module.js';
import type { AppConfig } from '../../config/config.schema.js';
import { BadUserInput, Conflict, Forbidden, NotFound, Unauthenticated } from '../../infra/errors/app-error.js';
import { MembershipEvents } from '../../access/membership-events.js';
import type { Viewer } from '../../access/request-context.js';
import { PrismaService } from '../../infra/prisma/prisma.service.js';
import type { createApiTokenSchema, signInSchema, signUpSchema } from './dto/auth.inputs.js';
import type { ValidInputOf } from '../../infra/validation/valid-input.js';
import { hashPassword, verifyPassword } from './password.js';
import { AuthThrottle } from './auth-throttle.js';
import { assertStrongPassword } from './password-policy.js';
import { API_TOKEN_PREFIX, generateToken, hashToken, SESSION_PREFIX } from '../../access/token.js';
import { isUuid } from '../../infra/validation/uuid.js';

// A real hash to verify against when the email is unknown, so response time does not reveal which emails exist.
let dummyHash: Promise<string> | undefined;
const getDummyHash = () => (dummyHash ??= hashPassword('no-such-user-password'));

/** Accounts, sessions and API tokens. */
@Injectable()
export class AuthService {
  constructor(
    private readonly prisma: PrismaService,
    private readonly throttle: AuthThrottle,
    private readonly credentials: MembershipEvents,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Creates an account; the email must be unused and the password strong (the address is throttled by the resolver's guard). */
  async signUp({ email, password, name }: ValidInputOf<typeof signUpSchema>) {
    assertStrongPassword(password, [email, name]);
    const exists = await this.prisma.user.findUnique({ where: { email }, select: { id: true } });
    if (exists) throw new Conflict('An account with this email already exists.', { field: 'email' });
    const passwordHash = await hashPassword(password);
    const user = await this.prisma.user.create({ data: { email, name, passwordHash } });
    return this.openSession(user);
  }

  /** Checks email and password and opens a session; throttled per account here, per address by the resolver's guard. */
  async signIn({ email, password }: ValidInputOf<typeof signInSchema>) {
    // Checked before the password, so a locked account is refused even the right one: otherwise guessing
    // slowly enough would never be stopped.
    await this.throttle.assertAccountOpen(email);
    const user = await this.prisma.user.findUnique({ where: { email } });
    const ok = await verifyPassword(user?.passwordHash ?? (await getDummyHash()), password);
    if (!user || !ok) {
      await this.throttle.failed(email);
      throw new Unauthenticated('Wrong email or password.');
    }
    await this.throttle.succeeded(email);
    return this.openSession(user);
  }

  /** Revokes the session that made the request (API tokens are revoked with revokeApiToken). */
  async signOut(token: string | null) {
    if (!token?.startsWith(SESSION_PREFIX)) return false;
    const credential = hashToken(token);
    const session = await this.prisma.session.findUnique({ where: { tokenHash: credential }, select: { userId: true } });
    const { count } = await this.prisma.session.updateMany({
      where: { tokenHash: credential, revokedAt: null },
      data: { revokedAt: new Date() },
    });
    // Open sockets of this session (collab, subscriptions) close too, here and on other instances.
    if (session) this.credentials.revoked({ userId: session.userId, credential });
    return count > 0;
  }

  private async openSession(user: { id: string; email: string; name: string; createdAt: Date }) {
    const token = generateToken(SESSION_PREFIX);
    const expiresAt = new Date(Date.now() + this.config.SESSION_TTL_HOURS * 3600_000);
    await this.prisma.session.create({ data: { userId: user.id, tokenHash: hashToken(token), expiresAt } });
    return { token, expiresAt, user };
  }

  /** Creates a personal API token; the secret is returned once and only its hash is kept. */
  async createApiToken(viewer: Viewer, input: ValidInputOf<typeof createApiTokenSchema>) {
    // The resolver's SessionOnlyGuard has refused API tokens, before the input was validated.
    const { name, expiresInDays } = input;
    const canWrite = input.canWrite === true;
    const token = generateToken(API_TOKEN_PREFIX);
    const expiresAt = expiresInDays ? new Date(Date.now() + expiresInDays * 86400_000) : null;
    const apiToken = await this.prisma.apiToken.create({
      data: { userId: viewer.userId, name, prefix: token.slice(0, 10), tokenHash: hashToken(token), expiresAt, canWrite },
    });
    return { token, apiToken };
  }

  /** Lists the viewer's API tokens (without secrets). */
  listApiTokens(viewer: Viewer) {
    assertSession(viewer);
    return this.prisma.apiToken.findMany({ where: { userId: viewer.userId }, orderBy: { createdAt: 'desc' } });
  }

  /** Revokes one of the viewer's API tokens. */
  async revokeApiToken(viewer: Viewer, id: string) {
    assertSession(viewer);
    if (!isUuid(id)) throw new BadUserInput('id must be a token id.', { id: 'invalid id' });
    const token = await this.prisma.apiToken.findFirst({ where: { id, userId: viewer.userId } });
    if (!token) throw new NotFound('API token', id);
    const revoked = await this.prisma.apiToken.update({ where: { id }, data: { revokedAt: token.revokedAt ?? new Date() } });
    this.credentials.revoked({ userId: token.userId, credential: token.tokenHash });
    return revoked;
  }

  /** Loads the viewer's account. */
  async me(viewer: Viewer) {
    const user = await this.prisma.user.findUnique({ where: { id: viewer.userId } });
    if (!user) throw new Unauthenticated();
    return user;
  }
}

/**
 * Token management needs a browser session: a token that could mint or revoke tokens would let one leaked
 * script credential make itself permanent.
 */
function assertSession(viewer: Viewer): void {
  if (viewer.via !== 'session') throw new Forbidden('API tokens cannot manage API tokens; sign in to do this.');
}
