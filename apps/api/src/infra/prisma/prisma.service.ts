import { Inject, Injectable, type OnModuleDestroy } from '@nestjs/common';
import { PrismaPg } from '@prisma/adapter-pg';
import { APP_CONFIG } from '../../config/config.module.js';
import type { AppConfig } from '../../config/config.schema.js';
import { PrismaClient } from '../../generated/prisma/client.js';

/** Injection token of the database URL chosen at boot (embedded or DATABASE_URL). */
export const DATABASE_URL = Symbol('DATABASE_URL');

/** Creates a PrismaClient on the pg driver adapter; used by the app and by scripts (seed). */
export function createPrismaClient(url: string): PrismaClient {
  return new PrismaClient({ adapter: new PrismaPg({ connectionString: url, max: 10 }) });
}

/** The app's single PrismaClient. Only services use it; resolvers go through services. */
@Injectable()
export class PrismaService extends PrismaClient implements OnModuleDestroy {
  constructor(@Inject(DATABASE_URL) url: string, @Inject(APP_CONFIG) config: AppConfig) {
    // statement_timeout: no single statement (a pathological search, a lock wait) may hold a pooled
    // connection, and with it a tenth of the app's database capacity, for longer than this.
    const adapter = new PrismaPg({ connectionString: url, max: 10, statement_timeout: config.DB_STATEMENT_TIMEOUT_MS });
    // Query events let tests count SQL statements (the DataLoader batching test); no listener, no cost.
    super({ adapter, log: [{ emit: 'event', level: 'query' }] });
  }

  async onModuleDestroy() {
    // Without this the pg pool keeps the process alive for its idle timeout (STACK.md P8).
    await this.$disconnect();
  }
}
