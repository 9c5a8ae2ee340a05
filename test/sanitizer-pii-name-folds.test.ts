/**
 * Letters Unicode does not decompose ("ł", "ı", "ø", "đ") folded to their base letter (names.ts foldName), and the
 * Italian, Dutch and French ordinary words past the frequent lists (scripts/generate-name-lexicon.ts).
 */
import { compileKnownNames, detectPii, type DetectOptions } from '../domain/sanitizer/pii';
import { foldName } from '../domain/sanitizer/pii/names';

const found = (text: string, options: DetectOptions = {}): string[] =>
  detectPii(text, options).map((s) => `${s.type}:${text.slice(s.start, s.end)}`);

describe('foldName', () => {
  it.each([
    ['Michał', 'michal'],
    ['PAWEŁ', 'pawel'],
    ['Yılmaz', 'yilmaz'],
    ['Søren', 'soren'],
    ['Đorđe', 'dorde'],
    ['Seán', 'sean'],
  ])('folds %j to %j', (name, folded) => expect(foldName(name)).toBe(folded));

  it('keeps a word its length: "ß", "æ", "œ", "þ" stay', () => expect(foldName('Straße Ærø')).toBe('straße æro'));
});

describe('names with "ł", "ı", "ø" the lexicon now reads', () => {
  it.each([
    ['customer: Paweł said the engineer would come on Friday', 'Paweł'],
    ['klant: ik ben Søren en ik bel over mijn factuur', 'Søren'],
  ])('a name the lists now hold: %j', (text, name) => expect(found(text)).toEqual([`PERSON:${name}`]));

  it('takes no ordinary word with a dotless "ı" for a name: "Bugün ısınma yok"', () =>
    expect(found('Bugün ısınma yok')).toEqual([]));

  it('still finds a participant written with "ł" in the turn, with or without it', () => {
    const knownNames = compileKnownNames([{ role: 'customer', name: 'Michał Wójcik' }]);
    expect(found('tu Michał, a to Michal i MICHAŁ', { knownNames })).toEqual([
      'PERSON:Michał',
      'PERSON:Michal',
      'PERSON:MICHAŁ',
    ]);
  });
});

describe('Italian, Dutch and French ordinary words after a given name', () => {
  it.each([
    ['Marco Venturi called about the order', 'Marco Venturi'],
    ['ik sprak met Wouter van der Berg', 'Wouter van der Berg'],
  ])('a surname or given name that is a word too stays a name: %j', (text, name) =>
    expect(found(text)).toEqual([`PERSON:${name}`]),
  );

  it.each([
    'Chiara Bolletta non pagata',
    'Daan Factuur nog niet betaald',
    'Luca Abbonamento scaduto',
    'Giulia Rimborso richiesto',
    'Marco Disdetta inviata',
  ])('no name in %j', (text) => expect(found(text)).toEqual([]));

  // faker's French given names are an old saints' calendar: "Aimable", "Fidele" were names to the lexicon.
  it.each(["c'est moi aimable", 'Paul Fidele est venu'])("a saints' calendar name that is a French word: %j", (text) =>
    expect(found(text)).toEqual([]),
  );
});
