/**
 * A 64-bit FNV-1a style hash as 16 hex characters, from two 32-bit lanes with different offsets. Used for claim
 * ids and for tie-breaking, where it must be stable across runs, platforms and input order.
 */
export function stableHash(text: string): string {
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193 ^ 0x5bd1e995;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193);
    h2 = Math.imul(h2 ^ c, 0x5bd1e995);
    h2 ^= h2 >>> 15;
  }
  return (h1 >>> 0).toString(16).padStart(8, '0') + (h2 >>> 0).toString(16).padStart(8, '0');
}

/** The id of a claim: a hash of its sorted member segment ids, so the same grouping always gets the same id. */
export function claimIdOf(segmentIds: readonly string[]): string {
  return `claim-${stableHash([...segmentIds].sort().join('\n'))}`;
}
