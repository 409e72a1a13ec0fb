import { BadUserInput } from '../../infra/errors/app-error.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Opaque cursor over (createdAt desc, id desc), the articles list order. */
export function encodeArticleCursor(createdAt: Date, id: string): string {
  return Buffer.from(`${createdAt.toISOString()}|${id}`).toString('base64url');
}

/** Decodes a cursor from encodeArticleCursor, or throws BAD_USER_INPUT. */
export function decodeArticleCursor(cursor: string): { createdAt: Date; id: string } {
  const [iso, id] = Buffer.from(cursor, 'base64url').toString('utf8').split('|');
  const createdAt = new Date(iso ?? '');
  // The id goes into a uuid comparison: anything else would fail in Postgres as an internal error.
  if (!id || !UUID.test(id) || Number.isNaN(createdAt.getTime()))
    throw new BadUserInput('after is not a valid cursor.', { after: 'invalid cursor' });
  return { createdAt, id };
}
