import * as Y from 'yjs';
import { alice, countUpdates, expectDocError, newDoc } from './__fixtures__/peers.js';
import { createClaim, renameClaim } from './claims.js';
import { DocOperationError } from './errors.js';
import { META } from './keys.js';
import { MIGRATIONS, migrateComparisonDoc, validateMigrations, type Migration } from './migrations.js';
import { readComparisonDoc } from './read.js';
import { roots } from './roots.js';
import { assertWritable, getSchemaVersion, initComparisonDoc, isDocNewerThanCode, SCHEMA_VERSION } from './schema.js';

const setVersion = (doc: Y.Doc, v: number) => roots(doc).meta.set(META.schemaVersion, v);

/** Test steps: 1→2 upper-cases labels, 2→3 records its run in meta. */
const steps: Migration[] = [
  { from: 2, description: 'mark', migrate: (doc) => roots(doc).meta.set('marked', roots(doc).meta.get(META.schemaVersion)) },
  {
    from: 1,
    description: 'upper-case labels',
    migrate: (doc) =>
      roots(doc).claims.forEach((c) => (c as Y.Map<unknown>).set('label', String((c as Y.Map<unknown>).get('label')).toUpperCase())),
  },
];

describe('schema version', () => {
  it('initialises a fresh doc once', () => {
    const doc = new Y.Doc();
    expect(getSchemaVersion(doc)).toBeNull();
    expect(initComparisonDoc(doc)).toBe(true);
    expect(getSchemaVersion(doc)).toBe(SCHEMA_VERSION);
    expect(countUpdates(doc, () => initComparisonDoc(doc))).toBe(0);
  });

  it('opens a doc newer than the code read-only', () => {
    const doc = newDoc();
    createClaim(doc, { id: 'a', label: 'A' }, alice);
    setVersion(doc, SCHEMA_VERSION + 1);
    expect(isDocNewerThanCode(doc)).toBe(true);
    expect(migrateComparisonDoc(doc)).toEqual({ from: SCHEMA_VERSION + 1, to: SCHEMA_VERSION + 1, applied: [], readOnly: true });
    expectDocError(doc, 'DOC_NEWER_THAN_CODE', () => renameClaim(doc, 'a', 'B', alice));
    expect(readComparisonDoc(doc).claims[0]!.label).toBe('A');
  });

  it('refuses writes to an old doc until it is migrated', () => {
    const doc = newDoc();
    setVersion(doc, 0);
    expect(() => assertWritable(doc)).toThrow(expect.objectContaining({ code: 'DOC_NEEDS_MIGRATION' }));
  });
});

describe('migrateComparisonDoc', () => {
  it('initialises a fresh doc', () => {
    const doc = new Y.Doc();
    expect(migrateComparisonDoc(doc)).toEqual({ from: null, to: SCHEMA_VERSION, applied: [], readOnly: false });
    expect(getSchemaVersion(doc)).toBe(SCHEMA_VERSION);
  });

  it('does nothing on a current doc', () => {
    const doc = newDoc();
    expect(countUpdates(doc, () => migrateComparisonDoc(doc))).toBe(0);
  });

  it('runs the missing steps in order, in one update', () => {
    const doc = newDoc();
    createClaim(doc, { id: 'a', label: 'ceasefire' }, alice);
    setVersion(doc, 1);
    let result;
    expect(
      countUpdates(doc, () => {
        result = migrateComparisonDoc(doc, { migrations: steps, targetVersion: 3 });
      }),
    ).toBe(1);
    expect(result).toEqual({ from: 1, to: 3, applied: [1, 2], readOnly: false });
    expect(roots(doc).meta.get('marked')).toBe(2);
    expect(getSchemaVersion(doc)).toBe(3);
    expect(String((roots(doc).claims.get('a') as Y.Map<unknown>).get('label'))).toBe('CEASEFIRE');
  });

  it('throws MIGRATION_MISSING before writing anything when a step is missing', () => {
    const doc = newDoc();
    setVersion(doc, 1);
    expectDocError(doc, 'MIGRATION_MISSING', () => migrateComparisonDoc(doc, { migrations: [steps[0]!], targetVersion: 3 }));
    expect(getSchemaVersion(doc)).toBe(1);
  });

  it('checks that a registry is complete and unambiguous', () => {
    expect(() => validateMigrations(MIGRATIONS)).not.toThrow();
    expect(() => validateMigrations(steps, 3)).not.toThrow();
    expect(() => validateMigrations([steps[1]!], 3)).toThrow(DocOperationError);
    expect(() => validateMigrations([steps[1]!, steps[1]!], 2)).toThrow(expect.objectContaining({ code: 'INVALID_ARGUMENT' }));
  });
});

/** A schema-1 doc: `claims` claims of `perClaim` links each, every link a per-field Y.Map as schema 1 wrote them. */
function schemaOneDoc(claims: number, perClaim: number): Y.Doc {
  const doc = newDoc();
  for (let c = 0; c < claims; c++) createClaim(doc, { id: `c${c}`, label: `Claim ${c}` }, alice);
  doc.transact(() => {
    for (let c = 0; c < claims; c++)
      for (let k = 0; k < perClaim; k++) {
        const map = new Y.Map<unknown>();
        roots(doc).links.set(`c${c}|seg-${c}-${k}`, map);
        map.set('claimId', `c${c}`);
        map.set('segmentId', `seg-${c}-${k}`);
        map.set('articleId', `art-${k}`);
        map.set('relation', k % 3 === 0 ? 'VERBATIM' : 'PARAPHRASE');
        map.set('flags', k % 4 === 0 ? ['quote'] : []);
        map.set('origin', k % 2 === 0 ? 'AUTO' : 'HUMAN');
        map.set('confidence', 0.5 + (k % 5) / 10);
        map.set('linkedBy', k % 2 === 0 ? null : 'alice');
        map.set('linkedAt', `2025-01-0${1 + (k % 9)}T00:00:00.000Z`);
        if (k % 7 === 0) map.set('relationByHuman', true);
      }
    setVersion(doc, 1);
  });
  return doc;
}

describe('schema 1 → 2: links as compact records', () => {
  it('turns every link map into one record, keeping what every link says, and writes once', () => {
    const doc = schemaOneDoc(20, 10);
    const before = readComparisonDoc(doc);
    const v1Bytes = Y.encodeStateAsUpdate(doc).length;
    let result;
    expect(countUpdates(doc, () => (result = migrateComparisonDoc(doc)))).toBe(1);
    expect(result).toEqual({ from: 1, to: 2, applied: [1], readOnly: false });
    const after = readComparisonDoc(doc);
    expect(after.claims).toEqual(before.claims);
    expect(after.claims.flatMap((c) => c.links)).toHaveLength(200);
    expect([...roots(doc).links.values()].every((v) => !(v instanceof Y.Map))).toBe(true);
    // A fresh peer loading the migrated doc downloads far less (deleted maps collapse to tombstone ranges).
    const fresh = new Y.Doc();
    Y.applyUpdate(fresh, Y.encodeStateAsUpdate(doc));
    expect(Y.encodeStateAsUpdate(fresh).length).toBeLessThan(v1Bytes / 2);
    // Idempotent: opening it again writes nothing.
    expect(countUpdates(doc, () => migrateComparisonDoc(doc))).toBe(0);
  });

  it('converges without duplicates when two peers upgrade the same doc concurrently', () => {
    const a = schemaOneDoc(5, 6);
    const b = new Y.Doc();
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    const before = readComparisonDoc(a);
    migrateComparisonDoc(a);
    migrateComparisonDoc(b);
    Y.applyUpdate(a, Y.encodeStateAsUpdate(b));
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    expect(readComparisonDoc(a)).toEqual(readComparisonDoc(b));
    expect(readComparisonDoc(a).claims).toEqual(before.claims);
    expect(roots(a).links.size).toBe(30);
    expect(getSchemaVersion(a)).toBe(2);
  });
});
