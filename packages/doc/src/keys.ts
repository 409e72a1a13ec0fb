/**
 * The names of every Yjs key the comparison doc uses, defined once.
 *
 * Root types are addressed by name, so every peer that calls `doc.getMap(ROOT.claims)` gets the same
 * shared type without anyone having to create it first: this is why all top-level collections are root
 * maps rather than entries of one root map (two peers creating the same nested map concurrently would
 * make one of them lose its writes).
 */
export const ROOT = {
  /** `Y.Map` with document-level facts such as the schema version. */
  meta: 'meta',
  /** `Y.Map<claimId, Y.Map>`, one per-field map per claim. */
  claims: 'claims',
  /** `Y.Map<"claimId|segmentId", LinkRecord>`: one plain record per link (schema 2; a per-field Y.Map in schema 1). */
  links: 'links',
  /** `Y.Map<commentId, Y.Map>`, one per-field map per comment. */
  comments: 'comments',
  /** `Y.Map<"claimId|segmentId", RejectionRecord>`: human "not this segment in this claim" decisions. */
  rejections: 'rejections',
  /** `Y.Map<claimId, TombstoneRecord>`: claims a human deleted or merged away. */
  tombstones: 'tombstones',
} as const;

/** Keys of the `meta` root map. */
export const META = {
  schemaVersion: 'schemaVersion',
} as const;

/** Keys of a claim's per-field map. */
export const CLAIM = {
  id: 'id',
  label: 'label',
  labelOrigin: 'labelOrigin',
  topic: 'topic',
  position: 'position',
  positionOrigin: 'positionOrigin',
  note: 'note',
  origin: 'origin',
  createdBy: 'createdBy',
  createdAt: 'createdAt',
} as const;

/** Keys of a link's per-field map. */
export const LINK = {
  claimId: 'claimId',
  segmentId: 'segmentId',
  articleId: 'articleId',
  relation: 'relation',
  flags: 'flags',
  origin: 'origin',
  confidence: 'confidence',
  linkedBy: 'linkedBy',
  linkedAt: 'linkedAt',
  /** True once a person chose the relation (setRelation): then it is shown as chosen, never re-measured. */
  relationByHuman: 'relationByHuman',
} as const;

/**
 * Fields of a schema-2 link: one plain value per link instead of a per-field map (a 50 × 300 comparison
 * holds 15,000 links; a map of ten fields each made the doc ~5.6 MB and slow to load). Short names, and
 * default values left out, because every link carries them. Claim and segment ids are in the key.
 */
export const LINK_RECORD = {
  articleId: 'a',
  relation: 'r',
  flags: 'f',
  origin: 'o',
  confidence: 'c',
  linkedBy: 'b',
  linkedAt: 't',
  relationByHuman: 'h',
} as const;

/** Keys of a comment's per-field map. */
export const COMMENT = {
  id: 'id',
  threadId: 'threadId',
  parentId: 'parentId',
  anchor: 'anchor',
  body: 'body',
  authorId: 'authorId',
  authorName: 'authorName',
  createdAt: 'createdAt',
  editedAt: 'editedAt',
  resolved: 'resolved',
  resolvedBy: 'resolvedBy',
  resolvedAt: 'resolvedAt',
} as const;

/** The separator of composite keys; ids are validated never to contain it. */
export const KEY_SEPARATOR = '|';

/**
 * Returns the key of the link (or rejection) between a claim and a segment. Both peers that add the same
 * link compute the same key, so a link added twice concurrently converges to one entry.
 */
export function linkKey(claimId: string, segmentId: string): string {
  return `${claimId}${KEY_SEPARATOR}${segmentId}`;
}

/** Splits a link key into its claim and segment ids, or returns null when the key is malformed. */
export function parseLinkKey(key: string): { claimId: string; segmentId: string } | null {
  const at = key.indexOf(KEY_SEPARATOR);
  if (at <= 0 || at === key.length - 1 || key.indexOf(KEY_SEPARATOR, at + 1) !== -1) return null;
  return { claimId: key.slice(0, at), segmentId: key.slice(at + 1) };
}
