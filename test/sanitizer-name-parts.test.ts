import {
  exactAtoms,
  firstCharacters,
  lowerCaseOf,
  matchAtoms,
  mayStart,
  variantAtoms,
} from '../domain/sanitizer/pii/nameParts';
import { prng } from '../bench/prng';

const PARTS = [
  'jordan',
  'miller',
  'alex',
  'rivera',
  'phoebe',
  'chloe',
  "o'neil",
  'anne-marie',
  'seán',
  'ckay',
  'yy',
  'th',
  'jo',
];
const PIECES = [
  'Jordan',
  'JORDAN',
  'Àlex',
  'ÁLEX',
  'Ñoño',
  'Élodie',
  'Jordans',
  'jordan',
  'Miller',
  'Millar',
  'Alex',
  'Rivera',
  'Febe',
  'Phoebe',
  'Klowie',
  'Chloe',
  "O'Neil",
  'ONeil',
  'Anne Marie',
  'Anne-Marie',
  'Sean',
  'Seán',
  'SEÁN',
  'Kay',
  'ckay',
  'Yy',
  'Th',
  'T',
  'Jo',
  'John',
  'İ',
  'ẞ',
  'ſ',
];
const SEPARATORS = [' ', ', ', '-', "'s ", '\n', '', '.', ' s'];

describe('first characters of name parts', () => {
  it('is undefined only for atoms that can match without reading a character', () => {
    for (const part of PARTS) expect(firstCharacters(variantAtoms(part))).toBeDefined();
    expect(firstCharacters([])).toBeUndefined();
    expect(firstCharacters([[['a'], []]])).toBeUndefined();
  });

  it('never rules out a part where the part matcher would find it', () => {
    const random = prng(5);
    const pick = (list: string[]): string => list[Math.floor(random() * list.length)];
    const atomsOf = PARTS.flatMap((p) => [variantAtoms(p), exactAtoms(p)]);
    let ruledOut = 0;
    let found = 0;
    const missed: string[] = [];
    for (let n = 0; n < 400; n++) {
      let text = '';
      for (let k = 0; k < 6; k++) text += pick(PIECES) + pick(SEPARATORS);
      const lower = lowerCaseOf(text);
      for (const atoms of atomsOf) {
        const first = firstCharacters(atoms)!;
        for (let at = 0; at <= text.length; at++) {
          const end = matchAtoms(text, lower, at, atoms, (_, e) => e);
          if (end !== -1) found++;
          if (mayStart(first, lower[at])) continue;
          ruledOut++;
          if (end !== -1) missed.push(`${text.slice(at, end)} at ${at} of ${JSON.stringify(text)}`);
        }
      }
    }
    expect(missed).toEqual([]);
    expect(found).toBeGreaterThan(1000);
    expect(ruledOut).toBeGreaterThan(10 * found);
  });
});
