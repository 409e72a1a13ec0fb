import type { ClaimView, ComparisonDocView, LinkView } from '@parallax/doc';

/** One sentence of an article, as the workspace needs it. */
export interface SegmentInfo {
  id: string;
  articleId: string;
  index: number;
  text: string;
}

/** One outlet column: an article and its sentences. */
export interface ArticleColumn {
  id: string;
  outletName: string;
  headline: string | null;
  kind: 'NEWS' | 'OFFICIAL';
  segments: SegmentInfo[];
}

/** A claim row: the claim and, per article, its links in article order. */
export interface GridRow {
  claim: ClaimView;
  cells: Map<string, LinkView[]>;
  /** How many articles report the claim. */
  outletCount: number;
  /** For a claim one outlet alone reports: that outlet's name (the row sits in its "Only in …" group). */
  onlyIn?: string;
  /** The "Only in …" group the row belongs to: its article, its size, and whether this row opens it. */
  group?: { articleId: string; size: number; first: boolean };
}

/** Indexes every sentence of the comparison by id. */
export function indexSegments(articles: ArticleColumn[]): Map<string, SegmentInfo> {
  const out = new Map<string, SegmentInfo>();
  for (const a of articles) for (const s of a.segments) out.set(s.id, s);
  return out;
}

/** Groups each claim's links by article, sorted by sentence order, skipping links to unknown sentences. */
export function buildRows(view: ComparisonDocView, segments: Map<string, SegmentInfo>): GridRow[] {
  return view.claims.map((claim) => {
    const cells = new Map<string, LinkView[]>();
    for (const link of claim.links) {
      if (!segments.has(link.segmentId)) continue;
      const list = cells.get(link.articleId) ?? [];
      list.push(link);
      cells.set(link.articleId, list);
    }
    for (const list of cells.values()) list.sort((a, b) => segments.get(a.segmentId)!.index - segments.get(b.segmentId)!.index);
    return { claim, cells, outletCount: cells.size };
  });
}

/** The sentences of each article that no claim links yet, in article order. */
export function unassignedSegments(view: ComparisonDocView, articles: ArticleColumn[]): Map<string, SegmentInfo[]> {
  const linked = new Set<string>();
  for (const c of view.claims) for (const l of c.links) linked.add(l.segmentId);
  return new Map(articles.map((a) => [a.id, a.segments.filter((s) => !linked.has(s.id))]));
}

/**
 * The length of the longest cell text of a row among `articleIds` (what {@link cellText} would return), counted
 * without joining: row heights are estimated from it for every row, and 300 rows × 50 outlets of joined strings
 * took longer than drawing the rows in view.
 */
export function longestCellLength(row: GridRow, articleIds: ReadonlySet<string>, segments: Map<string, SegmentInfo>): number {
  let longest = 0;
  for (const [articleId, links] of row.cells) {
    if (!links.length || !articleIds.has(articleId)) continue;
    let length = links.length - 1;
    for (const l of links) length += segments.get(l.segmentId)?.text.length ?? 0;
    if (length > longest) longest = length;
  }
  return longest;
}

/** The text of a row's cell for one article: its linked sentences joined, or null when it omits the claim. */
export function cellText(row: GridRow, articleId: string, segments: Map<string, SegmentInfo>): string | null {
  const links = row.cells.get(articleId);
  if (!links?.length) return null;
  return links.map((l) => segments.get(l.segmentId)?.text ?? '').join(' ');
}

/** Finds the claim that links a sentence, if any. */
export function claimOfSegment(view: ComparisonDocView, segmentId: string): ClaimView | null {
  return view.claims.find((c) => c.links.some((l) => l.segmentId === segmentId)) ?? null;
}

/**
 * Orders rows for reading: claims at least two outlets report first, in the order the base (pivot) article tells
 * them (claims the base omits by their position among the others), or in the doc's order once a person has
 * moved a claim; then what one outlet alone reports, grouped per outlet in column order and in that article's
 * order, each row marked with its outlet (`onlyIn`).
 */
export function orderRows(rows: GridRow[], columns: ArticleColumn[], baseId: string | null, segments: Map<string, SegmentInfo>): GridRow[] {
  const firstIndex = (row: GridRow, articleId: string): number => {
    const links = row.cells.get(articleId);
    return links?.length ? segments.get(links[0]!.segmentId)!.index : Number.POSITIVE_INFINITY;
  };
  const shared = rows.filter((r) => r.outletCount >= 2);
  // Once a person has placed a claim, the doc's order is theirs and the base order no longer overrides it.
  const placedByHand = rows.some((r) => r.claim.positionOrigin === 'HUMAN');
  const sharedKey = new Map(shared.map((r, i) => [r, baseId && !placedByHand ? firstIndex(r, baseId) : i]));
  // Claims the base omits keep their place after the base claim that precedes them in the aligner's order.
  let last = -1;
  for (const r of shared) {
    const k = sharedKey.get(r)!;
    if (Number.isFinite(k)) last = k;
    else sharedKey.set(r, last + 0.5);
  }
  const orderedShared = shared
    .map((r, i) => ({ r, i }))
    .sort((a, b) => sharedKey.get(a.r)! - sharedKey.get(b.r)! || a.i - b.i)
    .map((x) => x.r);
  const singles = columns.flatMap((c) => {
    const mine = rows.filter((r) => r.outletCount === 1 && r.cells.has(c.id)).sort((a, b) => firstIndex(a, c.id) - firstIndex(b, c.id));
    return mine.map((r, i) => ({ ...r, onlyIn: c.outletName, group: { articleId: c.id, size: mine.length, first: i === 0 } }));
  });
  const placed = new Set([...orderedShared, ...singles.map((s) => rows.find((r) => r.claim.id === s.claim.id)!)]);
  return [...orderedShared, ...singles, ...rows.filter((r) => !placed.has(r))];
}

/** Hides the rows of collapsed "Only in …" groups except the one that opens each group (it holds the toggle). */
export function collapseGroups(rows: GridRow[], collapsed: ReadonlySet<string>): GridRow[] {
  return rows.filter((r) => !r.group || r.group.first || !collapsed.has(r.group.articleId));
}
