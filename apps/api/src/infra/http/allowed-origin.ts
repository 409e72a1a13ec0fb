import type { IncomingMessage } from 'node:http';

/**
 * Decides whether a WebSocket upgrade may proceed given its `Origin` header. Browsers send the session
 * cookie on a WebSocket upgrade from *any* page (SameSite does not help across ports of one host, which
 * are the same site), and WebSockets are not covered by CORS, so the Origin header is the only thing that
 * tells the app's own page from a hostile one (cross-site WebSocket hijacking).
 *
 * - No Origin header: not a browser (scripts, CLI clients, other servers); allowed, they authenticate with
 *   a token and carry no ambient cookie.
 * - The app's own origin (scheme + the Host the request was sent to), or one listed in ALLOWED_ORIGINS.
 * - Anything else (including `null`, sent by sandboxed frames and file:// pages) is refused.
 */
export function isAllowedOrigin(req: Pick<IncomingMessage, 'headers'>, allowedOrigins: readonly string[]): boolean {
  const origin = req.headers.origin;
  if (origin === undefined) return true;
  const host = req.headers.host;
  if (!host) return false;
  const normalised = origin.toLowerCase().replace(/\/+$/, '');
  const own = [`http://${host}`, `https://${host}`].map((o) => o.toLowerCase());
  return own.includes(normalised) || allowedOrigins.some((o) => o.toLowerCase() === normalised);
}
