import { importArticle } from '../importArticle.js';
import { parseBylineLine } from './byline.js';
import { creditLine } from './wire.js';

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

  it('an agency named straight after the writer, with no "with" or bar (US agency copy on a network site: "By MUNIR AHMED Associated Press")', () => {
    const page = (byline: string) =>
      importArticle({
        text: `Pakistan and China agree to boost security for workers\n${byline}\nISLAMABAD — Pakistan and China agreed Monday to boost security for thousands of Chinese workers in Pakistan.\nBeijing has invested more than $60 billion in the corridor.`,
      });
    const got = (byline: string) => {
      const a = page(byline);
      return [a.byline, a.wireCredit];
    };
    expect(got('By MUNIR AHMED Associated Press')).toEqual(['Munir Ahmed', 'Associated Press']);
    expect(got('By Ayaz Gul Associated Press')).toEqual(['Ayaz Gul', 'Associated Press']);
    expect(got('By SAIMA SHABBIR Reuters')).toEqual(['Saima Shabbir', 'Reuters']);
    // Near misses: a one-word agency after a name in ordinary case could be a surname and is not split; a
    // name alone, two writers in capitals and the agency alone stay as before.
    expect(parseBylineLine('By Zahid Gishkori Online', 4)?.byline).toBe('Zahid Gishkori Online');
    expect(got('By Munir Ahmed')).toEqual(['Munir Ahmed', null]);
    expect(got('By MUNIR AHMED and MATTHEW LEE')[0]).toBe('Munir Ahmed and Matthew Lee');
    expect(got('By The Associated Press')[1]).toBe('Associated Press');
  });

  it('"With additional input from" and a dash before a credit line (Pakistani TV site: "— With additional input from APP")', () => {
    expect(creditLine('— With additional input from APP')).toBe('APP');
    expect(creditLine('With additional reporting by Reuters')).toBe('Reuters');
    expect(creditLine('(With additional inputs from PTI)')).toBe('PTI');
    expect(creditLine('— Reuters')).toBe('Reuters');
    // Near misses: input from a person or body that is no agency, and prose.
    expect(creditLine('— With additional input from our correspondent in Lahore')).toBeNull();
    expect(creditLine('With additional input from the ministry, the plan was revised.')).toBeNull();
    expect(creditLine('— Dar said the talks were productive')).toBeNull();
  });
});
