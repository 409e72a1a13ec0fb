import type { CoverageResult } from '@parallax/align';
import type { ClaimView, CommentView } from '@parallax/doc';
import type { ExportedThread } from '../../threads/exports/thread-export.service.js';

/** One article as exported: enough to re-import it (raw input and overrides) and to read it. */
export interface ExportedArticle {
  id: string;
  position: number;
  outlet: string | null;
  kind: string;
  headline: string | null;
  standfirst: string | null;
  byline: string | null;
  publishedAt: string | null;
  publishedAtText: string | null;
  dateline: string | null;
  wireCredit: string | null;
  url: string | null;
  body: string;
  rawText: string;
  rawFormat: string;
  importOverrides: unknown;
  segments: { id: string; index: number; paragraph: number; start: number; end: number; text: string }[];
}

/** The complete, re-importable JSON export of a comparison (format version 1). */
export interface ComparisonExport {
  format: 'parallax.comparison';
  version: 1;
  exportedAt: string;
  comparison: { id: string; title: string; pivotArticleId: string | null; createdAt: string };
  articles: ExportedArticle[];
  claims: ClaimView[];
  comments: CommentView[];
  coverage: CoverageResult;
  /** Threads that follow a claim of this comparison into other events (absent in older exports). */
  threads?: ExportedThread[];
}
