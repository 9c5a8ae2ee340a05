/** Values written with characters the detectors' ASCII patterns do not read: spaces, digits and invisibles. */
import { createReplacer, detectPii, redactText } from '../domain/sanitizer/pii';
import { detectionView, inTurn } from '../domain/sanitizer/pii/detectionView';

const found = (text: string): string[] => detectPii(text).map((s) => `${s.type}:${text.slice(s.start, s.end)}`);

describe('values written with non-ASCII spaces, digits or invisible characters', () => {
  it.each([
    ['a no-break space in a phone', 'call me back at (415)\u00A0555-0142 tonight', 'PHONE:(415)\u00A0555-0142'],
    [
      'no-break spaces in a card',
      'card 4111\u00A01111\u00A01111\u00A01111 please',
      'CREDIT_CARD:4111\u00A01111\u00A01111\u00A01111',
    ],
    [
      'full-width digits',
      'my card is ４１１１ １１１１ １１１１ １１１１',
      'CREDIT_CARD:４１１１ １１１１ １１１１ １１１１',
    ],
    ['Arabic-Indic digits', 'phone: ٤١٥ ٥٥٥ ٠١٤٢', 'PHONE:٤١٥ ٥٥٥ ٠١٤٢'],
    ['a zero-width space in an SSN', 'SSN 078\u200B-05-1120', 'SSN:078\u200B-05-1120'],
    ['a zero-width space in an e-mail', 'write to jane\u200B.doe@example.com', 'EMAIL:jane\u200B.doe@example.com'],
    ['a full-width e-mail', 'ｊａｎｅ＠ｅｘａｍｐｌｅ．ｃｏｍ is mine', 'EMAIL:ｊａｎｅ＠ｅｘａｍｐｌｅ．ｃｏｍ'],
    ['a soft hyphen in a name', 'my name is Jor\u00ADdan Miller', 'PERSON:Jor\u00ADdan Miller'],
  ])('%s', (_, text, span) => expect(found(text)).toEqual([span]));

  it('redacts the whole value in the turn and keeps the characters around it', () => {
    const turn = 'SSN\u00A0078\u200B-05-1120\u200B, thanks';
    const { text, counts } = redactText(turn, createReplacer());
    expect(counts).toEqual({ SSN: 1 });
    expect(text).toBe('SSN\u00A0[SSN_REDACTED]\u200B, thanks');
  });

  it('reads a plain turn as it is', () => {
    expect(detectionView('call 415 555 0142').origin).toBeUndefined();
    expect(detectionView('Señor Núñez, Straße 5').origin).toBeUndefined();
  });

  it('maps every range of the view back to the turn it covers', () => {
    const turn = 'a\u200Bb\u00A0c\uFEFF\uFEFFd\uFF45';
    const view = detectionView(turn);
    expect(view.text).toBe('ab cde');
    expect(inTurn(view, 0, 2)).toEqual([0, 3]); // "a\u200Bb": the invisible between them is inside
    expect(inTurn(view, 3, 4)).toEqual([4, 5]); // "c" without the invisibles after it
    expect(inTurn(view, 4, 6)).toEqual([7, 9]);
    expect(inTurn(view, 2, 2)).toEqual([3, 3]);
  });
});
