import { newDoc } from './__fixtures__/peers.js';
import { alignIntoDoc } from './align-into-doc.js';
import { setNote } from './note.js';
import { AUTO_ALIGN_ORIGIN, userOrigin } from './origin.js';
import { readComparisonDoc } from './read.js';
import type { AlignerClaims } from './auto-align-stable.js';

const link = (segmentId: string) => ({
  segmentId,
  articleId: `art-${segmentId[1]}`,
  relation: 'PARAPHRASE' as const,
  flags: [],
  confidence: 0.8,
});
const human = userOrigin('u1');

describe('alignIntoDoc', () => {
  it('keeps the id (and a note) of the existing claim a regrouped claim shares most segments with', () => {
    const doc = newDoc();
    alignIntoDoc(
      doc,
      { claims: [{ id: 'a1', label: 'Troops withdraw', position: 0, links: [link('s1'), link('s2')] }] },
      AUTO_ALIGN_ORIGIN,
    );
    setNote(doc, 'a1', 'checked by the desk', human);
    // The aligner now names the same group differently and adds a sentence to it.
    const rerun: AlignerClaims = {
      claims: [{ id: 'b7', label: 'Troops withdraw', position: 0, links: [link('s1'), link('s2'), link('s3')] }],
    };
    const result = alignIntoDoc(doc, rerun, AUTO_ALIGN_ORIGIN);
    const claims = readComparisonDoc(doc).claims;
    expect(result.claimsProposed).toBe(1);
    expect(claims.map((c) => c.id)).toEqual(['a1']);
    expect(claims[0]).toMatchObject({ note: 'checked by the desk' });
    expect(claims[0].links.map((l) => l.segmentId).sort()).toEqual(['s1', 's2', 's3']);
  });

  it("keeps the aligner's id when no existing claim holds half of the proposed segments", () => {
    const doc = newDoc();
    alignIntoDoc(doc, { claims: [{ id: 'a1', label: 'One', position: 0, links: [link('s1')] }] }, AUTO_ALIGN_ORIGIN);
    alignIntoDoc(doc, { claims: [{ id: 'b2', label: 'Two', position: 0, links: [link('s4'), link('s5')] }] }, AUTO_ALIGN_ORIGIN);
    expect(readComparisonDoc(doc).claims.map((c) => c.id)).toEqual(['b2']);
  });
});
