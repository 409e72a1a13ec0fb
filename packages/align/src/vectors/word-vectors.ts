/**
 * Static word vectors for soft word matching (GloVe 6B 100-d, a 50k-word int8 subset built by
 * scripts/build-word-vectors.mjs into data/word-vectors.bin). This module only decodes bytes: the app reads the
 * file (Node fs in the API) and hands the bytes in, so the package does no I/O and still runs in a browser.
 */
export interface WordVectors {
  readonly dim: number;
  readonly size: number;
  /** The row of a lower-case word, or -1 when the subset lacks it. */
  indexOf(word: string): number;
  /** Cosine of two rows (vectors are stored unit length, so this is a dot product). */
  cosine(i: number, j: number): number;
}

const MAGIC = 'PXWV';
const HEADER_BYTES = 20;

/**
 * Decodes the binary subset: "PXWV", version, word count, dimensions, byte length of the newline-separated
 * UTF-8 word list, the list (padded to 4 bytes), one float32 scale per word, then int8 components per word.
 */
export function decodeWordVectors(bytes: Uint8Array): WordVectors {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const magic = String.fromCharCode(bytes[0]!, bytes[1]!, bytes[2]!, bytes[3]!);
  if (magic !== MAGIC || view.getUint32(4, true) !== 1) throw new Error('not a Parallax word-vector file (PXWV v1)');
  const size = view.getUint32(8, true);
  const dim = view.getUint32(12, true);
  const wordBytes = view.getUint32(16, true);
  const words = new TextDecoder().decode(bytes.subarray(HEADER_BYTES, HEADER_BYTES + wordBytes)).split('\n');
  const scalesAt = HEADER_BYTES + Math.ceil(wordBytes / 4) * 4;
  const dataAt = scalesAt + size * 4;
  const data = new Float32Array(size * dim);
  for (let i = 0; i < size; i++) {
    const scale = view.getFloat32(scalesAt + i * 4, true);
    for (let d = 0; d < dim; d++) data[i * dim + d] = view.getInt8(dataAt + i * dim + d) * scale;
  }
  return makeVectors(words, data, dim);
}

function makeVectors(words: string[], data: Float32Array, dim: number): WordVectors {
  const rows = new Map(words.map((w, i) => [w, i]));
  return {
    dim,
    size: words.length,
    indexOf: (word) => rows.get(word) ?? -1,
    cosine(i, j) {
      let dot = 0;
      const a = i * dim;
      const b = j * dim;
      for (let d = 0; d < dim; d++) dot += data[a + d]! * data[b + d]!;
      return dot;
    },
  };
}
