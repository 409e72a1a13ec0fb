import { Injectable } from '@nestjs/common';
import { coverage, coverageRelation } from '@parallax/align';
import { ComparisonDocService } from '../../../collab/comparison-doc.service.js';
import { PrismaService } from '../../../infra/prisma/prisma.service.js';
import { loadComparisonWithArticles } from '../../comparisons/comparison-articles.query.js';
import { ThreadExportService } from '../../threads/exports/thread-export.service.js';
import { exportFilename } from './export-filename.js';
import type { ComparisonExport } from './export.types.js';
import { coverageCsv, linksCsv } from './formats/csv.js';
import { htmlReport } from './formats/html-report.js';
import { markdownReport } from './formats/report.js';
import { shownByClaim } from './formats/shown.js';

/** The export formats, by file extension. */
export const EXPORT_FORMATS = {
  json: { type: 'application/json; charset=utf-8', render: (d: ComparisonExport) => JSON.stringify(d, null, 2) },
  csv: { type: 'text/csv; charset=utf-8', render: linksCsv },
  'coverage.csv': { type: 'text/csv; charset=utf-8', render: coverageCsv },
  md: { type: 'text/markdown; charset=utf-8', render: markdownReport },
  html: { type: 'text/html; charset=utf-8', render: htmlReport },
} as const;

export type ExportFormat = keyof typeof EXPORT_FORMATS;

/** Builds exports of a comparison from its articles and the live doc (claims, links, notes, comments). */
@Injectable()
export class ExportService {
  constructor(
    private readonly prisma: PrismaService,
    private readonly docs: ComparisonDocService,
    private readonly threads: ThreadExportService,
  ) {}

  /** The complete export data; callers authorise first. */
  async build(comparisonId: string): Promise<ComparisonExport> {
    const comparison = await loadComparisonWithArticles(this.prisma, comparisonId);
    const view = await this.docs.read(comparisonId);
    const articles = comparison.articles.map(({ article: a, position }) => ({
      id: a.id,
      position,
      outlet: a.outlet?.name ?? null,
      kind: a.kind,
      headline: a.headline,
      standfirst: a.standfirst,
      byline: a.byline,
      publishedAt: a.publishedAt?.toISOString() ?? null,
      publishedAtText: a.publishedAtText,
      dateline: a.dateline,
      wireCredit: a.wireCredit,
      url: a.url,
      body: a.body,
      rawText: a.rawText,
      rawFormat: a.rawFormat,
      importOverrides: a.importOverrides,
      segments: a.segments.map(({ id, index, paragraph, start, end, text }) => ({ id, index, paragraph, start, end, text })),
    }));
    const meta = {
      id: comparison.id,
      title: comparison.title,
      pivotArticleId: comparison.pivotArticleId,
      createdAt: comparison.createdAt.toISOString(),
    };
    // The coverage matrix shows the relations the screen shows: measured against the same base as the diffs.
    const shown = shownByClaim({ comparison: meta, articles, claims: view.claims });
    const asShown = view.claims.map((c) => ({
      ...c,
      links: c.links.map((l) => ({ ...l, relation: coverageRelation(shown.get(c.id)?.get(l.segmentId), l.relation) })),
    }));
    return {
      format: 'parallax.comparison',
      version: 1,
      exportedAt: new Date().toISOString(),
      comparison: meta,
      articles,
      claims: view.claims,
      comments: view.comments,
      coverage: coverage({ articles: articles.map((a) => ({ id: a.id, outletName: a.outlet })), claims: asShown }),
      threads: await this.threads.threadsOf(comparisonId),
    };
  }

  /** Renders one format. */
  async render(comparisonId: string, format: ExportFormat) {
    const data = await this.build(comparisonId);
    return {
      body: EXPORT_FORMATS[format].render(data),
      contentType: EXPORT_FORMATS[format].type,
      filename: exportFilename(data.comparison.title, format),
    };
  }
}
