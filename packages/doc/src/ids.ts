/**
 * Returns a random UUID v4. `crypto.randomUUID` only exists in secure browser contexts, so this falls back
 * to `crypto.getRandomValues`, which exists everywhere this package runs (Node 20 and browsers).
 */
export function newId(): string {
  const c = globalThis.crypto;
  if (typeof c.randomUUID === 'function') return c.randomUUID();
  const b = c.getRandomValues(new Uint8Array(16));
  b[6] = (b[6]! & 0x0f) | 0x40;
  b[8] = (b[8]! & 0x3f) | 0x80;
  const hex = Array.from(b, (x) => x.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** Returns the current time as an ISO 8601 string, the format of every timestamp in the doc. */
export function nowIso(): string {
  return new Date().toISOString();
}
