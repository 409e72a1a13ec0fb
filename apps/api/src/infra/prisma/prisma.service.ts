import { createHash } from 'node:crypto';
import { Inject, Injectable, type OnModuleDestroy } from '@nestjs/common';
import { PrismaPg } from '@prisma/adapter-pg';
import pg from 'pg';
import { APP_CONFIG } from '../../config/config.module.js';
import type { AppConfig } from '../../config/config.schema.js';
import { PrismaClient } from '../../generated/prisma/client.js';

/** Injection token of the database URL chosen at boot (embedded or DATABASE_URL). */
export const DATABASE_URL = Symbol('DATABASE_URL');

/** Creates a PrismaClient on the pg driver adapter; used by the app and by scripts (seed). */
export function createPrismaClient(url: string): PrismaClient {
  return new PrismaClient({ adapter: new PrismaPg({ connectionString: url, max: 10 }) });
}

/** A statement given to {@link PrismaService.prepared}: its text with `$1…` placeholders and its values. */
export interface PreparedSql {
  text: string;
  values: unknown[];
}

/** The app's single PrismaClient. Only services use it; resolvers go through services. */
@Injectable()
export class PrismaService extends PrismaClient implements OnModuleDestroy {
  private readonly pool: pg.Pool;
  private readonly statementNames = new Map<string, string>();
  private readonly queryListeners: (() => void)[] = [];

  constructor(@Inject(DATABASE_URL) url: string, @Inject(APP_CONFIG) config: AppConfig) {
    // statement_timeout: no single statement (a pathological search, a lock wait) may hold a pooled
    // connection, and with it a tenth of the app's database capacity, for longer than this.
    const pool = new pg.Pool({ connectionString: url, max: 10, statement_timeout: config.DB_STATEMENT_TIMEOUT_MS });
    // Query events let tests count SQL statements (the DataLoader batching test); no listener, no cost.
    super({ adapter: new PrismaPg(pool), log: [{ emit: 'event', level: 'query' }] });
    this.pool = pool;
  }

  /**
   * Runs one read on the pool Prisma uses, as a named prepared statement: Postgres plans it once per
   * connection instead of on every call, and the rows come back through pg's own parsers (timestamps as
   * Dates, JSON parsed, arrays as arrays), without the Prisma client's per-query work — on the per-request
   * reads (the caller's session, their role, a page of articles) that work cost more CPU than the statement.
   * Only for statements whose text is fixed by code; the values go as parameters, never into the text.
   */
  async prepared<T>(sql: PreparedSql): Promise<T[]> {
    let name = this.statementNames.get(sql.text);
    if (!name) {
      // The same text always gets the same name: pg refuses one name for two texts on a connection.
      name = `plx_${createHash('sha256').update(sql.text).digest('hex').slice(0, 24)}`;
      this.statementNames.set(sql.text, name);
    }
    for (const listener of this.queryListeners) listener();
    const result = await this.pool.query({ name, text: sql.text, values: sql.values });
    return result.rows as T[];
  }

  /** Calls `listener` once for every SQL statement the app sends, through Prisma or {@link prepared}. */
  onQuery(listener: () => void): void {
    this.queryListeners.push(listener);
    this.$on('query' as never, listener);
  }

  async onModuleDestroy() {
    // Without this the pg pool keeps the process alive for its idle timeout (STACK.md P8).
    await this.$disconnect();
    await this.pool.end().catch(() => undefined);
  }
}
