import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG } from '../../config/config.module.js';
import type { AppConfig } from '../../config/config.schema.js';
import { BadUserInput, Conflict, NotFound, Unauthenticated } from '../../infra/errors/app-error.js';
import type { Viewer } from '../../access/request-context.js';
import { validateInput } from '../../infra/validation/validate-input.js';
import { PrismaService } from '../../infra/prisma/prisma.service.js';
import { createApiTokenSchema, signInSchema, signUpSchema } from './dto/auth.inputs.js';
import { hashPassword, verifyPassword } from './password.js';
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
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Creates an account; the email must be unused. */
  async signUp(input: { email: string; password: string; name: string }) {
    const { email, password, name } = validateInput(signUpSchema, input);
    const exists = await this.prisma.user.findUnique({ where: { email }, select: { id: true } });
    if (exists) throw new Conflict('An account with this email already exists.', { field: 'email' });
    const passwordHash = await hashPassword(password);
    const user = await this.prisma.user.create({ data: { email, name, passwordHash } });
    return this.openSession(user);
  }

  /** Checks email and password and opens a session. */
  async signIn(input: { email: string; password: string }) {
    const { email, password } = validateInput(signInSchema, input);
    const user = await this.prisma.user.findUnique({ where: { email } });
    const ok = await verifyPassword(user?.passwordHash ?? (await getDummyHash()), password);
    if (!user || !ok) throw new Unauthenticated('Wrong email or password.');
    return this.openSession(user);
  }

  /** Revokes the session that made the request (API tokens are revoked with revokeApiToken). */
  async signOut(token: string | null) {
    if (!token?.startsWith(SESSION_PREFIX)) return false;
    const { count } = await this.prisma.session.updateMany({
      where: { tokenHash: hashToken(token), revokedAt: null },
      data: { revokedAt: new Date() },
    });
    return count > 0;
  }

  private async openSession(user: { id: string; email: string; name: string; createdAt: Date }) {
    const token = generateToken(SESSION_PREFIX);
    const expiresAt = new Date(Date.now() + this.config.SESSION_TTL_HOURS * 3600_000);
    await this.prisma.session.create({ data: { userId: user.id, tokenHash: hashToken(token), expiresAt } });
    return { token, expiresAt, user };
  }

  /** Creates a personal API token; the secret is returned once and only its hash is kept. */
  async createApiToken(viewer: Viewer, input: { name: string; expiresInDays?: number | null }) {
    const { name, expiresInDays } = validateInput(createApiTokenSchema, input);
    const token = generateToken(API_TOKEN_PREFIX);
    const expiresAt = expiresInDays ? new Date(Date.now() + expiresInDays * 86400_000) : null;
    const apiToken = await this.prisma.apiToken.create({
      data: { userId: viewer.userId, name, prefix: token.slice(0, 10), tokenHash: hashToken(token), expiresAt },
    });
    return { token, apiToken };
  }

  /** Lists the viewer's API tokens (without secrets). */
  listApiTokens(viewer: Viewer) {
    return this.prisma.apiToken.findMany({ where: { userId: viewer.userId }, orderBy: { createdAt: 'desc' } });
  }

  /** Revokes one of the viewer's API tokens. */
  async revokeApiToken(viewer: Viewer, id: string) {
    if (!isUuid(id)) throw new BadUserInput('id must be a token id.', { id: 'invalid id' });
    const token = await this.prisma.apiToken.findFirst({ where: { id, userId: viewer.userId } });
    if (!token) throw new NotFound('API token', id);
    return this.prisma.apiToken.update({ where: { id }, data: { revokedAt: token.revokedAt ?? new Date() } });
  }

  /** Loads the viewer's account. */
  async me(viewer: Viewer) {
    const user = await this.prisma.user.findUnique({ where: { id: viewer.userId } });
    if (!user) throw new Unauthenticated();
    return user;
  }
}
