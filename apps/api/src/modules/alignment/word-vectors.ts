import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { decodeWordVectors, type WordVectors } from '@parallax/align';

let loaded: WordVectors | null | undefined;

/**
 * The GloVe subset that @parallax/align's build writes (data/word-vectors.bin, ~5.6 MB, ~50 ms to decode), read once
 * per process and handed to the aligner, which does no I/O itself. When the file is missing (a trimmed install)
 * alignment still runs, without soft word matching.
 */
export function loadWordVectors(): WordVectors | undefined {
  if (loaded === undefined) {
    try {
      const file = createRequire(import.meta.url).resolve('@parallax/align/data/word-vectors.bin');
      loaded = decodeWordVectors(new Uint8Array(readFileSync(file)));
    } catch {
      loaded = null;
    }
  }
  return loaded ?? undefined;
}
