import { groupByFirstCharacter } from '../domain/sanitizer/pii/alternation';
import { WordKinds, spellings } from '../domain/sanitizer/pii/wordKinds';
import { scanCandidates } from '../domain/sanitizer/pii/prepass';
import { prng } from '../bench/prng';

const LETTER = 'A-Za-zÀ-ÖØ-öø-ɏ';
const AFTER = `(?![${LETTER}])`;

describe('spellings', () => {
  it('spells the finite patterns a cue list uses, lower case', () => {
    expect(spellings('obrigad[oa]')).toEqual(['obrigado', 'obrigada']);
    expect(spellings("i['’]m")).toEqual(["i'm", 'i’m']);
    expect(spellings('Avda\\.?')).toEqual(['avda.', 'avda']);
    expect(spellings('(?:karten)?prüf(?:nummer|code)')).toEqual([
      'kartenprüfnummer',
      'kartenprüfcode',
      'prüfnummer',
      'prüfcode',
    ]);
    expect(spellings('this is')).toEqual(['this is']);
  });

  it('leaves out what it cannot spell: white space classes, look-arounds, repetition', () => {
    expect(spellings('post\\s?code')).toBeUndefined();
    expect(spellings('c(?=/)')).toBeUndefined();
    expect(spellings('\\w*nummer')).toBeUndefined();
    expect(spellings('ab+')).toBeUndefined();
    expect(spellings('[a-z]x')).toBeUndefined();
  });
});

describe('WordKinds', () => {
  // Kinds whose words overlap across kinds, with spelled and unspellable branches, in either case.
  const KINDS = ["post\\s?code|ab|i[’']m", 'postcode|abc|ab|né', 'x|c(?=/)|nee?', "c|é|É|x|[Ii]'m|ß"];
  const PIECES = [
    'post code',
    'postcode',
    'POST\tCODE',
    'ab',
    'ABC',
    'abcd',
    'x',
    'c/',
    'c',
    'é',
    'É',
    'né',
    'NÉ',
    'ne',
    'nee',
  ];
  const FILLERS = [' ', ', ', '/', "I'm", 'I’m', 'ß', 'ẞ', 'q', '1', '\n'];

  it('tells the kind the per-kind alternation captures, at every hit of the merged one', () => {
    const perKind = new RegExp(`(?<![${LETTER}])(?:${KINDS.map((k) => `(${k})`).join('|')})${AFTER}`, 'gi');
    const merged = new RegExp(`(?<![${LETTER}])(?:${groupByFirstCharacter(KINDS.join('|'), true)})${AFTER}`, 'gi');
    const table = new WordKinds(KINDS, AFTER);
    const random = prng(3);
    const pick = (list: string[]): string => list[Math.floor(random() * list.length)];
    let hits = 0;
    for (let n = 0; n < 2000; n++) {
      let text = '';
      for (let k = 0; k < 8; k++) text += (random() < 0.8 ? pick(PIECES) : '') + pick(FILLERS);
      const expected = [...text.matchAll(perKind)].map(
        (m) => `${m.index}:${m[0]}:${m.slice(1).findIndex((g) => g !== undefined)}`,
      );
      const actual = [...text.matchAll(merged)].map((m) => `${m.index}:${m[0]}:${table.kindAt(text, m.index, m[0])}`);
      expect(actual).toEqual(expected);
      hits += actual.length;
    }
    expect(hits).toBeGreaterThan(5000);
  });
});

describe('the pre-pass with the merged cue words', () => {
  it('sorts hits into their kinds', () => {
    const found = scanCandidates('Thanks! My DOB and the CVV, 12 Lindenstraße, policy 12');
    expect(found).toMatchObject({ nameCue: true, birthCue: true, cardCue: true, addressCue: true, accountCue: true });
    expect(scanCandidates('four one five, dot com')).toMatchObject({
      digitWords: true,
      spokenEmail: true,
      nameCue: false,
    });
  });

  it('keeps account cues that start a street word after the street words (the place they had)', () => {
    const rules = { cues: ['weg nummer', 'member'], shapes: ['\\d+'] };
    // "weg" ends the compound street word first; without the order kept the account cue would take it.
    expect(scanCandidates('weg nummer 12', rules)).toMatchObject({ addressCue: true, accountCue: false });
    expect(scanCandidates('member 12', rules)).toMatchObject({ addressCue: false, accountCue: true });
  });
});
