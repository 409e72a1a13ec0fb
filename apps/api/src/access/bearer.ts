import type { IncomingMessage } from 'node:http';

/** Name of the httpOnly cookie that carries the browser session (used by the collab socket and downloads). */
export const SESSION_COOKIE = 'parallax_session';

/** Extracts a bearer token from `Authorization: Bearer …`, then the session cookie, then `?token=`. */
export function tokenFromRequest(req: Pick<IncomingMessage, 'headers' | 'url'>, allowQuery = false): string | null {
  const auth = req.headers.authorization;
  if (auth) {
    const match = /^Bearer\s+(\S+)$/i.exec(auth);
    return match ? match[1] : null;
  }
  const cookie = req.headers.cookie
    ?.split(';')
    .map((c) => c.trim())
    .find((c) => c.startsWith(`${SESSION_COOKIE}=`));
  if (cookie) return decodeURIComponent(cookie.slice(SESSION_COOKIE.length + 1));
  if (allowQuery && req.url) return new URL(req.url, 'http://localhost').searchParams.get('token');
  return null;
}
