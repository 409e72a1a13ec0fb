import { exportFilename } from './export-filename.js';

const day = new Date('2026-12-01T23:00:00Z');

describe('exportFilename', () => {
  it('is the title slug, the export day and the format', () => {
    expect(exportFilename('Joint statement of 3 Feb', 'csv', day)).toBe('joint-statement-of-3-feb-2026-12-01.csv');
    expect(exportFilename('Joint statement', 'coverage.csv', day)).toBe('joint-statement-2026-12-01.coverage.csv');
  });

  it('cuts long titles at a word boundary, never inside a word or a date', () => {
    const name = exportFilename('China–EU summit joint press statement on trade, climate and the 2025-02-03 corridor agreement', 'md', day);
    expect(name).toBe('china-eu-summit-joint-press-statement-on-trade-climate-and-2026-12-01.md');
    expect(name.length).toBeLessThan(80);
  });

  it('keeps accented letters readable and falls back for empty titles', () => {
    expect(exportFilename('Déclaration commune', 'json', day)).toBe('declaration-commune-2026-12-01.json');
    expect(exportFilename('!!!', 'json', day)).toBe('comparison-2026-12-01.json');
  });
});
