/**
 * What the detectors read when a turn carries characters their ASCII patterns cannot see: a phone written with a
 * no-break space ("(415) 555-0142" pasted from a web page), a card in full-width digits (an East Asian keyboard),
 * Arabic-Indic or other decimal digits, an SSN or an e-mail address with a zero-width space or a soft hyphen
 * inside. The view spells those as the ASCII a reader sees, drops the invisible characters, and keeps, for every
 * character of the view, where it stood in the turn, so a span found in the view covers the same value in the turn
 * (the invisible characters inside it included). Most turns hold none of these and are read as they are.
 */

/** Unicode spaces, invisible format characters, and digits or ASCII a detector would not read. */
const NEEDS_VIEW =
  /[\u00A0\u00AD\u0660-\u0669\u06F0-\u06F9\u0966-\u096F\u1680\u2000-\u200F\u202F\u205F-\u2064\u3000\uFEFF\uFF01-\uFF5E]/;

/**
 * Zero-width spaces and joiners, bidi marks, the soft hyphen, word joiners and the byte-order mark: dropped.
 * Narrower than the injection screen's INVISIBLE on purpose: a bidi override or a keycap's variation selector
 * changes what a reader sees of a value rather than hiding nothing, and emoji with variation selectors are common
 * in chat, where a wider list would send most messaging turns through the view.
 */
const isInvisible = (code: number): boolean =>
  code === 0x00ad || (code >= 0x200b && code <= 0x200f) || (code >= 0x2060 && code <= 0x2064) || code === 0xfeff;

const isWideSpace = (code: number): boolean =>
  code === 0x00a0 ||
  code === 0x1680 ||
  (code >= 0x2000 && code <= 0x200a) ||
  code === 0x202f ||
  code === 0x205f ||
  code === 0x3000;

/** The ASCII a character reads as, or the character itself. */
function readAs(code: number): number {
  if (code < 0xa0) return code;
  if (isWideSpace(code)) return 0x20;
  if (code >= 0xff01 && code <= 0xff5e) return code - 0xfee0; // full-width ASCII
  if (code >= 0x0660 && code <= 0x0669) return code - 0x0630; // Arabic-Indic digits
  if (code >= 0x06f0 && code <= 0x06f9) return code - 0x06c0; // extended Arabic-Indic digits
  if (code >= 0x0966 && code <= 0x096f) return code - 0x0936; // Devanagari digits
  return code;
}

export interface DetectionView {
  text: string;
  /** Where each character of `text` stood in the turn, one more entry for the end; undefined: where it stands. */
  origin: Int32Array | undefined;
}

const UTF16 = new TextDecoder('utf-16le');

/** The turn as the detectors read it; the turn itself when it holds no character to read otherwise. */
export function detectionView(turn: string): DetectionView {
  if (!NEEDS_VIEW.test(turn)) return { text: turn, origin: undefined };
  // A code-unit array decoded once: a 200 KB turn is not built a character at a time.
  const codes = new Uint16Array(turn.length);
  let origin: Int32Array | undefined;
  let length = 0;
  for (let i = 0; i < turn.length; i++) {
    const code = turn.charCodeAt(i);
    if (isInvisible(code)) {
      origin ??= identity(i, turn.length);
      continue;
    }
    if (origin) origin[length] = i;
    codes[length++] = readAs(code);
  }
  const text = UTF16.decode(codes.subarray(0, length));
  if (!origin) return { text, origin: undefined };
  origin[length] = turn.length;
  return { text, origin: origin.subarray(0, length + 1) };
}

/** Room for where each character stood, the first `known` of them where they stand. */
function identity(known: number, turnLength: number): Int32Array {
  const origin = new Int32Array(turnLength + 1);
  for (let i = 0; i < known; i++) origin[i] = i;
  return origin;
}

/** A [start, end) range of the view as the range of the turn it covers. */
export function inTurn(view: DetectionView, start: number, end: number): [number, number] {
  const origin = view.origin;
  if (origin === undefined) return [start, end];
  return [origin[start], end > start ? origin[end - 1] + 1 : origin[start]];
}
