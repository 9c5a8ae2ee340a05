/** The union of the cued-name scans' gates (cueEvidence.ts): one test that says no exactly when every gate would. */
import { detectPii } from '../domain/sanitizer/pii';
import { anyGate } from '../domain/sanitizer/pii/cueEvidence';

const found = (text: string): string[] => detectPii(text).map((s) => `${s.type}:${text.slice(s.start, s.end)}`);

describe('anyGate', () => {
  it('matches when one gate would, a literal searched for as it is', () => {
    const gate = anyGate([/\s(?:here|speaking)/, 'a.b', ':']);
    expect(gate.test('Jordan here')).toBe(true);
    expect(gate.test('see a.b')).toBe(true);
    expect(gate.test('Caller: yes')).toBe(true);
    expect(gate.test('axb, there')).toBe(false); // "." of the literal is no wildcard; "there" has no white space before "here"
  });

  it('spells a case-insensitive gate of plain letters with a class per letter', () => {
    const gate = anyGate([/nom|llamo/i]);
    expect(gate.test('mon NOM est')).toBe(true);
    expect(gate.test('Me LLaMo')).toBe(true);
    expect(gate.test('no mo')).toBe(false);
  });

  it('refuses a gate whose flags would change what its source matches', () => {
    expect(() => anyGate([/\p{L}/u])).toThrow();
    expect(() => anyGate([/a.b/is])).toThrow();
  });
});

describe('a turn whose only name cue is thanks or a greeting', () => {
  it('still finds the name thanked, in capitals or in lower case', () => {
    expect(found('Thanks Hannah, that is all for today.')).toEqual(['PERSON:Hannah']);
    expect(found('lovely thanks siobhan can i take the postcode')).toEqual(['PERSON:siobhan']);
  });

  it('runs the later scans when one of their gates passes', () => {
    // "my brother": the relative's gate, though the turn opens with thanks.
    expect(found('thanks, the account holder is my brother kwame, kwame asante-mensah')).toContain('PERSON:kwame');
    expect(found('Thanks for your patience, is there anything else I can help you with today?')).toEqual([]);
  });
});
