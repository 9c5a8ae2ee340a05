/**
 * Token counting with the model family's real BPE (gpt-tokenizer): o200k_base for the gpt-4o, gpt-4.1,
 * gpt-5 and o-series families, cl100k_base for gpt-4 and gpt-3.5. Other models (claude-*, llama, ...)
 * publish no compatible tokenizer, so they get an estimate: the cl100k count times a safety factor, since
 * those tokenizers split English and especially numbers and non-English text somewhat finer than cl100k.
 * gpt-tokenizer counts the same tokens as tiktoken (the tests cross-check against js-tiktoken) about nine
 * times faster. Each encoding is loaded on first use and cached for the life of the process.
 * A text's count is the sum of its pieces' counts (the encoding's own split regex cuts it into words, numbers,
 * punctuation and spaces, and byte-pair merging never crosses a piece), so pieces already counted are looked up
 * in a small per-encoding cache instead of the encoder's rank table of 200,000 entries: conversations reuse a few
 * thousand words, and the small table stays in the CPU cache while redaction and screening run between counts.
 * The pieces are cut by a scanner written from the split regex (pieceScan.ts: the same pieces, several times faster
 * on text outside Latin-1); text with a surrogate (an emoji) is cut by the regex itself.
 * Gateways name models with a provider prefix (openai/gpt-4o-mini, azure/gpt-4o, openrouter/openai/gpt-4o): the
 * family is read from the last path segment. Deployment names and aliases that do not spell the family need the
 * model matrix's `tokenizer` field, which always wins.
 */
import type { TokenizerChoice } from '../../contracts/inference';
import { detached } from './detached';
import { cl100kPieceEnd, o200kPieceEnd, scannable, type PieceScanner } from './pieceScan';

type EncodingName = 'o200k_base' | 'cl100k_base';
type Counter = (text: string) => number;

/** A text split into its pieces once, for counting many cuts of it around one insert (see `split`). */
export interface SplitText {
  /** The text's own count. */
  readonly tokens: number;
  /** The count of `text.slice(0, headEnd) + insert + text.slice(tailStart)`: what `count` says of that text. */
  cut(headEnd: number, tailStart: number): number;
}

/** Margin for models whose tokenizer we cannot run (documented as the report's tokenizer name). */
export const ESTIMATE_SAFETY_FACTOR = 1.25;

export interface TokenCounter {
  /** What the report's `tokens.tokenizer` says, e.g. "o200k_base" or "estimate:cl100k_base*1.25". */
  name: string;
  count(text: string): number;
  /**
   * The most tokens `text` can count, from its UTF-8 length alone: byte-level BPE never makes more tokens than
   * bytes (nor does a piece counted by its bytes), and the estimate scales that like its count.
   */
  atMost(text: string): number;
  /**
   * The text counted by splitting it into pieces that stay, so that each cut of it around `insert` (the cut of
   * an over-long turn probes about ten) re-reads only the pieces near the insert instead of the whole cut text.
   */
  split(text: string, insert: string): SplitText;
}

interface PieceCounter {
  count: Counter;
  split(text: string, insert: string): SplitText;
}

const counters = new Map<EncodingName, PieceCounter>();
const PLAIN_TEXT = { disallowedSpecial: new Set<string>() };

function encoding(name: EncodingName): PieceCounter {
  let count = counters.get(name);
  if (!count) {
    // Required lazily: each rank table is megabytes, and most processes need one of them at most.
    const module = loadEncoding(name);
    /* eslint-disable @typescript-eslint/no-require-imports */
    const splits = require('gpt-tokenizer/encodingParams/constants') as Record<
      'O200K_TOKEN_SPLIT_REGEX' | 'CL100K_TOKEN_SPLIT_REGEX',
      RegExp
    >;
    /* eslint-enable @typescript-eslint/no-require-imports */
    // Transcript text is data: "<|im_start|>" typed by a customer is counted as plain text, never as a special token
    // (which is also why no special token can join two pieces: the whole text is split by the one regex).
    const countText: Counter = (text) => module.countTokens(text, PLAIN_TEXT);
    count =
      name === 'o200k_base'
        ? pieceCounter(countText, splits.O200K_TOKEN_SPLIT_REGEX, o200kPieceEnd)
        : pieceCounter(countText, splits.CL100K_TOKEN_SPLIT_REGEX, cl100kPieceEnd);
    counters.set(name, count);
  }
  return count;
}

type RankTable = (string | number[])[];

interface Encoding {
  countTokens(text: string, options: { disallowedSpecial: Set<string> }): number;
}

/**
 * What gpt-tokenizer's `encoding/<name>` module builds (`GptEncoding.getEncodingApi` over the package's rank table),
 * built over a fast-elements copy of the table. The package's table module joins its two halves with
 * `Array.prototype.concat`, and apache-arrow (loaded with the LanceDB vector store) sets `Symbol.isConcatSpreadable`
 * on its classes' prototypes, which puts V8's concat on its slow path for the rest of the process: there o200k_base's
 * 199,998 ranks land in a dictionary-mode array of 12 MB instead of 1.6 MB, kept for the life of the process. The
 * module's export is pointed at the copy, so anything else that loads the encoding shares it.
 */
function loadEncoding(name: EncodingName): Encoding {
  /* eslint-disable @typescript-eslint/no-require-imports */
  const { GptEncoding } = require('gpt-tokenizer/GptEncoding') as {
    GptEncoding: { getEncodingApi(name: EncodingName, ranks: () => RankTable): Encoding };
  };
  const table = (
    name === 'o200k_base' ? require('gpt-tokenizer/bpeRanks/o200k_base') : require('gpt-tokenizer/bpeRanks/cl100k_base')
  ) as { default: RankTable };
  /* eslint-enable @typescript-eslint/no-require-imports */
  table.default = fastCopy(table.default);
  return GptEncoding.getEncodingApi(name, () => table.default);
}

/** The same entries at the same indices (a hole stays a hole) in an array with fast elements. */
export function fastCopy<T>(source: readonly T[]): T[] {
  const copy: T[] = [];
  source.forEach((value, index) => {
    copy[index] = value;
  });
  copy.length = source.length;
  return copy;
}

/** Pieces longer than this are counted directly: they are rare, and caching them would hold more memory. */
export const MAX_CACHED_PIECE_LENGTH = 32;
/**
 * Pieces longer than this are not run through the encoder: its merging costs time quadratic in a piece's length
 * (a 20,000-letter word took half a second, a 200 KB one about a minute), and a transcript is customer input.
 * Such a piece counts as its UTF-8 length, an upper bound (byte-level BPE never makes more tokens than bytes), so a
 * fitted transcript never exceeds the window; natural speech has no word this long.
 */
export const MAX_ENCODED_PIECE_LENGTH = 128;
/** Distinct pieces each encoding remembers (about 2 MB when full); the cache starts over when full. */
export const MAX_CACHED_PIECES = 20_000;

/**
 * `countText` summed over the pieces the encoding's split regex cuts `text` into, each piece's count
 * remembered (a piece over MAX_ENCODED_PIECE_LENGTH is bounded by its bytes instead). Otherwise exact: the encoder splits with the same regex and merges bytes only inside a piece, and a
 * piece on its own is one piece again (what follows a piece matters to the regexes only through "whitespace
 * or the end of the text follows", which the end of the piece alone always satisfies), so its count alone
 * is its share of the whole. The tests hold it to the encoder's own count of whole texts.
 */
export function countByPiece(countText: Counter, splitRegex: RegExp): Counter {
  return pieceCounter(countText, splitRegex).count;
}

/**
 * How far before an insert a piece of the text must end to stay a piece of the cut text. Where the split regex
 * matches a piece depends on what follows it only through the next few characters (an apostrophe suffix such as
 * "'ll", the character after a run) and, inside a run of white space, letters or symbols, through where the run
 * ends and where its last line break or last lower-case letter is; a piece ending before the insert was matched
 * without seeing the run go on past it. Reads reach at most three characters past a piece's end.
 */
export const CUT_REACH = 16;
/**
 * What an insert must start with for CUT_REACH to hold: a space (never a line break) and then a character that
 * ends every run of letters, digits and white space, so no run of the text's beginning goes on into it.
 */
const SAFE_INSERT = /^ [^\s\p{L}\p{N}]/u;

/**
 * With `scan` (the split regex written out as a scanner, see pieceScan.ts), a text with no surrogate is cut into
 * pieces by it instead of the regex: the same pieces, several times faster outside Latin-1 (about as fast on ASCII
 * chat; slower along a single word of thousands of letters, which the regex crosses a byte at a time), and warm
 * whatever text comes. A one-character piece's count is also kept by its character code, looked up without a string.
 */
function pieceCounter(countText: Counter, splitRegex: RegExp, scan?: PieceScanner): PieceCounter {
  const regexPieceEnd = stickyPieceEnd(splitRegex);
  /** How `text` is cut into pieces: by the scanner where it can read the text, else by the regex. */
  const pieceEndIn = (text: string): PieceScanner => (scan && scannable(text) ? scan : regexPieceEnd);
  const cache = new Map<string, number>();
  const pieceCount = (piece: string): number => {
    if (piece.length > MAX_CACHED_PIECE_LENGTH)
      return piece.length > MAX_ENCODED_PIECE_LENGTH ? Buffer.byteLength(piece, 'utf8') : countText(piece);
    let n = cache.get(piece);
    if (n === undefined) {
      n = countText(piece);
      if (cache.size >= MAX_CACHED_PIECES) cache.clear();
      cache.set(detached(piece), n);
    }
    return n;
  };
  const singles = new Uint8Array(0x10000); // a one-character piece's count by its code (0: not counted yet)
  const countAt = (text: string, start: number, end: number): number => {
    if (end - start !== 1) return pieceCount(text.slice(start, end));
    const code = text.charCodeAt(start);
    let n = singles[code];
    if (n === 0) n = singles[code] = pieceCount(text[start]); // one code unit is at most 3 bytes: 3 tokens at most
    return n;
  };
  const count: Counter = (text) => {
    const pieceEnd = pieceEndIn(text);
    let total = 0;
    for (let start = 0; start < text.length;) {
      const end = pieceEnd(text, start);
      total += countAt(text, start, end);
      start = end;
    }
    return total;
  };
  /**
   * The text's pieces once, with running totals; a cut's count is then the total of the pieces that end
   * CUT_REACH before the insert, plus the pieces read from there on in the cut text until one starts where a
   * piece of the text starts (a match depends only on what follows it, so from there the pieces are the text's),
   * plus the text's total from that piece on.
   */
  const splitText = (text: string, insert: string): SplitText => {
    if (!SAFE_INSERT.test(insert)) throw new Error('a cut insert must start with a space and a symbol');
    // Decided once for every cut: a cut text holds only the text's and the insert's characters.
    const textPieceEnd = pieceEndIn(text);
    const pieceEnd = scannable(insert) ? textPieceEnd : regexPieceEnd;
    const { starts, ends, before } = piecesOf(text, textPieceEnd);
    const pieces = starts.length;
    const tokens = before[pieces];
    const cut = (headEnd: number, tailStart: number): number => {
      const kept = piecesEndingBy(ends, headEnd - CUT_REACH);
      let sum = before[kept];
      const cutText = text.slice(0, headEnd) + insert + text.slice(tailStart);
      const tailFrom = headEnd + insert.length;
      for (let start = kept === 0 ? 0 : ends[kept - 1]; start < cutText.length;) {
        if (start >= tailFrom) {
          const same = pieceStartingAt(starts, start - tailFrom + tailStart);
          if (same >= 0) return sum + tokens - before[same];
        }
        const end = pieceEnd(cutText, start);
        sum += countAt(cutText, start, end);
        start = end;
      }
      return sum;
    };
    return { tokens, cut };
  };
  /** Where each piece starts and ends, and the tokens before each. */
  const piecesOf = (
    text: string,
    pieceEnd: PieceScanner,
  ): { starts: Int32Array; ends: Int32Array; before: Float64Array } => {
    // Arrays of the text's length would hold every piece; doubled as they fill instead, then trimmed.
    let ends = new Int32Array(Math.max(1, Math.min(text.length, 1024)));
    let before = new Float64Array(ends.length + 1);
    let pieces = 0;
    for (let start = 0; start < text.length; pieces++) {
      if (pieces === ends.length) {
        const grown = new Int32Array(pieces * 2);
        grown.set(ends);
        ends = grown;
        const sums = new Float64Array(pieces * 2 + 1);
        sums.set(before);
        before = sums;
      }
      const end = pieceEnd(text, start);
      ends[pieces] = end;
      before[pieces + 1] = before[pieces] + countAt(text, start, end);
      start = end;
    }
    const starts = new Int32Array(pieces);
    starts.set(ends.subarray(0, Math.max(0, pieces - 1)), 1);
    return { starts, ends: ends.slice(0, pieces), before: before.slice(0, pieces + 1) };
  };
  return { count, split: splitText };
}

/**
 * The split regex as a piece scanner: its match at `start`. The encodings' regexes match every character, so a
 * global match leaves no gap; were one left, the character would count as a piece of its own (an over-count, which
 * a fitted window tolerates, where skipping it would not be).
 */
function stickyPieceEnd(splitRegex: RegExp): PieceScanner {
  const sticky = new RegExp(splitRegex.source, `${splitRegex.flags.replace(/[gy]/g, '')}y`);
  return (text, start) => {
    sticky.lastIndex = start;
    return sticky.test(text) && sticky.lastIndex > start ? sticky.lastIndex : start + 1;
  };
}

/** How many of the (ascending) piece ends are at or before `position`. */
function piecesEndingBy(ends: Int32Array, position: number): number {
  let low = 0;
  let high = ends.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (ends[mid] <= position) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** The index of the piece starting at `position`, or -1. */
function pieceStartingAt(starts: Int32Array, position: number): number {
  const i = piecesEndingBy(starts, position) - 1;
  return i >= 0 && starts[i] === position ? i : -1;
}

const O200K_MODELS = /^(?:gpt-4o|chatgpt-4o|gpt-4\.1|gpt-4\.5|gpt-5|o1|o3|o4)(?:\b|-|$)/i;
const CL100K_MODELS = /^(?:gpt-4|gpt-3\.5|text-embedding-3|text-embedding-ada-002)(?:\b|-|$)/i;

/** The model id without its gateway/provider prefix: "azure/gpt-4o" -> "gpt-4o". */
export const bareModelId = (modelId: string): string => modelId.slice(modelId.lastIndexOf('/') + 1);

/** The tokenizer the model's (bare) id names, or undefined when it names no family we can run. */
export function knownTokenizer(modelId: string): EncodingName | undefined {
  const bare = bareModelId(modelId);
  if (O200K_MODELS.test(bare)) return 'o200k_base';
  if (CL100K_MODELS.test(bare)) return 'cl100k_base';
  return undefined;
}

export function tokenCounterFor(modelId: string, choice?: TokenizerChoice): TokenCounter {
  return COUNTERS[choice ?? knownTokenizer(modelId) ?? 'estimate'];
}

/** What an unknown model is counted with, named so a warning can say so. */
export const ESTIMATE_NAME = `estimate:cl100k_base*${ESTIMATE_SAFETY_FACTOR}`;

/** One counter per choice for the process (each loads its encoding on its first count). */
const COUNTERS: Readonly<Record<TokenizerChoice, TokenCounter>> = {
  o200k_base: exactCounter('o200k_base'),
  cl100k_base: exactCounter('cl100k_base'),
  estimate: Object.freeze({
    name: ESTIMATE_NAME,
    count: (text: string) => estimated(encoding('cl100k_base').count(text)),
    atMost: (text: string) => estimated(Buffer.byteLength(text, 'utf8')),
    split: (text: string, insert: string): SplitText => {
      const exact = encoding('cl100k_base').split(text, insert);
      return { tokens: estimated(exact.tokens), cut: (headEnd, tailStart) => estimated(exact.cut(headEnd, tailStart)) };
    },
  }),
};

function exactCounter(name: EncodingName): TokenCounter {
  return Object.freeze({
    name,
    count: (text: string) => encoding(name).count(text),
    atMost: (text: string) => Buffer.byteLength(text, 'utf8'),
    split: (text: string, insert: string) => encoding(name).split(text, insert),
  });
}

function estimated(cl100kTokens: number): number {
  return Math.ceil(cl100kTokens * ESTIMATE_SAFETY_FACTOR);
}
