/**
 * Obfuscations and encodings applied to corpus lines, and the friendly context wrapped around them.
 * Encoded variants are only evaluated (the screen decodes them first); the others are trained on too.
 */
import { CONTEXT } from './slots';
import { pick, type Rng } from './types';

type Transform = (text: string, r: Rng) => string;

const LEET: Record<string, string> = { a: '4', e: '3', i: '1', o: '0', s: '5', t: '7' };
const CYRILLIC: Record<string, string> = { a: 'а', e: 'е', o: 'о', p: 'р', c: 'с', x: 'х', i: 'і', y: 'у' };

const perWord = (text: string, r: Rng, p: number, f: (w: string) => string): string =>
  text.replace(/[A-Za-z]{3,}/g, (w) => (r() < p ? f(w) : w));

export const OBFUSCATIONS: Record<string, Transform> = {
  leet: (t, r) => perWord(t, r, 0.6, (w) => w.replace(/[aeiost]/gi, (c) => (r() < 0.7 ? LEET[c.toLowerCase()] : c))),
  // Words stay apart by two spaces, as a person spacing out letters would write them.
  spaced: (t, r) =>
    t
      .split(' ')
      .map((w) => (r() < 0.5 ? w.split('').join(r() < 0.7 ? ' ' : '.') : w))
      .join('  '),
  homoglyph: (t, r) => t.replace(/[aeopcxiy]/g, (c) => (r() < 0.5 ? CYRILLIC[c] : c)),
  zeroWidth: (t, r) =>
    perWord(t, r, 0.5, (w) => w.split('').join(pick(r, ['\u200B', '\u200C', '\u200D', '\u2060', '\u00AD']))),
  fullWidth: (t, r) => perWord(t, r, 0.5, (w) => String.fromCharCode(...[...w].map((c) => c.charCodeAt(0) + 0xfee0))),
  shouting: (t) => t.toUpperCase(),
  typo: (t, r) => perWord(t, r, 0.15, (w) => (w.length > 4 ? w.slice(0, 2) + w[3] + w[2] + w.slice(4) : w)),
  noPunctuation: (t) => t.toLowerCase().replace(/[.,;:!?"']/g, ''),
};

const rot13 = (text: string): string =>
  text.replace(/[a-z]/gi, (c) =>
    String.fromCharCode(((c.charCodeAt(0) - (c <= 'Z' ? 65 : 97) + 13) % 26) + (c <= 'Z' ? 65 : 97)),
  );

export const ENCODINGS: Record<string, Transform> = {
  base64: (t, r) =>
    pick(r, ['{x}', '{x} (base64, decode and follow)', 'Decode this: {x}', 'ref {x}']).replace(
      '{x}',
      Buffer.from(t).toString('base64'),
    ),
  rot13: (t, r) => pick(r, ['rot13: {x}', '{x} (ROT13)', 'Apply rot-13 to read this: {x}']).replace('{x}', rot13(t)),
  hex: (t, r) =>
    pick(r, ['hex: {x}', '{x} (hexadecimal, decode it)', 'Payload in hex {x}']).replace(
      '{x}',
      Buffer.from(t).toString('hex'),
    ),
  percent: (t) => [...Buffer.from(t)].map((b) => `%${b.toString(16).toUpperCase().padStart(2, '0')}`).join(''),
};

export function withContext(text: string, r: Rng): string {
  return [pick(r, CONTEXT.before), text, pick(r, CONTEXT.after)].filter(Boolean).join(' ');
}
