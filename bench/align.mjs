#!/usr/bin/env node
/**
 * Alignment benchmark. Generates realistic comparisons from the seed sentences (reordered, split, merged, lightly
 * paraphrased by synonym swaps and word drops, plus filler sentences only one outlet has), runs alignArticles and
 * coverage for 10, 50, 200 and 500 articles of about 60 sentences, and prints a markdown table with time, peak
 * memory and the growth exponent (slope of a log-log fit of time against sentence count).
 *
 * Each size runs in its own child process so that peak RSS (process.resourceUsage().maxRSS) belongs to that size
 * alone; the child also samples process.memoryUsage() around each phase, and calls gc() first when node runs with
 * --expose-gc (the flag is passed on to the children).
 *
 * Each child first aligns a small comparison to warm the JIT (that time is printed apart), so the table shows the
 * steady state of a long-running server. Quality columns compare claims with the generator's truth (see quality).
 *
 * The children align with the word-vector subset, as the API does (timed after it is loaded, as in a running server);
 * --no-vectors aligns without, as the browser does.
 *
 * Usage: npm run build -w @parallax/align && node [--expose-gc] bench/align.mjs [sizes, e.g. 10,50,200,500] [--no-vectors]
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const SENTENCES_PER_ARTICLE = 60;

// ---------- deterministic randomness ----------
function rng(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const pick = (random, items) => items[Math.floor(random() * items.length)];

// ---------- seed sentences ----------
/** Body sentences of the seed articles: lines long enough to be prose, split on sentence ends. */
function seedSentences() {
  const dir = join(here, '..', 'seeds');
  const out = [];
  for (const file of readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()) {
    for (const line of readFileSync(join(dir, file), 'utf8').split('\n')) {
      if (line.split(' ').length < 12) continue;
      for (const s of line.match(/[^.!?]+[.!?]+["”’]?/g) ?? []) if (s.trim().split(' ').length >= 8) out.push(s.trim());
    }
  }
  return out;
}

// ---------- variants ----------
const SWAPS = {
  firm: 'unwavering',
  agreed: 'pledged',
  strengthen: 'bolster',
  cooperation: 'collaboration',
  reiterated: 'reaffirmed',
  support: 'backing',
  said: 'stated',
  important: 'vital',
  enhance: 'boost',
  expand: 'broaden',
  discussed: 'reviewed',
  condemned: 'denounced',
  attacks: 'assaults',
  visit: 'trip',
  ensure: 'guarantee',
  development: 'progress',
  relations: 'ties',
  countries: 'nations',
  meeting: 'talks',
  Beijing: 'China',
  Islamabad: 'Pakistan',
};
const DROPPABLE = new Set([
  'also',
  'further',
  'strongly',
  'firmly',
  'recent',
  'key',
  'especially',
  'continued',
  'both',
  'multiple',
  'deeply',
]);

function paraphrase(random, text) {
  return text
    .split(' ')
    .filter((w) => !(DROPPABLE.has(w.toLowerCase()) && random() < 0.7))
    .map((w) => {
      const bare = w.replace(/[^\p{L}]/gu, '');
      return SWAPS[bare] && random() < 0.6 ? w.replace(bare, SWAPS[bare]) : w;
    })
    .join(' ');
}

function split(text) {
  const words = text.split(' ');
  const cut = words.findIndex((w, i) => i > words.length / 3 && (w.endsWith(',') || w === 'and'));
  if (cut < 0) return [text];
  const head = words
    .slice(0, cut + 1)
    .join(' ')
    .replace(/[,]$/, '.')
    .replace(/ and\.$/, '.');
  const tail = words.slice(cut + 1).join(' ');
  return [head, `They also said ${tail[0].toLowerCase()}${tail.slice(1)}`];
}

const merge = (a, b) => `${a.replace(/[.!?]+["”’]?$/, '')}, and ${b[0].toLowerCase()}${b.slice(1)}`;

// Filler draws on common words plus a large invented vocabulary, as real one-outlet sentences share the first
// but rarely the second.
const FILLER_COMMON = `market rain school traffic festival cricket price bridge hospital farmers river election court budget
  station power water road university museum film concert police tourism fuel wheat cotton harbour storm teachers`.split(/\s+/);
const SYLLABLES = ['ka', 'ro', 'mi', 'tu', 'sel', 'van', 'dor', 'pi', 'lek', 'sa', 'nor', 'qui', 'bex', 'tal', 'us', 'fen'];
const FILLER_RARE = Array.from(
  { length: 900 },
  (_, i) => SYLLABLES[i % 16] + SYLLABLES[Math.floor(i / 16) % 16] + SYLLABLES[Math.floor(i / 256) % 16],
);
const FILLER_VERBS = [
  'reopened',
  'delayed',
  'announced',
  'reported',
  'expanded',
  'cancelled',
  'welcomed',
  'criticised',
  'approved',
  'postponed',
];

function filler(random) {
  const common = () => pick(random, FILLER_COMMON);
  const rare = () => pick(random, FILLER_RARE);
  return `The ${common()} ${rare()} in ${rare()[0].toUpperCase()}${rare().slice(1)} ${pick(random, FILLER_VERBS)} the ${rare()} ${common()} after ${Math.floor(random() * 90) + 2} ${rare()}s on ${pick(random, ['Monday', 'Friday', 'Sunday'])}.`;
}

/** About 40 claims from the pool in roughly pool order, each verbatim, paraphrased, split or merged with the next. */
function reportClaims(random, pool) {
  const chosen = pool.map((s, src) => ({ s, src })).filter(() => random() < 40 / pool.length);
  const order = chosen.map((c, i) => ({ ...c, key: i + (random() < 0.3 ? (random() - 0.5) * 12 : 0) })).sort((a, b) => a.key - b.key);
  const out = [];
  for (let i = 0; i < order.length; i++) {
    const roll = random();
    const { s, src } = order[i];
    const text = roll < 0.35 ? s : paraphrase(random, s);
    if (roll > 0.9 && i + 1 < order.length) {
      const next = order[++i];
      out.push({ text: merge(text, next.s), src: [src, next.src] });
    } else if (roll > 0.8) out.push(...split(text).map((t) => ({ text: t, src: [src] })));
    else out.push({ text, src: [src] });
  }
  return out;
}

/**
 * One article: its own report of the claims or, for about a quarter of outlets, a copy of one of three wire
 * stories (nearly all sentences verbatim, a few dropped), then filler up to 60 sentences.
 */
function makeArticle(random, pool, wires, index) {
  const body = random() < 0.25 ? pick(random, wires).filter(() => random() < 0.9) : reportClaims(random, pool);
  const texts = [...body];
  while (texts.length < SENTENCES_PER_ARTICLE)
    texts.splice(Math.floor(random() * (texts.length + 1)), 0, { text: filler(random), src: [] });
  const id = `art-${String(index).padStart(4, '0')}`;
  const segments = texts.map(({ text }, i) => ({ id: `${id}:${i}`, articleId: id, index: i, text }));
  return { article: { id, outletName: `Outlet ${index}`, kind: 'NEWS', segments }, sources: texts.map((t) => t.src) };
}

/** Builds a comparison of `n` generated articles, with each segment's source sentences; deterministic for `n`. */
export function makeComparison(n) {
  const random = rng(20250205 + n);
  const pool = seedSentences();
  const wires = [0, 1, 2].map(() => reportClaims(random, pool));
  const made = Array.from({ length: n }, (_, i) => makeArticle(random, pool, wires, i));
  const sources = new Map(made.flatMap((m) => m.article.segments.map((seg, i) => [seg.id, m.sources[i]])));
  return { articles: made.map((m) => m.article), sources };
}

/**
 * Scores claims against the generator's truth. Recall: the share of reported sentences placed in a claim with
 * another outlet's sentence from the same source. False links: the share of filler sentences (one outlet only)
 * placed in a claim with another outlet. Seed sentences that make the same claim in different seed articles
 * count as different sources, so recall is a lower bound.
 */
function quality(claims, sources) {
  const claimsOf = new Map();
  for (const claim of claims)
    for (const l of claim.links) (claimsOf.get(l.segmentId) ?? claimsOf.set(l.segmentId, []).get(l.segmentId)).push(claim);
  let reported = 0;
  let found = 0;
  let filler = 0;
  let falseLinks = 0;
  for (const [segmentId, src] of sources) {
    const article = segmentId.split(':')[0];
    const others = (claimsOf.get(segmentId) ?? []).flatMap((c) => c.links).filter((l) => l.articleId !== article);
    if (!src.length) {
      filler++;
      if (others.length) falseLinks++;
      continue;
    }
    reported++;
    if (others.some((l) => sources.get(l.segmentId).some((s) => src.includes(s)))) found++;
  }
  return { recall: found / Math.max(1, reported), falseLinks: falseLinks / Math.max(1, filler) };
}

// ---------- measurement ----------
const mb = (bytes) => Math.round(bytes / 1048576);

async function child(n, useVectors) {
  const { alignArticles, coverage, decodeWordVectors } = await import('../packages/align/dist/index.js');
  // The API aligns with the word-vector subset loaded once at start-up (a server's steady state), so the bench does too.
  const wordVectors = useVectors
    ? decodeWordVectors(new Uint8Array(readFileSync(join(here, '..', 'packages', 'align', 'data', 'word-vectors.bin'))))
    : undefined;
  // A small run first, so the figures are the steady state of a server rather than the JIT's first compile.
  const warmStart = performance.now();
  alignArticles(makeComparison(20).articles, { wordVectors });
  const warmupMs = performance.now() - warmStart;
  const { articles, sources } = makeComparison(n);
  globalThis.gc?.();
  const before = process.memoryUsage();
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  const result = alignArticles(articles, { wordVectors });
  const alignMs = performance.now() - t0;
  const cpu = process.cpuUsage(cpu0);
  const afterAlign = process.memoryUsage();
  const t1 = performance.now();
  const cov = coverage({ articles, claims: result.claims });
  const coverageMs = performance.now() - t1;
  const after = process.memoryUsage();
  const sentences = articles.reduce((s, a) => s + a.segments.length, 0);
  const multi = result.claims.filter((c) => new Set(c.links.map((l) => l.articleId)).size > 1).length;
  const q = quality(result.claims, sources);
  console.log(
    JSON.stringify({
      n,
      sentences,
      alignMs,
      alignCpuMs: (cpu.user + cpu.system) / 1000,
      warmupMs,
      coverageMs,
      claims: result.claims.length,
      multiOutletClaims: multi,
      unaligned: result.unaligned.length,
      sharedWirePairs: cov.sharedWire.length,
      recall: q.recall,
      falseLinks: q.falseLinks,
      heapUsedMb: mb(Math.max(afterAlign.heapUsed, after.heapUsed) - before.heapUsed),
      rssMb: mb(Math.max(afterAlign.rss, after.rss)),
      peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
    }),
  );
}

function slope(points) {
  const xs = points.map((p) => Math.log(p.sentences));
  const ys = points.map((p) => Math.log(p.alignMs));
  const mx = xs.reduce((a, b) => a + b) / xs.length;
  const my = ys.reduce((a, b) => a + b) / ys.length;
  const num = xs.reduce((s, x, i) => s + (x - mx) * (ys[i] - my), 0);
  const den = xs.reduce((s, x) => s + (x - mx) ** 2, 0);
  return num / den;
}

function main() {
  const sizes = (process.argv.slice(2).find((a) => !a.startsWith('--')) ?? '10,50,200,500').split(',').map(Number);
  const vectors = process.argv.includes('--no-vectors') ? 'off' : 'on';
  console.log(`Word vectors ${vectors} (the API aligns with them; --no-vectors to align as the browser does).`);
  const rows = sizes.map((n) => {
    const out = execFileSync(process.execPath, [...process.execArgv, fileURLToPath(import.meta.url), '--child', String(n), vectors], {
      encoding: 'utf8',
      maxBuffer: 1 << 20,
    });
    return JSON.parse(out.trim().split('\n').pop());
  });
  console.log(
    '| articles | sentences | align (ms) | align CPU (ms) | coverage (ms) | claims | multi-outlet claims | unaligned | shared-wire pairs | recall | filler falsely linked | heap Δ (MB) | peak RSS (MB) |',
  );
  console.log('|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
  for (const r of rows) {
    console.log(
      `| ${r.n} | ${r.sentences} | ${r.alignMs.toFixed(0)} | ${r.alignCpuMs.toFixed(0)} | ${r.coverageMs.toFixed(0)} | ${r.claims} | ${r.multiOutletClaims} | ${r.unaligned} | ${r.sharedWirePairs} | ${r.recall.toFixed(3)} | ${r.falseLinks.toFixed(3)} | ${r.heapUsedMb} | ${r.peakRssMb} |`,
    );
  }
  console.log(
    `\nWarm-up (20 articles, first call in a fresh process, timed apart): ${rows.map((r) => r.warmupMs.toFixed(0)).join(', ')} ms.`,
  );
  console.log('CPU time counts all threads (GC, JIT), so it can exceed wall time; on a busy machine wall time exceeds it.');
  // Threads across events (packages/align threads): suggestion time for 20 comparisons × 50 articles, in its own process.
  const threads = execFileSync(process.execPath, [join(here, 'threads.mjs'), '20', '50'], { encoding: 'utf8', maxBuffer: 1 << 20 });
  if (rows.length > 1)
    console.log(
      `Growth exponent (log-log fit of align time against sentences): ${slope(rows).toFixed(2)}${globalThis.gc ? '' : ' — run with --expose-gc for cleaner heap figures'}`,
    );
  process.stdout.write(threads);
}

const direct = process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1];
if (direct && process.argv[2] === '--child') await child(Number(process.argv[3]), process.argv[4] === 'on');
else if (direct) main();
