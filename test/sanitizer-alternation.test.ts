import { afterNoneOf, groupByFirstCharacter } from '../domain/sanitizer/pii/alternation';
import { NAME_CUE_WORDS } from '../domain/sanitizer/pii/nameCues';

/** Every match of `source` in `text` with the given flags: where, what, and which capture group. */
const matchesOf = (source: string, flags: string, text: string): string[] =>
  [...text.matchAll(new RegExp(`(?<![a-z])(?:${source})`, `g${flags}`))].map((m) => `${m.index}:${m[0]}`);

const TEXTS = [
  'Thanks, this is Mary. My name is Tom, hi there, thank you, I am here; ok okay OK Hello hey',
  'ask for Mr. Smith, Mrs Jones or MR ROSS; Mme Dupont, mein Name ist Épelé épelé ÉPELÉ',
  'ab ac ad abc a?c aad xz x y éa Éb ÉA',
];

describe('groupByFirstCharacter', () => {
  it('groups the branches by first character, keeping their order within a group', () => {
    expect(groupByFirstCharacter('thanks|thank|hi|hello|this', true)).toBe('t(?:hanks|hank|his)|h(?:i|ello)');
    expect(groupByFirstCharacter('x|y|xz|éa|Éb', true)).toBe('x(?:|z)|y|é(?:a|b)');
    // Case-sensitive: "[Mm]" and "M" overlap, so "[Mm]e" may not move before "Mr".
    expect(groupByFirstCharacter('[Mm]y|[Tt]o|Mr|[Mm]e|[Tt]e', false)).toBe('[Mm]y|[Tt]o|Mr|[Mm]e|[Tt]e');
    expect(groupByFirstCharacter('[Mm]y|[Tt]o|[Mm]e|[Tt]e', false)).toBe('[Mm](?:y|e)|[Tt](?:o|e)');
  });

  it('moves no branch past one whose first character is not plain', () => {
    expect(groupByFirstCharacter('ab|a?c|ad', true)).toBe('ab|a?c|ad');
    expect(groupByFirstCharacter('ab|(?:x|a)c|ad|ae', true)).toBe('ab|(?:x|a)c|a(?:d|e)');
    expect(groupByFirstCharacter('ab|\\w+|ad', true)).toBe('ab|\\w+|ad');
    // Half of a surrogate pair is no character: an emoji first stays a barrier.
    expect(groupByFirstCharacter('ab|😀x|ac|[😀a]d|ae', true)).toBe('ab|😀x|ac|[😀a]d|ae');
  });

  it.each([
    [NAME_CUE_WORDS, 'i'],
    ['thanks|thank|this is|this|hi|hello|[Hh]ey|h|ask for|a|ab|a?c|ad|(?:x|a)c|xz|x|y|éa|Éb|épelé', 'i'],
    ['[Mm]y [Nn]ame is|[Tt]his is|Mr|Mrs|M|[Mm]me|[Tt]o|\\w+ing|[Mm]ein|ask for|[Aa]sk|É[Pp]|é', ''],
  ])('matches what the list matched, the same branch winning (%#)', (source, flags) => {
    const grouped = groupByFirstCharacter(source, flags === 'i');
    for (const text of TEXTS) expect(matchesOf(grouped, flags, text)).toEqual(matchesOf(source, flags, text));
  });
});

describe('afterNoneOf', () => {
  it('moves the look-behind past each plain first character, and keeps it in front of the others', () => {
    expect(afterNoneOf('a-z', 'b(?:irth|orn)|dob|(?:x|y)z|[Nn]é')).toBe(
      '(?:b(?<![a-z][^])(?:irth|orn)|d(?<![a-z][^])ob|(?<![a-z])(?:x|y)z|[Nn](?<![a-z][^])é)',
    );
  });

  it('matches what the look-behind in front matches, in the same order, and at the start of a text', () => {
    for (const [alternation, flags] of [
      [groupByFirstCharacter(NAME_CUE_WORDS, true), 'i'],
      ['b(?:irth|orn)|dob|(?:x|y)z|[Nn]é|a\\w*|', ''],
    ]) {
      const front = new RegExp(`(?<![a-z])(?:${alternation})`, `g${flags}`);
      const after = new RegExp(afterNoneOf('a-z', alternation), `g${flags}`);
      for (const text of [...TEXTS, 'born reborn dob xz axz Né aNé abc\nbirth', 'Birth birthday DOB'])
        expect([...text.matchAll(after)].map((m) => `${m.index}:${m[0]}`)).toEqual(
          [...text.matchAll(front)].map((m) => `${m.index}:${m[0]}`),
        );
    }
  });
});
