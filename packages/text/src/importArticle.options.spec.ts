import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { importArticle } from './importArticle.js';

const seed = readFileSync(resolve(process.cwd(), '../../seeds/000_0ce1d7af7e7696a8.txt'), 'utf8');

describe('importArticle options and overrides', () => {
  const first = importArticle({ text: seed });
  const crossLink = first.droppedLines.find((d) => d.text.startsWith('Pakistan, China agree to enhance intelligence sharing'));

  it('reports every dropped line with its input line index and a readable detail', () => {
    const lines = seed.split('\n');
    for (const d of first.droppedLines) {
      expect(lines[d.lineIndex].trim()).toBe(d.text);
      expect(d.detail.length).toBeGreaterThan(5);
    }
    for (const p of first.paragraphs) expect(lines[p.lineIndex].trim()).toBe(first.body.slice(p.start, p.end));
  });

  it('restores a dropped line into the body at its place', () => {
    expect(crossLink).toBeDefined();
    const restored = importArticle({ text: seed }, { restoreLines: [crossLink!.lineIndex] });
    expect(restored.paragraphs).toHaveLength(first.paragraphs.length + 1);
    expect(restored.body).toContain('President Xi to visit Pakistan, emphasising');
    const texts = restored.paragraphs.map((p) => restored.body.slice(p.start, p.end));
    const at = texts.indexOf('Pakistan, China agree to enhance intelligence sharing');
    expect(texts[at + 1]).toMatch(/^Meanwhile, Pakistan Interior Minister Mohsin Naqvi/);
    expect(restored.droppedLines.map((d) => d.lineIndex)).not.toContain(crossLink!.lineIndex);
    expect(restored.contentHash).not.toBe(first.contentHash);
  });

  it('drops a body line the user rejects', () => {
    const dropped = importArticle({ text: seed }, { dropLines: [first.paragraphs[1].lineIndex] });
    expect(dropped.paragraphs).toHaveLength(first.paragraphs.length - 1);
    expect(dropped.body).not.toContain('The development comes as');
    expect(dropped.droppedLines.find((d) => d.lineIndex === first.paragraphs[1].lineIndex)?.reason).toBe('user-dropped');
  });

  it('lets the user state the outlet and the date', () => {
    const given = importArticle({ text: seed, outletName: 'Business Recorder', publishedAt: '2025-02-06' });
    expect(given.outlet).toMatchObject({ name: 'Business Recorder', confidence: 'STATED', reason: 'given by the user' });
    expect(given.publishedAt).toBe('2025-02-06');
    expect(given.publishedAtText).toBe('2025-02-06');
  });

  it('infers the outlet from a URL', () => {
    const a = importArticle({ text: seed.replace('BR Web Desk ', ''), url: 'https://www.brecorder.com/news/40345678' });
    expect(a.outlet).toMatchObject({ name: 'Business Recorder', domain: 'brecorder.com', confidence: 'INFERRED' });
    expect(a.outlet.reason).toMatch(/address brecorder.com/);
  });

  it('hashes the same article the same way when pasted again with different layout', () => {
    const again = importArticle({ text: seed.replace(/\n/g, '\r\n').replace(/\. /g, '.  ') });
    expect(again.contentHash).toBe(first.contentHash);
  });
});
