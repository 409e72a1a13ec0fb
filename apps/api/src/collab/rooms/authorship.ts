import * as Y from 'yjs';

/** Who a connection is: the identity every authorship field it writes must carry. */
export interface Author {
  userId: string;
  name: string;
}

/** Record keys whose value names the person who did something (comments, links, claims, resolutions). */
const ACTOR_KEYS = new Set(['authorId', 'createdBy', 'linkedBy', 'resolvedBy']);
/** Record keys whose value is the acting person's display name. */
const NAME_KEYS = new Set(['authorName']);
/** Keys fixed at creation: nobody may overwrite who wrote a comment or created a claim (links can be re-linked). */
const IMMUTABLE_KEYS = new Set(['authorId', 'authorName', 'createdBy']);

/**
 * Returns why a peer's (decoded, not yet applied) update claims another person's authorship, or null when
 * it does not. Authorship lives in map keys (`authorId`, `linkedBy`…) and in the `by` of tombstone and
 * rejection values; each may be null (nobody) or the connection's own user, never someone else.
 *
 * A Yjs update does not always carry the key of a map entry: an entry that overwrites an existing one is
 * encoded with only its `origin` (the entry it replaces), so the key is resolved through that origin, in
 * the update itself or in the doc. This runs before the update is applied, because a Yjs transaction
 * cannot be rolled back and relaying a forged comment even briefly is what this refuses.
 */
export function forgedAuthorship(doc: Y.Doc, decoded: { structs: unknown[] }, author: Author): string | null {
  const own = new Map<string, Y.Item>();
  for (const s of decoded.structs) if (s instanceof Y.Item) own.set(idKey(s.id), s);
  for (const s of decoded.structs) {
    if (!(s instanceof Y.Item)) continue;
    const key = mapKeyOf(s, doc, own);
    const values = s.content instanceof Y.ContentAny ? (s.content.arr as unknown[]) : null;
    if (key !== null && (ACTOR_KEYS.has(key) || NAME_KEYS.has(key))) {
      const expected = ACTOR_KEYS.has(key) ? author.userId : author.name;
      if (values === null && !(s.content instanceof Y.ContentDeleted)) return `"${key}" must be a plain value`;
      if (values?.some((v) => v !== null && v !== expected)) return `"${key}" names someone else`;
      if (IMMUTABLE_KEYS.has(key) && overwritesAnother(s, doc, own, values)) return `"${key}" cannot be changed`;
    }
    for (const v of values ?? []) {
      if (isRecordWithBy(v) && v.by !== null && v.by !== author.userId) return '"by" names someone else';
    }
  }
  return null;
}

function idKey(id: Y.ID): string {
  return `${id.client}:${id.clock}`;
}

/** The map key an item sets: its own parentSub, or that of the entry it replaces (its origin). */
function mapKeyOf(item: Y.Item, doc: Y.Doc, own: Map<string, Y.Item>): string | null {
  let current: Y.Item | null = item;
  // Overwrites chain through their origins; a few hops cover any realistic update, and a cycle cannot occur
  // in valid Yjs data, but a hostile update must not make this loop forever.
  for (let hops = 0; current && hops < 64; hops++) {
    if (current.parentSub !== null) return current.parentSub;
    if (current.parent !== null && current.origin === null) return null;
    const origin: Y.ID | null = current.origin;
    if (!origin) return null;
    current = own.get(idKey(origin)) ?? storedItem(doc, origin);
  }
  return null;
}

/** True when the item replaces an entry that held a different non-null value. */
function overwritesAnother(item: Y.Item, doc: Y.Doc, own: Map<string, Y.Item>, values: unknown[] | null): boolean {
  if (!item.origin) return false;
  const previous = own.get(idKey(item.origin)) ?? storedItem(doc, item.origin);
  if (!previous || !(previous.content instanceof Y.ContentAny)) return false;
  const before = previous.content.arr[previous.content.arr.length - 1] as unknown;
  return before !== null && before !== undefined && before !== values?.[values.length - 1];
}

function storedItem(doc: Y.Doc, id: Y.ID): Y.Item | null {
  const clientStructs = doc.store.clients.get(id.client);
  if (!clientStructs || clientStructs.length === 0) return null;
  const last = clientStructs[clientStructs.length - 1]!;
  if (id.clock >= last.id.clock + last.length) return null;
  const struct = Y.getItem(doc.store, id);
  return struct instanceof Y.Item ? struct : null;
}

function isRecordWithBy(v: unknown): v is { by: unknown } {
  return typeof v === 'object' && v !== null && !Array.isArray(v) && 'by' in v;
}
