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
 * Usage: npm run build -w @parallax/align && node [--expose-gc] bench/align.mjs [sizes, e.g. 10,50,200,500]
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
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.txt')).sort()) {
    for (const line of readFileSync(join(dir, file), 'utf8').split('\n')) {
      if (line.split(' ').length < 12) continue;
      for (const s of line.match(/[^.!?]+[.!?]+["”’]?/g) ?? []) if (s.trim().split(' ').length >= 8) out.push(s.trim());
    }
  }
  return out;
}

// ---------- variants ----------
const SWAPS = {
  firm: 'unwavering', agreed: 'pledged', strengthen: 'bolster', cooperation: 'collaboration', reiterated: 'reaffirmed',
  support: 'backing', said: 'stated', important: 'vital', enhance: 'boost', expand: 'broaden', discussed: 'reviewed',
  condemned: 'denounced', attacks: 'assaults', visit: 'trip', ensure: 'guarantee', development: 'progress',
  relations: 'ties', countries: 'nations', meeting: 'talks', Beijing: 'China', Islamabad: 'Pakistan',
};
const DROPPABLE = new Set(['also', 'further', 'strongly', 'firmly', 'recent', 'key', 'especially', 'continued', 'both', 'multiple', 'deeply']);

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
  const head = words.slice(0, cut + 1).join(' ').replace(/[,]$/, '.').replace(/ and\.$/, '.');
  const tail = words.slice(cut + 1).join(' ');
  return [head, `They also said ${tail[0].toLowerCase()}${tail.slice(1)}`];
}

const merge = (a, b) => `${a.replace(/[.!?]+["”’]?$/, '')}, and ${b[0].toLowerCase()}${b.slice(1)}`;

const FILLER_WORDS = `market rain school traffic festival cricket price bridge hospital farmers river election court budget
  station power water road university museum film concert police tourism fuel wheat cotton harbour storm teachers
  council mayor football bank loan export import factory workers strike protest heat flood village garden library
  train airport bus flight hotel restaurant season record crowd team coach player league final match score`.split(/\s+/);
const FILLER_VERBS = ['reopened', 'delayed', 'announced', 'reported', 'expanded', 'cancelled', 'welcomed', 'criticised', 'approved', 'postponed'];

function filler(random, id) {
  const w = () => pick(random, FILLER_WORDS);
  const unique = `Zx${id.toString(36)}`;
  return `The ${w()} ${w()} in ${unique} ${pick(random, FILLER_VERBS)} the ${w()} ${w()} after ${Math.floor(random() * 90) + 2} ${w()}s on ${pick(random, ['Monday', 'Friday', 'Sunday'])}.`;
}

/** One article: about 40 claims from the pool in roughly pool order, varied, plus filler up to 60 sentences. */
function makeArticle(random, pool, index) {
  const chosen = pool.filter(() => random() < 40 / pool.length);
  const order = chosen.map((s, i) => ({ s, key: i + (random() < 0.3 ? (random() - 0.5) * 12 : 0) })).sort((a, b) => a.key - b.key);
  const texts = [];
  for (let i = 0; i < order.length; i++) {
    const roll = random();
    const text = roll < 0.35 ? order[i].s : paraphrase(random, order[i].s);
    if (roll > 0.9 && i + 1 < order.length) texts.push(merge(text, order[++i].s));
    else if (roll > 0.8) texts.push(...split(text));
    else texts.push(text);
  }
  while (texts.length < SENTENCES_PER_ARTICLE) texts.splice(Math.floor(random() * (texts.length + 1)), 0, filler(random, index * 1000 + texts.length));
  const id = `art-${String(index).padStart(4, '0')}`;
  return { id, outletName: `Outlet ${index}`, kind: 'NEWS', segments: texts.map((text, i) => ({ id: `${id}:${i}`, articleId: id, index: i, text })) };
}

/** Builds a comparison of `n` generated articles; deterministic for a given `n`. */
export function makeComparison(n) {
  const random = rng(20250205 + n);
  const pool = seedSentences();
  return Array.from({ length: n }, (_, i) => makeArticle(random, pool, i));
}

// ---------- measurement ----------
const mb = (bytes) => Math.round(bytes / 1048576);

async function child(n) {
  const { alignArticles, coverage } = await import('../packages/align/dist/index.js');
  const articles = makeComparison(n);
  globalThis.gc?.();
  const before = process.memoryUsage();
  const t0 = performance.now();
  const result = alignArticles(articles);
  const alignMs = performance.now() - t0;
  const afterAlign = process.memoryUsage();
  const t1 = performance.now();
  const cov = coverage({ articles, claims: result.claims });
  const coverageMs = performance.now() - t1;
  const after = process.memoryUsage();
  const sentences = articles.reduce((s, a) => s + a.segments.length, 0);
  const multi = result.claims.filter((c) => new Set(c.links.map((l) => l.articleId)).size > 1).length;
  console.log(
    JSON.stringify({
      n,
      sentences,
      alignMs,
      coverageMs,
      claims: result.claims.length,
      multiOutletClaims: multi,
      unaligned: result.unaligned.length,
      sharedWirePairs: cov.sharedWire.length,
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
  const sizes = (process.argv[2] ?? '10,50,200,500').split(',').map(Number);
  const rows = sizes.map((n) => {
    const out = execFileSync(process.execPath, [...process.execArgv, fileURLToPath(import.meta.url), '--child', String(n)], {
      encoding: 'utf8',
      maxBuffer: 1 << 20,
    });
    return JSON.parse(out.trim().split('\n').pop());
  });
  console.log('| articles | sentences | align (ms) | coverage (ms) | claims | multi-outlet claims | unaligned | shared-wire pairs | heap Δ (MB) | peak RSS (MB) |');
  console.log('|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
  for (const r of rows) {
    console.log(
      `| ${r.n} | ${r.sentences} | ${r.alignMs.toFixed(0)} | ${r.coverageMs.toFixed(0)} | ${r.claims} | ${r.multiOutletClaims} | ${r.unaligned} | ${r.sharedWirePairs} | ${r.heapUsedMb} | ${r.peakRssMb} |`,
    );
  }
  if (rows.length > 1) console.log(`\nGrowth exponent (log-log fit of align time against sentences): ${slope(rows).toFixed(2)}${globalThis.gc ? '' : ' — run with --expose-gc for cleaner heap figures'}`);
}

const direct = process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1];
if (direct && process.argv[2] === '--child') await child(Number(process.argv[3]));
else if (direct) main();
