import { alice, newDoc } from './__fixtures__/peers.js';
import { applyAutoAlignment } from './auto-align.js';
import { proposeAutoAlignment, type AlignerClaims } from './auto-align-stable.js';
import { renameClaim } from './claims.js';
import { AUTO_ALIGN_ORIGIN } from './origin.js';
import { readComparisonDoc } from './read.js';

const link = (segmentId: string) => ({
  segmentId,
  articleId: `art-${segmentId[1]}`,
  relation: 'PARAPHRASE' as const,
  flags: [],
  confidence: 0.8,
});
const run = (claims: [string, string, string[]][]): AlignerClaims => ({
  claims: claims.map(([id, label, segs], position) => ({ id, label, position, links: segs.map(link) })),
});

describe('proposeAutoAlignment', () => {
  it('keeps the id (and so the human label) of the claim a re-run regroups slightly', () => {
    const doc = newDoc();
    applyAutoAlignment(
      doc,
      proposeAutoAlignment(run([['k1', 'Dam opens', ['s1', 's2', 's3']]]), readComparisonDoc(doc)),
      AUTO_ALIGN_ORIGIN,
    );
    renameClaim(doc, 'k1', 'Our own label', alice);
    // The aligner now finds a fourth sentence: its own id for the group changes, the claim must not.
    const second = proposeAutoAlignment(run([['k9', 'Dam opening', ['s1', 's2', 's3', 's4']]]), readComparisonDoc(doc));
    expect(second.claims.map((c) => c.id)).toEqual(['k1']);
    applyAutoAlignment(doc, second, AUTO_ALIGN_ORIGIN);
    const claims = readComparisonDoc(doc).claims;
    expect(claims.map((c) => [c.id, c.label, c.links.length])).toEqual([['k1', 'Our own label', 4]]);
  });

  it('gives a new id to a group that shares less than half its sentences with any existing claim', () => {
    const doc = newDoc();
    applyAutoAlignment(doc, proposeAutoAlignment(run([['k1', 'Dam opens', ['s1', 's2']]]), readComparisonDoc(doc)), AUTO_ALIGN_ORIGIN);
    const next = proposeAutoAlignment(run([['k2', 'Floods', ['s2', 's5', 's6']]]), readComparisonDoc(doc));
    expect(next.claims[0]!.id).toBe('k2');
  });

  it('lets one existing claim lend its id to one proposed claim only, the larger first', () => {
    const doc = newDoc();
    applyAutoAlignment(
      doc,
      proposeAutoAlignment(run([['k1', 'Dam opens', ['s1', 's2', 's3', 's4']]]), readComparisonDoc(doc)),
      AUTO_ALIGN_ORIGIN,
    );
    const split = proposeAutoAlignment(
      run([
        ['a', 'Part one', ['s1', 's2', 's3']],
        ['b', 'Part two', ['s4']],
      ]),
      readComparisonDoc(doc),
    );
    expect(split.claims.map((c) => c.id)).toEqual(['k1', 'b']);
  });
});
