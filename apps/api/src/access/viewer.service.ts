import type { IncomingMessage } from 'node:http';
import { Injectable } from '@nestjs/common';
import { PrismaService } from '../infra/prisma/prisma.service.js';
import { tokenFromRequest } from './bearer.js';
import type { Viewer } from './request-context.js';
import { API_TOKEN_PREFIX, hashToken, SESSION_PREFIX } from './token.js';

/**
 * Token or session → viewer: the one way GraphQL (HTTP and graphql-ws), REST downloads and the collab
 * socket learn who is calling. Issuing and revoking tokens belongs to the auth module.
 */
@Injectable()
export class ViewerService {
  constructor(private readonly prisma: PrismaService) {}

  /** Resolves a bearer token (session or API token) to the viewer, or null when invalid, expired or revoked. */
  async forToken(token: string): Promise<Viewer | null> {
    if (token.startsWith(SESSION_PREFIX)) return this.forSession(token);
    if (token.startsWith(API_TOKEN_PREFIX)) return this.forApiToken(token);
    return null;
  }

  /**
   * Resolves the credentials of an HTTP request (Authorization header, then session cookie, then `?token=`
   * when `allowQuery`, which only the WebSocket upgrade uses since browsers cannot set its headers).
   */
  async forRequest(req: Pick<IncomingMessage, 'headers' | 'url'>, allowQuery = false): Promise<Viewer | null> {
    const token = tokenFromRequest(req, allowQuery);
    return token ? this.forToken(token) : null;
  }

  private async forSession(token: string): Promise<Viewer | null> {
    const credential = hashToken(token);
    // One prepared statement on every request that carries a session: Prisma's findUnique + include sent two.
    const [s] = await this.prisma.prepared<CredentialRow & { expiresAt: Date }>({
      text: `SELECT s."userId", s."expiresAt", s."revokedAt", u.email, u.name
        FROM sessions s JOIN users u ON u.id = s."userId" WHERE s."tokenHash" = $1`,
      values: [credential],
    });
    if (!s || s.revokedAt || s.expiresAt <= new Date()) return null;
    return { userId: s.userId, email: s.email, name: s.name, via: 'session', canWrite: true, credential };
  }

  private async forApiToken(token: string): Promise<Viewer | null> {
    const now = new Date();
    const credential = hashToken(token);
    const [t] = await this.prisma.prepared<CredentialRow & { id: string; canWrite: boolean }>({
      text: `SELECT t.id, t."userId", t."expiresAt", t."revokedAt", t."canWrite", u.email, u.name
        FROM api_tokens t JOIN users u ON u.id = t."userId" WHERE t."tokenHash" = $1`,
      values: [credential],
    });
    if (!t || t.revokedAt || (t.expiresAt && t.expiresAt <= now)) return null;
    // Best effort, off the request path: a lost lastUsedAt update is harmless.
    void this.prisma.apiToken.update({ where: { id: t.id }, data: { lastUsedAt: now } }).catch(() => undefined);
    return { userId: t.userId, email: t.email, name: t.name, via: 'api-token', canWrite: t.canWrite, credential };
  }
}

/** A session or API token with its user, as the credential lookups read it. */
interface CredentialRow {
  userId: string;
  expiresAt: Date | null;
  revokedAt: Date | null;
  email: string;
  name: string;
}
