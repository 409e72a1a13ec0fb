import { extractEntities, matchEntities, sameReferent, type Entity } from './entities.js';
import { tokenize } from './tokenize.js';

const first = (text: string): Entity => extractEntities(tokenize(text))[0]!;

describe('sameReferent: names with their roles set aside', () => {
  it('matches a full name led by country and title with the bare name and its shorter forms', () => {
    const full = first('Kenyan President William Samoei Ruto opened the bridge.');
    expect(sameReferent(full, first('William Samoei Ruto opened the bridge.'))).toBe(true);
    expect(sameReferent(full, first("Kenya's President William Ruto spoke."))).toBe(true);
    expect(sameReferent(full, first('Mr Ruto spoke.'))).toBe(true);
  });

  it('strips a leading word only before a title', () => {
    expect(first('Norwegian Foreign Minister Espen Barth Eide spoke.').bare).toEqual(['espen', 'barth', 'eide']);
    expect(first('The Foreign Ministry said so.').bare).toEqual(['foreign', 'ministry']);
  });

  it('keeps different people and different bodies apart', () => {
    expect(sameReferent(first('Raul Castro spoke.'), first('Mr Fidel Castro spoke.'))).toBe(false);
    expect(sameReferent(first('The Foreign Ministry said so.'), first('The Interior Ministry said so.'))).toBe(false);
    expect(sameReferent(first('Then Pakistan voted.'), first('Then Pakistan Railways ran.'))).toBe(false);
  });

  it('adds no positive match: the name overlap used as evidence for a link stays strict', () => {
    const full = first('Kenyan President William Samoei Ruto opened the bridge.');
    expect(matchEntities(full, first('William Samoei Ruto opened the bridge.'))).toBeNull();
  });
});
