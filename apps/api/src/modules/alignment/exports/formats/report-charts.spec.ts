import type { ComparisonExport } from '../export.types.js';
import { coverageHeatMap } from './report-charts.js';

describe('coverageHeatMap', () => {
  it('colours shared claims by relation and marks a claim one outlet alone makes as "only this outlet"', () => {
    const data = {
      articles: [
        { id: 'a', outlet: 'Harbour Gazette', headline: 'Ports deal signed' },
        { id: 'b', outlet: 'Inland Wire', headline: 'Deal on ports' },
      ],
      coverage: {
        articleIds: ['a', 'b'],
        rows: [
          { claimId: 'k1', label: 'Ports deal', cells: ['VERBATIM', 'PARAPHRASE'] },
          { claimId: 'k2', label: 'Mayor quoted', cells: ['VERBATIM', null] },
        ],
        uniqueClaims: [{ claimId: 'k2', articleId: 'a' }],
        sharedWire: [],
      },
    } as unknown as ComparisonExport;
    const html = coverageHeatMap(data);
    const [shared, single] = html.split('<tr><th scope="row">').slice(1);
    expect(shared).toContain('class="rel-verbatim"');
    expect(shared).toContain('class="rel-paraphrase"');
    expect(single).toContain('class="rel-only-here" title="Harbour Gazette: only this outlet"');
    expect(single).not.toContain('rel-verbatim');
    expect(single).toContain('class="rel-omitted" title="Inland Wire: omitted"');
  });
});
