import { importArticle } from '../importArticle.js';
import { parseBylineLine } from './byline.js';

const words = (t: string): number => t.split(/\s+/).length;
const bylineOf = (line: string): string | null => parseBylineLine(line, words(line))?.byline ?? null;

describe('rules drawn from the blind9 pages, each with the near misses that must not change', () => {
  it('a paper or agency in brackets after the writer\'s name (Chinese party paper: "By Liu Xin (People\'s Daily) 08:43, February 06, 2025")', () => {
    expect(bylineOf("By Liu Xin (People's Daily) 08:43, February 06, 2025")).toBe('Liu Xin');
    expect(bylineOf('By Zhang Hui (Global Times)')).toBe('Zhang Hui');
    expect(parseBylineLine("By Liu Xin (People's Daily) 08:43, February 06, 2025", 8)?.date?.iso.slice(0, 10)).toBe('2025-02-06');
    // An agency in brackets is kept in the credit, so it becomes the wire credit.
    const wired = importArticle({
      text: 'Pakistan and China sign new deals\nBy Jane Doe (AP)\nISLAMABAD — Pakistan and China signed 12 agreements on Wednesday during a visit by the president.\nThe deals cover trade, health and space.',
    });
    expect([wired.byline, wired.wireCredit]).toEqual(['Jane Doe', 'AP']);
    // Near misses: plain bylines, a desk, and text that only mentions brackets stay as before.
    expect(bylineOf('By Liu Xin')).toBe('Liu Xin');
    expect(bylineOf('By Ayaz Gul | Published February 5, 2025')).toBe('Ayaz Gul');
    expect(bylineOf('Recorder Report')).toBe('Recorder Report');
    expect(bylineOf('By (a) the ministry and (b) the embassy.')).toBeNull();
  });
});
