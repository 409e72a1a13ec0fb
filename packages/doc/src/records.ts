import * as Y from 'yjs';
import { CLAIM, COMMENT, LINK, LINK_RECORD, parseLinkKey } from './keys.js';
import { asRecord, isLinkValue, type RecordMap } from './roots.js';
import {
  ORIGINS,
  RELATIONS,
  type ClaimView,
  type CommentAnchor,
  type LinkView,
  type Origin,
  type Relation,
  type RejectionView,
} from './types.js';

// Readers are defensive on purpose: any editor's browser can write any value into the doc, and the
// projector must never crash on (or project) a malformed entry. Bad optional fields fall back to a
// default; an entry missing what identifies it is skipped.

function str(map: RecordMap, key: string): string | null {
  const v = map.get(key);
  return typeof v === 'string' ? v : null;
}

function finite(map: RecordMap, key: string, fallback: number): number {
  const v = map.get(key);
  return typeof v === 'number' && Number.isFinite(v) ? v : fallback;
}

function origin(map: RecordMap, key: string, fallback: Origin): Origin {
  const v = map.get(key);
  return ORIGINS.includes(v as Origin) ? (v as Origin) : fallback;
}

/** Returns the claim's Y.Text note, or null when the entry has none (only a malformed entry lacks it). */
export function noteOf(claim: RecordMap): Y.Text | null {
  const note = claim.get(CLAIM.note);
  return note instanceof Y.Text ? note : null;
}

/** Reads a claim's fields without its links. */
export function readClaimFields(claimId: string, claim: RecordMap): Omit<ClaimView, 'links'> {
  return {
    id: claimId,
    label: str(claim, CLAIM.label) ?? '',
    labelOrigin: origin(claim, CLAIM.labelOrigin, 'HUMAN'),
    topic: str(claim, CLAIM.topic),
    position: finite(claim, CLAIM.position, 0),
    positionOrigin: origin(claim, CLAIM.positionOrigin, 'HUMAN'),
    note: noteOf(claim)?.toString() ?? '',
    origin: origin(claim, CLAIM.origin, 'HUMAN'),
    createdBy: str(claim, CLAIM.createdBy),
    createdAt: str(claim, CLAIM.createdAt) ?? '',
  };
}

type LinkField = keyof typeof LINK_RECORD;

/** A getter of a stored link's fields, for either shape (schema-2 record or schema-1 per-field map). */
function linkFields(value: unknown): ((field: LinkField) => unknown) | null {
  if (!isLinkValue(value)) return null;
  if (value instanceof Y.Map) return (field) => (value as RecordMap).get(LINK[field]);
  const record = value as Record<string, unknown>;
  return (field) => record[LINK_RECORD[field]];
}

/** Reads a link (of either shape), or returns null when its key or required fields are malformed. */
export function readLink(key: string, value: unknown): LinkView | null {
  const get = linkFields(value);
  const ids = parseLinkKey(key);
  const articleId = get?.('articleId');
  if (!get || !ids || typeof articleId !== 'string' || !articleId) return null;
  const relation = get('relation');
  const flags = get('flags');
  const linkOrigin = get('origin');
  const confidence = get('confidence');
  const linkedBy = get('linkedBy');
  const linkedAt = get('linkedAt');
  return {
    claimId: ids.claimId,
    segmentId: ids.segmentId,
    articleId,
    relation: RELATIONS.includes(relation as Relation) ? (relation as Relation) : 'PARAPHRASE',
    flags: Array.isArray(flags) ? flags.filter((f): f is string => typeof f === 'string') : [],
    origin: ORIGINS.includes(linkOrigin as Origin) ? (linkOrigin as Origin) : 'HUMAN',
    confidence: typeof confidence === 'number' && Number.isFinite(confidence) ? Math.min(1, Math.max(0, confidence)) : 1,
    linkedBy: typeof linkedBy === 'string' ? linkedBy : null,
    linkedAt: typeof linkedAt === 'string' ? linkedAt : '',
    relationByHuman: get('relationByHuman') === true,
  };
}

/**
 * Encodes a link as its schema-2 record: a pure function of the view, with defaults left out (no flags,
 * not chosen by a person, nobody named), so equal links encode to equal records.
 */
export function linkRecord(link: Omit<LinkView, 'claimId' | 'segmentId'>): Record<string, unknown> {
  const out: Record<string, unknown> = {
    [LINK_RECORD.articleId]: link.articleId,
    [LINK_RECORD.relation]: link.relation,
    [LINK_RECORD.origin]: link.origin,
    [LINK_RECORD.confidence]: link.confidence,
    [LINK_RECORD.linkedAt]: link.linkedAt,
  };
  if (link.flags.length > 0) out[LINK_RECORD.flags] = link.flags;
  if (link.linkedBy !== null) out[LINK_RECORD.linkedBy] = link.linkedBy;
  if (link.relationByHuman) out[LINK_RECORD.relationByHuman] = true;
  return out;
}

/** Reads a comment anchor, or returns null when it is malformed. */
export function readAnchor(value: unknown): CommentAnchor | null {
  if (typeof value !== 'object' || value === null) return null;
  const a = value as Record<string, unknown>;
  if (a.kind === 'claim' && typeof a.claimId === 'string') return { kind: 'claim', claimId: a.claimId };
  if (a.kind === 'segment' && typeof a.segmentId === 'string' && Number.isInteger(a.start) && Number.isInteger(a.end)) {
    return { kind: 'segment', segmentId: a.segmentId, start: a.start as number, end: a.end as number };
  }
  return null;
}

/** The stored fields of a comment, before thread-level state (resolution, detachment) is derived. */
export interface StoredComment {
  id: string;
  threadId: string;
  parentId: string | null;
  anchor: CommentAnchor;
  body: string;
  authorId: string;
  authorName: string;
  createdAt: string;
  editedAt: string | null;
  resolved: boolean;
  resolvedBy: string | null;
  resolvedAt: string | null;
}

/** Reads a comment, or returns null when its map, anchor or author is malformed. */
export function readComment(commentId: string, value: unknown): StoredComment | null {
  const c = asRecord(value);
  const anchor = c && readAnchor(c.get(COMMENT.anchor));
  const authorId = c && str(c, COMMENT.authorId);
  if (!c || !anchor || !authorId) return null;
  return {
    id: commentId,
    threadId: str(c, COMMENT.threadId) ?? commentId,
    parentId: str(c, COMMENT.parentId),
    anchor,
    body: str(c, COMMENT.body) ?? '',
    authorId,
    authorName: str(c, COMMENT.authorName) ?? '',
    createdAt: str(c, COMMENT.createdAt) ?? '',
    editedAt: str(c, COMMENT.editedAt),
    resolved: c.get(COMMENT.resolved) === true,
    resolvedBy: str(c, COMMENT.resolvedBy),
    resolvedAt: str(c, COMMENT.resolvedAt),
  };
}

/** The plain object stored per rejection (rejections are immutable, so no per-field map is needed). */
export interface RejectionRecord {
  rejectedBy: string | null;
  rejectedAt: string;
}

/** Reads a rejection, or returns null when its key is malformed. */
export function readRejection(key: string, value: unknown): RejectionView | null {
  const ids = parseLinkKey(key);
  if (!ids) return null;
  const r = (typeof value === 'object' && value !== null ? value : {}) as Partial<Record<string, unknown>>;
  return {
    ...ids,
    rejectedBy: typeof r.rejectedBy === 'string' ? r.rejectedBy : null,
    rejectedAt: typeof r.rejectedAt === 'string' ? r.rejectedAt : '',
  };
}

/** Why a claim id is gone: a human deleted it, or merged it into another claim. */
export interface TombstoneRecord {
  reason: 'deleted' | 'merged';
  /** For merges, the claim that absorbed this one. */
  into: string | null;
  by: string | null;
  at: string;
}

/** Reads a tombstone, or returns null when it is malformed. */
export function readTombstone(value: unknown): TombstoneRecord | null {
  if (typeof value !== 'object' || value === null) return null;
  const t = value as Partial<Record<string, unknown>>;
  if (t.reason !== 'deleted' && t.reason !== 'merged') return null;
  return {
    reason: t.reason,
    into: typeof t.into === 'string' ? t.into : null,
    by: typeof t.by === 'string' ? t.by : null,
    at: typeof t.at === 'string' ? t.at : '',
  };
}
