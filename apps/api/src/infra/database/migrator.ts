import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { createRequire } from 'node:module';
import { PrismaPg } from '@prisma/adapter-pg';
import { findRepoRoot } from '../../config/repo-root.js';

/**
 * Applies and creates Prisma migrations through Prisma's WebAssembly schema engine.
 *
 * Why not the Prisma CLI: its migrate commands spawn a native engine that it downloads at run time,
 * which machines without access to binaries.prisma.sh cannot do (STACK.md §5). The wasm engine ships
 * inside an npm package and writes the standard `_prisma_migrations` table, so the native CLI stays
 * compatible wherever it is available.
 */

interface WasmSchemaEngine {
  applyMigrations(input: unknown): Promise<{ appliedMigrationNames: string[] }>;
  diff(input: unknown): Promise<{ exitCode: number; stdout: string | null }>;
  free(): void;
}

const MIGRATION_FILE = 'migration.sql';
const LOCKFILE = 'migration_lock.toml';

/** Locations the migrator works with. */
export interface MigrationPaths {
  schemaPath: string;
  migrationsDir: string;
}

/** Finds prisma/schema.prisma and prisma/migrations by walking up from a directory (the repository root holds them). */
export async function findMigrationPaths(from = findRepoRoot()): Promise<MigrationPaths> {
  let dir = path.resolve(from);
  for (;;) {
    const candidate = path.join(dir, 'prisma', 'schema.prisma');
    try {
      await readFile(candidate);
      return { schemaPath: candidate, migrationsDir: path.join(dir, 'prisma', 'migrations') };
    } catch {
      const parent = path.dirname(dir);
      if (parent === dir) throw new Error(`prisma/schema.prisma not found above ${from}`);
      dir = parent;
    }
  }
}

async function loadEngine(databaseUrl: string, schemaPath: string): Promise<WasmSchemaEngine> {
  // The package entry needs --experimental-wasm-modules; instantiate the wasm by hand instead.
  const bindingsPath = createRequire(path.join(findRepoRoot(), 'package.json')).resolve('@prisma/schema-engine-wasm/schema_engine_bg');
  const bindings = await import(bindingsPath);
  const wasmBytes = await readFile(path.join(path.dirname(bindingsPath), 'schema_engine_bg.wasm'));
  const { instance } = await WebAssembly.instantiate(wasmBytes, { './schema_engine_bg.js': bindings });
  bindings.__wbg_set_wasm(instance.exports);
  (instance.exports as { __wbindgen_start?: () => void }).__wbindgen_start?.();
  const { bindMigrationAwareSqlAdapterFactory } = await import('@prisma/driver-adapter-utils');
  const adapter = bindMigrationAwareSqlAdapterFactory(new PrismaPg({ connectionString: databaseUrl }));
  const schema = await readFile(schemaPath, 'utf8');
  const log = () => undefined;
  return bindings.SchemaEngine.new({ datamodels: [[schemaPath, schema]] }, log, adapter);
}

async function readMigrationList(migrationsDir: string) {
  let entries: string[];
  try {
    entries = (await readdir(migrationsDir, { withFileTypes: true })).filter((e) => e.isDirectory()).map((e) => e.name);
  } catch {
    entries = [];
  }
  entries.sort();
  const migrationDirectories = await Promise.all(
    entries.map(async (name) => ({
      path: name,
      migrationFile: {
        path: MIGRATION_FILE,
        content: { tag: 'ok', value: await readFile(path.join(migrationsDir, name, MIGRATION_FILE), 'utf8') },
      },
    })),
  );
  const lockContent = await readFile(path.join(migrationsDir, LOCKFILE), 'utf8').catch(() => null);
  return {
    baseDir: migrationsDir,
    lockfile: { path: LOCKFILE, content: lockContent },
    shadowDbInitScript: '',
    migrationDirectories,
  };
}

const NO_FILTERS = { externalTables: [], externalEnums: [] };

/** Applies every pending migration to the database and returns the names it applied. */
export async function applyMigrations(databaseUrl: string, paths?: MigrationPaths): Promise<string[]> {
  const { schemaPath, migrationsDir } = paths ?? (await findMigrationPaths());
  const engine = await loadEngine(databaseUrl, schemaPath);
  try {
    const migrationsList = await readMigrationList(migrationsDir);
    const result = await engine.applyMigrations({ migrationsList, filters: NO_FILTERS });
    return result.appliedMigrationNames;
  } finally {
    engine.free();
  }
}

/**
 * Computes the SQL that takes a database from `previousSchema` (or an empty database when null) to the
 * current schema file. Used to author a new migration without a shadow database.
 */
export async function diffSchemas(databaseUrl: string, previousSchema: string | null, paths?: MigrationPaths): Promise<string> {
  const { schemaPath } = paths ?? (await findMigrationPaths());
  const engine = await loadEngine(databaseUrl, schemaPath);
  try {
    const current = await readFile(schemaPath, 'utf8');
    const from =
      previousSchema === null ? { tag: 'empty' } : { tag: 'schemaDatamodel', files: [{ path: schemaPath, content: previousSchema }] };
    const to = { tag: 'schemaDatamodel', files: [{ path: schemaPath, content: current }] };
    const result = await engine.diff({ from, to, script: true, exitCode: null, filters: NO_FILTERS });
    return result.stdout ?? '';
  } finally {
    engine.free();
  }
}
