import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG } from '../../config/config.module.js';
import type { AppConfig } from '../../config/config.schema.js';
import { decodeBody, fetchPage, type FetchPolicy } from '../../infra/fetch/safe-fetch.js';
import type { RawArticle } from './article-import.js';

/** Fetches the page of an import given only by its address (IMPORT_FETCH_* limits, SSRF guard). */
@Injectable()
export class ArticleSource {
  private readonly policy: FetchPolicy;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.policy = {
      allow: config.IMPORT_FETCH_ALLOW,
      timeoutMs: config.IMPORT_FETCH_TIMEOUT_MS,
      maxBytes: config.IMPORT_FETCH_MAX_BYTES,
      maxRedirects: config.IMPORT_FETCH_MAX_REDIRECTS,
    };
  }

  /** True when the import names only an address, so the server must fetch the page. */
  needsFetch(raw: RawArticle): boolean {
    return !!raw.url && !raw.text && !raw.html && !raw.pdf;
  }

  /**
   * Returns the raw article with the fetched page in it (HTML, text or PDF bytes) and the final
   * address after redirects as its url. Throws FetchFailed (BAD_USER_INPUT with a reason) when refused.
   */
  async fetch(raw: RawArticle): Promise<RawArticle> {
    if (!this.needsFetch(raw)) return raw;
    const page = await fetchPage(raw.url!, this.policy);
    const fetched: RawArticle = { ...raw, url: page.finalUrl };
    if (page.contentType === 'pdf') fetched.pdf = new Uint8Array(page.body);
    else if (page.contentType === 'html') fetched.html = decodeBody(page);
    else fetched.text = decodeBody(page);
    return fetched;
  }
}
