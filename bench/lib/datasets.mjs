/**
 * Loaders for the public development data sets in ../shared/datasets (STS-B headlines, ECB+), kept outside the
 * repository: nothing here is copied into it. Set PARALLAX_DATASETS to read them from elsewhere.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** The data-set folder, or null when it is absent (callers skip with a message). */
export function datasetsDir() {
  const dir = process.env.PARALLAX_DATASETS ?? join(root, '..', 'shared', 'datasets');
  return existsSync(join(dir, 'stsb-headlines-train.tsv')) && existsSync(join(dir, 'ecbplus-train-dev.jsonl')) ? dir : null;
}

/** STS-B headline pairs of one split: { a, b, score } with the gold score in [0, 5]. */
export function loadStsb(dir, split) {
  return readFileSync(join(dir, `stsb-headlines-${split}.tsv`), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => line.split('\t'))
    .map((cols) => ({ score: Number(cols[4]), a: cols[5], b: cols[6] }));
}

/** ECB+ documents of one split ('train' or 'dev'), grouped by topic. */
export function loadEcbTopics(dir, split) {
  const topics = new Map();
  for (const line of readFileSync(join(dir, 'ecbplus-train-dev.jsonl'), 'utf8').split('\n')) {
    if (!line) continue;
    const doc = JSON.parse(line);
    if (doc.split !== split) continue;
    if (!topics.has(doc.topic)) topics.set(doc.topic, []);
    topics.get(doc.topic).push(doc);
  }
  return [...topics.values()];
}

/**
 * The scored sentence pairs of one topic: validated sentences of different documents; same event when their
 * event lists intersect; `lookAlike` when the documents report the topic's other event (the hard negatives).
 */
export function ecbPairs(docs) {
  const sentences = docs.flatMap((doc) =>
    doc.sentences
      .filter((s) => s.validated)
      .map((s) => ({ doc: doc.doc_id, topic: doc.topic, subtopic: doc.subtopic, text: s.text, events: new Set(s.events) })),
  );
  const pairs = [];
  for (let i = 0; i < sentences.length; i++) {
    for (let j = i + 1; j < sentences.length; j++) {
      const [x, y] = [sentences[i], sentences[j]];
      if (x.doc === y.doc) continue;
      const same = [...x.events].some((e) => y.events.has(e));
      pairs.push({ a: x.text, b: y.text, docA: x.doc, docB: y.doc, topic: x.topic, same, lookAlike: x.subtopic !== y.subtopic });
    }
  }
  return pairs;
}
