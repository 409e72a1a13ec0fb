/**
 * The sample articles against the careful reading in packages/align/src/__fixtures__/seed-claims.ts (loaded
 * through tsx, since fixtures are not built): cross-outlet link P/R/F1 and shared claims found, per comparison.
 */
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { tsImport } from 'tsx/esm/api';

const fixtures = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'packages', 'align', 'src', '__fixtures__');

export async function sampleArticles(align, vectors) {
  const seeds = await tsImport(pathToFileURL(join(fixtures, 'seed-sentences.ts')).href, import.meta.url);
  const gold = await tsImport(pathToFileURL(join(fixtures, 'seed-claims.ts')).href, import.meta.url);
  let [found, total] = [0, 0];
  for (const [name, ids, claims] of [
    ['2025 state visit', seeds.VISIT_2025, gold.VISIT_2025_CLAIMS],
    ['2026 dialogue', seeds.DIALOGUE_2026, gold.DIALOGUE_2026_CLAIMS],
  ]) {
    const result = align.alignArticles(seeds.seedArticles(ids), { wordVectors: vectors });
    const r = gold.scoreAgainstReading(result, claims);
    const shared = result.claims.filter((c) => new Set(c.links.map((l) => l.articleId)).size >= 2).length;
    found += r.found;
    total += claims.length;
    console.log(
      `samples, ${name}: links P ${r.precision.toFixed(2)} R ${r.recall.toFixed(2)} F1 ${r.f1.toFixed(2)}; shared claims found ${r.found}/${claims.length}` +
        `; ${result.claims.length} claims (${shared} shared)${r.missed.length ? `; missed: ${r.missed.join(', ')}` : ''}`,
    );
  }
  console.log(`samples, all: shared claims found ${found}/${total}`);
}
