import type * as Y from 'yjs';
import { DocOperationError } from './errors.js';
import { META } from './keys.js';
import { MIGRATION_ORIGIN, type ChangeOrigin } from './origin.js';
import { roots } from './roots.js';

/**
 * The shape version this code reads and writes. Bump it only together with a migration step from the
 * previous version (see README.md, "Changing the doc's shape").
 */
export const SCHEMA_VERSION = 2;

/** Returns the doc's schema version, or null when it was never initialised (or not synced yet). */
export function getSchemaVersion(doc: Y.Doc): number | null {
  const v = roots(doc).meta.get(META.schemaVersion);
  return typeof v === 'number' && Number.isInteger(v) && v >= 0 ? v : null;
}

/**
 * Marks a fresh doc with the current schema version and returns true, or returns false when the doc already
 * has one. Two peers initialising concurrently write the same value, so last-writer-wins converges on it.
 * Call it only on a doc that holds everything persisted (the server, after loading the log): a browser
 * calling it before sync could stamp the current version onto an older doc that was never migrated.
 */
export function initComparisonDoc(doc: Y.Doc, origin: ChangeOrigin = MIGRATION_ORIGIN, version = SCHEMA_VERSION): boolean {
  if (getSchemaVersion(doc) !== null) return false;
  doc.transact(() => roots(doc).meta.set(META.schemaVersion, version), origin);
  return true;
}

/**
 * Returns true when the doc was written by newer code than this one. Such a doc must be opened read-only:
 * writing to it with the old shape would corrupt data the newer code expects.
 */
export function isDocNewerThanCode(doc: Y.Doc): boolean {
  const v = getSchemaVersion(doc);
  return v !== null && v > SCHEMA_VERSION;
}

/**
 * Throws DOC_NEWER_THAN_CODE or DOC_NEEDS_MIGRATION when this code must not write to the doc. A doc
 * without a version is writable: it is either fresh or not synced yet, and its writes merge either way.
 */
export function assertWritable(doc: Y.Doc): void {
  const v = getSchemaVersion(doc);
  if (v === null || v === SCHEMA_VERSION) return;
  if (v > SCHEMA_VERSION) {
    throw new DocOperationError('DOC_NEWER_THAN_CODE', `doc schema ${v} is newer than this code (${SCHEMA_VERSION}); it is read-only`);
  }
  throw new DocOperationError('DOC_NEEDS_MIGRATION', `doc schema ${v} must be migrated to ${SCHEMA_VERSION} before writing`);
}
