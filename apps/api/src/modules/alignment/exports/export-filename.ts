/**
 * The download name of an export: the title as a slug cut at a word boundary (never mid-word or
 * mid-date), then the export day, then the format: `joint-statement-2025-02-03.coverage.csv`.
 */
export function exportFilename(title: string, format: string, now = new Date()): string {
  const words = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  let slug = '';
  for (const w of words) {
    const next = slug ? `${slug}-${w}` : w;
    if (next.length > 60) break;
    slug = next;
  }
  return `${slug || 'comparison'}-${now.toISOString().slice(0, 10)}.${format}`;
}
