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
    const s = await this.prisma.session.findUnique({ where: { tokenHash: credential }, include: { user: true } });
    if (!s || s.revokedAt || s.expiresAt <= new Date()) return null;
    return { userId: s.userId, email: s.user.email, name: s.user.name, via: 'session', canWrite: true, credential };
  }

  private async forApiToken(token: string): Promise<Viewer | null> {
    const now = new Date();
    const credential = hashToken(token);
    const t = await this.prisma.apiToken.findUnique({ where: { tokenHash: credential }, include: { user: true } });
    if (!t || t.revokedAt || (t.expiresAt && t.expiresAt <= now)) return null;
    // Best effort, off the request path: a lost lastUsedAt update is harmless.
    void this.prisma.apiToken.update({ where: { id: t.id }, data: { lastUsedAt: now } }).catch(() => undefined);
    return { userId: t.userId, email: t.user.email, name: t.user.name, via: 'api-token', canWrite: t.canWrite, credential };
  }
}
