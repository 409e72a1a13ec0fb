import * as Y from 'yjs';
import { DocOperationError } from './errors.js';
import { KEY_SEPARATOR, linkKey, ROOT } from './keys.js';

/** A per-field record map (claim, link or comment); values are untyped because any peer can write them. */
export type RecordMap = Y.Map<unknown>;

/** The root shared types of a comparison doc. */
export interface Roots {
  meta: Y.Map<unknown>;
  claims: Y.Map<unknown>;
  links: Y.Map<unknown>;
  comments: Y.Map<unknown>;
  rejections: Y.Map<unknown>;
  tombstones: Y.Map<unknown>;
}

/** Returns the root maps of a comparison doc; getting a root type never writes, so this is safe anywhere. */
export function roots(doc: Y.Doc): Roots {
  return {
    meta: doc.getMap(ROOT.meta),
    claims: doc.getMap(ROOT.claims),
    links: doc.getMap(ROOT.links),
    comments: doc.getMap(ROOT.comments),
    rejections: doc.getMap(ROOT.rejections),
    tombstones: doc.getMap(ROOT.tombstones),
  };
}

/**
 * Returns every root shared type of the comparison doc, e.g. as the scope of a `Y.UndoManager` or for
 * observing the doc without knowing its keys.
 */
export function comparisonRootTypes(doc: Y.Doc): Y.AbstractType<unknown>[] {
  return Object.values(roots(doc));
}

/** Returns the entry as a record map, or null when a peer stored something else under the key. */
export function asRecord(value: unknown): RecordMap | null {
  return value instanceof Y.Map ? (value as RecordMap) : null;
}

/** Returns the claim's map or throws CLAIM_NOT_FOUND. */
export function requireClaim(r: Roots, claimId: string): RecordMap {
  const claim = asRecord(r.claims.get(claimId));
  if (!claim) throw new DocOperationError('CLAIM_NOT_FOUND', `claim ${claimId} does not exist`);
  return claim;
}

/**
 * True for a value that can be a link: a schema-2 plain record, or a schema-1 per-field map (still read,
 * e.g. when a tab running older code wrote one after the migration).
 */
export function isLinkValue(value: unknown): boolean {
  if (value instanceof Y.Map) return true;
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Y.AbstractType);
}

/** Returns the link's stored value (read it with readLink) or throws LINK_NOT_FOUND. */
export function requireLink(r: Roots, claimId: string, segmentId: string): unknown {
  const link = r.links.get(linkKey(claimId, segmentId));
  if (!isLinkValue(link)) throw new DocOperationError('LINK_NOT_FOUND', `segment ${segmentId} is not linked to claim ${claimId}`);
  return link;
}

/** Returns the comment's map or throws COMMENT_NOT_FOUND. */
export function requireComment(r: Roots, commentId: string): RecordMap {
  const comment = asRecord(r.comments.get(commentId));
  if (!comment) throw new DocOperationError('COMMENT_NOT_FOUND', `comment ${commentId} does not exist`);
  return comment;
}

/** Returns the [segmentId, stored link] pairs of one claim (a scan; links are keyed by claim|segment). */
export function linksOfClaim(r: Roots, claimId: string): [string, unknown][] {
  const prefix = claimId + KEY_SEPARATOR;
  const out: [string, unknown][] = [];
  r.links.forEach((value, key) => {
    if (isLinkValue(value) && key.startsWith(prefix)) out.push([key.slice(prefix.length), value]);
  });
  return out;
}

/** Deep equality of stored values (plain JSON; shared types compare by identity). */
export function sameValue(a: unknown, b: unknown): boolean {
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => sameValue(x, b[i]));
  if (a && b && typeof a === 'object' && typeof b === 'object' && !(a instanceof Y.AbstractType)) {
    const ka = Object.keys(a);
    const kb = Object.keys(b);
    const ra = a as Record<string, unknown>;
    const rb = b as Record<string, unknown>;
    return ka.length === kb.length && ka.every((k) => sameValue(ra[k], rb[k]));
  }
  return Object.is(a, b);
}

/**
 * Writes a field only when its value changes. Setting an equal value still creates a new Yjs item (an
 * update every peer receives, and a winner in a concurrent last-writer-wins race it should not have won),
 * so every write in this package goes through here. Returns true when it wrote.
 */
export function setIfChanged(map: Y.Map<unknown>, key: string, value: unknown): boolean {
  if (map.has(key) && sameValue(map.get(key), value)) return false;
  map.set(key, value);
  return true;
}

/** Returns a new record map holding the given fields (undefined values are skipped). */
export function newRecord(fields: Record<string, unknown>): RecordMap {
  const map = new Y.Map<unknown>();
  for (const [key, value] of Object.entries(fields)) if (value !== undefined) map.set(key, value);
  return map;
}
