import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { ClaimView, ComparisonDocView, LinkView } from '@parallax/doc';
import type { Prisma } from '../../generated/prisma/client.js';
import { PrismaService } from '../../infra/prisma/prisma.service.js';
import { isUuid } from '../../infra/validation/uuid.js';

type Tx = Prisma.TransactionClient;
/** Every column of a Claim row: `Required` makes a column added to the model fail the build in `claimRow`. */
type ClaimRow = Required<Prisma.ClaimCreateManyInput>;
/** Every column of an Alignment row but its generated id; likewise checked in `alignmentRow`. */
type AlignmentRow = Required<Omit<Prisma.AlignmentCreateManyInput, 'id'>>;

/** Returns the hash of what the projection writes (claims and their links), to skip unchanged states. */
export function projectionHash(view: ComparisonDocView): string {
  return createHash('sha256').update(JSON.stringify(view.claims)).digest('base64url');
}

/**
 * Writes a doc's claims and links into the Claim / Alignment rows GraphQL reads, in one transaction. It
 * locks the comparison row and compares `projectionHash`, so concurrent projectors (several instances)
 * serialise and an unchanged state writes nothing. Rows are diffed, not rewritten, so ids stay stable.
 * The doc is editable by any editor's client, so nothing in it is trusted: links to segments outside the
 * comparison's articles, and claims whose id belongs to another comparison, are left out.
 */
@Injectable()
export class ProjectionWriter {
  constructor(private readonly prisma: PrismaService) {}

  /** Projects `view`; returns false when the stored projection already had this hash (or the comparison is gone). */
  project(comparisonId: string, view: ComparisonDocView, hash: string): Promise<boolean> {
    return this.prisma.$transaction(
      async (tx) => {
        const [locked] = await tx.$queryRaw<{ projectionHash: string | null }[]>`
          SELECT "projectionHash" FROM comparisons WHERE id = ${comparisonId}::uuid FOR UPDATE`;
        if (!locked || locked.projectionHash === hash) return false;
        const claims = await this.ownClaims(tx, comparisonId, view.claims);
        const segments = await this.segmentArticles(tx, comparisonId, claims);
        await this.writeClaims(tx, comparisonId, claims);
        await this.writeAlignments(tx, comparisonId, claims, segments);
        await tx.comparison.update({ where: { id: comparisonId }, data: { projectionHash: hash, projectedAt: new Date() } });
        return true;
      },
      { timeout: 30_000, maxWait: 10_000 },
    );
  }

  /** Drops claims whose id is already used by another comparison (Claim.id is global). */
  private async ownClaims(tx: Tx, comparisonId: string, claims: ClaimView[]): Promise<ClaimView[]> {
    const foreign = await tx.claim.findMany({
      where: { id: { in: claims.map((c) => c.id) }, comparisonId: { not: comparisonId } },
      select: { id: true },
    });
    const taken = new Set(foreign.map((c) => c.id));
    return claims.filter((c) => !taken.has(c.id));
  }

  /** Maps each linked segment of the comparison's articles to its article (the doc's articleId is not trusted). */
  private async segmentArticles(tx: Tx, comparisonId: string, claims: ClaimView[]): Promise<Map<string, string>> {
    const ids = [...new Set(claims.flatMap((c) => c.links.map((l) => l.segmentId)).filter(isUuid))];
    if (ids.length === 0) return new Map();
    const rows = await tx.segment.findMany({
      where: { id: { in: ids }, article: { comparisons: { some: { comparisonId } } } },
      select: { id: true, articleId: true },
    });
    return new Map(rows.map((r) => [r.id, r.articleId]));
  }

  private async writeClaims(tx: Tx, comparisonId: string, claims: ClaimView[]): Promise<void> {
    const existing = await tx.claim.findMany({ where: { comparisonId } });
    const wanted = new Map(claims.map((c) => [c.id, claimRow(comparisonId, c)]));
    const gone = existing.filter((row) => !wanted.has(row.id)).map((row) => row.id);
    if (gone.length > 0) await tx.claim.deleteMany({ where: { comparisonId, id: { in: gone } } });
    const current = new Map(existing.map((row) => [row.id, row]));
    const added = [...wanted.values()].filter((row) => !current.has(row.id));
    if (added.length > 0) await tx.claim.createMany({ data: added });
    for (const row of wanted.values()) {
      const old = current.get(row.id);
      if (!old || sameClaim(old, row)) continue;
      const { id, comparisonId: _c, ...fields } = row;
      await tx.claim.update({ where: { id }, data: fields });
    }
  }

  private async writeAlignments(tx: Tx, comparisonId: string, claims: ClaimView[], segments: Map<string, string>): Promise<void> {
    const existing = await tx.alignment.findMany({ where: { claim: { comparisonId } } });
    const wanted = new Map<string, AlignmentRow>();
    for (const claim of claims) {
      for (const link of claim.links) {
        const articleId = segments.get(link.segmentId);
        if (articleId) wanted.set(`${claim.id}|${link.segmentId}`, alignmentRow(claim.id, articleId, link));
      }
    }
    const current = new Map(existing.map((row) => [`${row.claimId}|${row.segmentId}`, row]));
    const gone = existing.filter((row) => !wanted.has(`${row.claimId}|${row.segmentId}`)).map((row) => row.id);
    if (gone.length > 0) await tx.alignment.deleteMany({ where: { id: { in: gone } } });
    const added = [...wanted.entries()].filter(([key]) => !current.has(key)).map(([, row]) => row);
    if (added.length > 0) await tx.alignment.createMany({ data: added });
    for (const [key, row] of wanted) {
      const old = current.get(key);
      if (!old || sameAlignment(old, row)) continue;
      await tx.alignment.update({
        where: { id: old.id },
        data: {
          articleId: row.articleId,
          relation: row.relation,
          flags: row.flags,
          origin: row.origin,
          confidence: row.confidence,
          linkedById: row.linkedById,
        },
      });
    }
  }
}

function claimRow(comparisonId: string, c: ClaimView): ClaimRow {
  return {
    id: c.id,
    comparisonId,
    label: c.label,
    topic: c.topic,
    position: c.position,
    note: c.note,
    origin: c.origin,
  } satisfies ClaimRow;
}

function alignmentRow(claimId: string, articleId: string, l: LinkView): AlignmentRow {
  return {
    claimId,
    segmentId: l.segmentId,
    articleId,
    relation: l.relation,
    flags: l.flags,
    origin: l.origin,
    confidence: l.confidence,
    linkedById: isUuid(l.linkedBy) ? l.linkedBy : null,
  } satisfies AlignmentRow;
}

function sameClaim(a: ClaimRow, b: ClaimRow): boolean {
  return (
    a.label === b.label &&
    (a.topic ?? null) === (b.topic ?? null) &&
    a.position === b.position &&
    a.note === b.note &&
    a.origin === b.origin
  );
}

function sameAlignment(a: AlignmentRow, b: AlignmentRow): boolean {
  const flags = (x: AlignmentRow) => (Array.isArray(x.flags) ? x.flags.join('\u0000') : '');
  return (
    a.articleId === b.articleId &&
    a.relation === b.relation &&
    flags(a) === flags(b) &&
    a.origin === b.origin &&
    a.confidence === b.confidence &&
    (a.linkedById ?? null) === (b.linkedById ?? null)
  );
}
