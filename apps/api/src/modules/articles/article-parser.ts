import { Inject, Injectable, type OnModuleDestroy } from '@nestjs/common';
import type { ImportOptions } from '@parallax/text';
import { APP_CONFIG } from '../../config/config.module.js';
import type { AppConfig } from '../../config/config.schema.js';
import { ParsePool } from '../../infra/parsing/parse-pool.js';
import { importInputOf, type ParsedArticle, type RawArticle } from './article-import.js';

/**
 * Parses imports on the worker pool (PARSE_WORKERS threads, PARSE_TIMEOUT_MS and PARSE_MAX_MEMORY_MB
 * each), so that no page, however hostile, holds up the API's event loop.
 */
@Injectable()
export class ArticleParser implements OnModuleDestroy {
  private readonly pool: ParsePool;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.pool = new ParsePool({
      workers: config.PARSE_WORKERS,
      timeoutMs: config.PARSE_TIMEOUT_MS,
      maxMemoryMb: config.PARSE_MAX_MEMORY_MB,
    });
  }

  /** Parses one raw article (text, HTML or PDF bytes) on a worker thread. */
  readonly parse = (raw: RawArticle, options?: ImportOptions): Promise<ParsedArticle> =>
    this.pool.parse({ input: importInputOf(raw), options, pdf: raw.pdf ?? undefined });

  onModuleDestroy(): Promise<void> {
    return this.pool.close();
  }
}
