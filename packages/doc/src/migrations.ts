import * as Y from 'yjs';
import { DocOperationError } from './errors.js';
import { META } from './keys.js';
import { MIGRATION_ORIGIN, type ChangeOrigin } from './origin.js';
import { linkRecord, readLink } from './records.js';
import { roots } from './roots.js';
import { getSchemaVersion, initComparisonDoc, SCHEMA_VERSION } from './schema.js';

/**
 * One step that rewrites a doc of schema `from` into schema `from + 1`. It runs inside the migration's
 * transaction and must be idempotent and convergent: two servers may migrate the same doc concurrently,
 * so it should only write values that are a pure function of the old state (see README.md).
 */
export interface Migration {
  from: number;
  description: string;
  migrate(doc: Y.Doc): void;
}

/**
 * Schema 1 → 2: every link's per-field Y.Map becomes one plain record (see LINK_RECORD). The record is a
 * pure function of the old map (its linkedAt is kept, not renewed), so two servers or clients migrating
 * the same doc concurrently write equal values under the same keys: last-writer-wins keeps one, and no
 * link is duplicated or lost. Malformed entries are left as they are (readers skip them either way).
 */
export const LINKS_AS_RECORDS: Migration = {
  from: 1,
  description: 'links become one compact record each instead of a per-field map',
  migrate(doc) {
    const links = roots(doc).links;
    for (const [key, value] of [...links.entries()]) {
      if (!(value instanceof Y.Map)) continue;
      const link = readLink(key, value);
      if (link) links.set(key, linkRecord(link));
    }
  },
};

/** The registry of migration steps, in order. */
export const MIGRATIONS: readonly Migration[] = [LINKS_AS_RECORDS];

/** What {@link migrateComparisonDoc} did. */
export interface MigrationResult {
  /** The version before migrating, or null when the doc was fresh. */
  from: number | null;
  /** The version after migrating (unchanged when the doc is newer than the code). */
  to: number;
  /** The `from` of each step applied, in order. */
  applied: number[];
  /** True when the doc is newer than the code and must be opened read-only. */
  readOnly: boolean;
}

/** Options of {@link migrateComparisonDoc}; tests inject their own registry and target. */
export interface MigrateOptions {
  migrations?: readonly Migration[];
  targetVersion?: number;
  origin?: ChangeOrigin;
}

/**
 * Throws INVALID_ARGUMENT when the registry repeats a step, or MIGRATION_MISSING when it cannot take a
 * doc from version 1 to the target.
 */
export function validateMigrations(migrations: readonly Migration[], targetVersion = SCHEMA_VERSION): void {
  const froms = migrations.map((m) => m.from);
  if (new Set(froms).size !== froms.length) {
    throw new DocOperationError('INVALID_ARGUMENT', 'two migrations start from the same version');
  }
  planMigration(migrations, 1, targetVersion);
}

function planMigration(migrations: readonly Migration[], from: number, to: number): Migration[] {
  const plan: Migration[] = [];
  for (let v = from; v < to; v += 1) {
    const step = migrations.find((m) => m.from === v);
    if (!step) throw new DocOperationError('MIGRATION_MISSING', `no migration from schema ${v} to ${v + 1}`);
    plan.push(step);
  }
  return plan;
}

/**
 * Brings the doc to the target schema version. A fresh doc is initialised; a doc newer than the code is
 * left untouched and reported read-only; otherwise every missing step runs, in one transaction with the
 * migration origin so peers receive the whole migration as one update. Throws MIGRATION_MISSING, before
 * writing anything, when the registry has a gap.
 */
export function migrateComparisonDoc(doc: Y.Doc, options: MigrateOptions = {}): MigrationResult {
  const { migrations = MIGRATIONS, targetVersion = SCHEMA_VERSION, origin = MIGRATION_ORIGIN } = options;
  const from = getSchemaVersion(doc);
  if (from === null) {
    initComparisonDoc(doc, origin, targetVersion);
    return { from, to: targetVersion, applied: [], readOnly: false };
  }
  if (from > targetVersion) return { from, to: from, applied: [], readOnly: true };
  const plan = planMigration(migrations, from, targetVersion);
  if (plan.length > 0) {
    doc.transact(() => {
      for (const step of plan) {
        step.migrate(doc);
        roots(doc).meta.set(META.schemaVersion, step.from + 1);
      }
    }, origin);
  }
  return { from, to: targetVersion, applied: plan.map((m) => m.from), readOnly: false };
}
