import { outletByBrand } from './outlets.js';
import { isAgency } from './wire.js';

// Words that make a short title-case line a section, a place or a label rather than a person's name.
const NOT_NAME_WORDS = new Set(
  (
    'news latest world business sports sport opinion national international politics economy markets asia pacific europe ' +
    'africa america americas middle east west north south central region regional local city top stories story breaking ' +
    'live video videos photos gallery editorial editorials analysis features feature lifestyle culture science health ' +
    'technology tech entertainment weather home page more related trending popular desk staff web report reporter ' +
    'correspondent bureau agency agencies press office ministry government department foreign affairs affair relations ' +
    'china chinese pakistan pakistani india indian afghanistan iran iraq turkey russia ukraine japan korea taiwan ' +
    'united states kingdom britain france germany italy spain saudi arabia emirates qatar israel palestine gaza egypt ' +
    'islamabad beijing karachi lahore delhi mumbai kabul tehran moscow london washington paris berlin brussels ' +
    'council commission parliament secretariat embassy union cabinet presidency cpec belt road initiative kashmir xinjiang tibet hong kong sea play audio listen watch share print save follow'
  ).split(' '),
);

/**
 * True when a short title-case line reads as a person's name, not a section, place or brand. A line with
 * an agency's or outlet's name as one of its words is a brand or edition line ("ANSA English", "Xinhua
 * Urdu"), not a person.
 */
export function isPersonName(text: string): boolean {
  if (outletByBrand(text) !== undefined) return false;
  const words = text.split(/\s+/);
  if (words.some((w) => /^\p{Lu}{2,}$/u.test(w) && (isAgency(w) || outletByBrand(w) !== undefined))) return false;
  return words.every((w) => !NOT_NAME_WORDS.has(w.toLowerCase().replace(/[^\p{L}]/gu, '')));
}
