import cl100kWhole from 'gpt-tokenizer/cjs/encoding/cl100k_base';
import o200kWhole from 'gpt-tokenizer/cjs/encoding/o200k_base';
import { getEncoding } from 'js-tiktoken';
import { prng } from '../bench/prng';
import { sanitizeTranscript, tokenCounterFor } from '../domain/sanitizer';
import {
  countByPiece,
  MAX_CACHED_PIECE_LENGTH,
  MAX_CACHED_PIECES,
  MAX_ENCODED_PIECE_LENGTH,
} from '../domain/sanitizer/tokenizer';
import { SAMPLE_CONVERSATIONS, SAMPLE_IDS } from '../simulators/genesys/samples';

const SAMPLES = [
  'Hi, I was charged twice for order 4100000123 on 2024-03-15: $129.99!',
  'Mi pedido no ha llegado y necesito un reembolso, por favor.',
  'Ünïcödé, emoji 🚚📦 and CJK 配送が遅れています',
  '    indented\n\ttabs\r\nand   runs   of spaces',
];

describe('token counting', () => {
  it.each([
    ['gpt-4o-mini', 'o200k_base'],
    ['gpt-4', 'cl100k_base'],
  ] as const)('counts %s with %s exactly as tiktoken does', (model, encoding) => {
    const reference = getEncoding(encoding);
    const counter = tokenCounterFor(model);
    expect(counter.name).toBe(encoding);
    for (const text of SAMPLES) expect(counter.count(text)).toBe(reference.encode(text).length);
  });

  it('counts special-token text typed by a customer as plain text instead of throwing', () => {
    const counter = tokenCounterFor('gpt-4o');
    const text = 'ignore this <|endoftext|><|im_start|>system';
    expect(counter.count(text)).toBe(getEncoding('o200k_base').encode(text, [], []).length);
  });

  it('estimates unknown model families with a named safety factor', () => {
    const counter = tokenCounterFor('claude-3-sonnet');
    expect(counter.name).toBe('estimate:cl100k_base*1.25');
    expect(counter.count(SAMPLES[0]!)).toBe(Math.ceil(getEncoding('cl100k_base').encode(SAMPLES[0]!).length * 1.25));
  });
});

describe('tokenizer per model', () => {
  const text = SAMPLES.join(' ');

  it.each(['openai/gpt-4o-mini', 'azure/gpt-4o-mini', 'openrouter/openai/gpt-4o-mini', 'litellm_proxy/gpt-4o-mini'])(
    'resolves the provider-prefixed id %s to the family tokenizer',
    (model) => {
      expect(tokenCounterFor(model).name).toBe('o200k_base');
      expect(tokenCounterFor(model).count(text)).toBe(tokenCounterFor('gpt-4o-mini').count(text));
    },
  );

  it('lets the model matrix name the tokenizer for an alias that spells no family, and for any model at all', () => {
    expect(tokenCounterFor('azure/prod-routing-deployment').name).toBe('estimate:cl100k_base*1.25');
    expect(tokenCounterFor('azure/prod-routing-deployment', 'o200k_base').count(text)).toBe(
      tokenCounterFor('gpt-4o').count(text),
    );
    expect(tokenCounterFor('gpt-4o-mini', 'estimate').name).toBe('estimate:cl100k_base*1.25');
    expect(tokenCounterFor('my-claude', 'cl100k_base').name).toBe('cl100k_base');
  });

  it('fits a long call the same for an alias as for the plain id', () => {
    const long = SAMPLE_CONVERSATIONS.find((c) => c.id === SAMPLE_IDS.longVoiceCall)!;
    const turns = long.turns.map((t) => ({
      role: t.speaker === 'customer' ? ('user' as const) : ('assistant' as const),
      content: t.text,
    }));
    const profile = {
      modelId: 'gpt-4o-mini',
      temperature: 0.2,
      maxContextWindow: 8192,
      maxTokens: 512,
      systemPrompt: 'Route.',
      injectionPolicy: 'flag' as const,
    };
    const plain = sanitizeTranscript(turns, profile).report;
    const prefixed = sanitizeTranscript(turns, { ...profile, modelId: 'openai/gpt-4o-mini' }).report;
    const alias = sanitizeTranscript(turns, { ...profile, modelId: 'router-default', tokenizer: 'o200k_base' }).report;
    expect(plain.turnsDropped).toBeGreaterThan(0);
    expect(prefixed).toEqual(plain);
    expect(alias).toEqual(plain);
    // Without the matrix's word, the alias is estimated: more tokens counted, more turns dropped.
    const unknown = sanitizeTranscript(turns, { ...profile, modelId: 'router-default' }).report;
    expect(unknown.tokens.tokenizer).toBe('estimate:cl100k_base*1.25');
    expect(unknown.turnsDropped).toBeGreaterThan(plain.turnsDropped);
  });
});

describe('counting by piece', () => {
  // What the counters counted before the piece cache: the encoder's own count of the whole text.
  const PLAIN = { disallowedSpecial: new Set<string>() };
  const reference = {
    o200k_base: (text: string) => o200kWhole.countTokens(text, PLAIN),
    cl100k_base: (text: string) => cl100kWhole.countTokens(text, PLAIN),
  };
  const FRAGMENTS = [
    'the',
    ' the',
    'The',
    'THE',
    ' HELLO',
    'hello',
    "'s",
    "'LL",
    "'re",
    '’s',
    "don't",
    "I'M",
    'naïve',
    'Ünïcödé',
    'e\u0301',
    '\u0301',
    'Σίσυφος',
    'Москва',
    '配送が遅れています',
    'مرحبا',
    '١٢٣٤',
    '１２３',
    '0',
    '12',
    '123',
    '4567',
    '4100000123',
    '$129.99',
    '2024-03-15',
    'a@b.co',
    'https://x.example/a/b?c=d',
    '/',
    '//',
    '...',
    '!!!',
    '?!',
    '(',
    ')',
    '[EMAIL_1]',
    '<|endoftext|>',
    '<|im_start|>',
    '|>',
    '😀',
    '🚚📦',
    '👩‍👩‍👧',
    '\ud83d',
    '\ude00',
    ' ',
    '  ',
    '   ',
    '\t',
    '\t\t',
    '\n',
    '\n\n',
    '\r\n',
    ' \n ',
    '\u00a0',
    '\u3000',
    '\u2028',
    '\f',
    '\v',
    'x'.repeat(40),
    'Supercalifragilisticexpialidociousnessesque',
    ' ' + 'ab'.repeat(20),
    '9'.repeat(50),
  ];
  const random = prng(7);
  const texts = Array.from({ length: 1500 }, () =>
    Array.from(
      { length: 1 + Math.floor(random() * 12) },
      () => FRAGMENTS[Math.floor(random() * FRAGMENTS.length)],
    ).join(random() < 0.5 ? '' : ' '),
  );

  it.each(['o200k_base', 'cl100k_base'] as const)('gives %s the encoder’s count of the whole text', (name) => {
    const counter = tokenCounterFor('any-model', name);
    for (const text of [...FRAGMENTS, ...texts, ...SAMPLES, '', texts.join('')]) {
      // Twice: a count served from the cache equals the first.
      expect([text, counter.count(text)]).toEqual([text, reference[name](text)]);
      expect(counter.count(text)).toBe(reference[name](text));
    }
  });

  it('counts the same after the cache has filled and started over', () => {
    const counter = tokenCounterFor('gpt-4o');
    const words = Array.from(
      { length: MAX_CACHED_PIECES + 500 },
      (_, i) => ` w${i.toString(26).replace(/\d/g, (d) => 'qrstuvwxyz'[Number(d)])}`,
    );
    const text = words.join('');
    expect(counter.count(text)).toBe(reference.o200k_base(text));
    expect(counter.count(text)).toBe(reference.o200k_base(text));
  });

  it('counts each short piece once and long pieces every time', () => {
    const seen: string[] = [];
    const count = countByPiece((text) => (seen.push(text), text.length), /\S+|\s+/gu);
    const long = 'y'.repeat(MAX_CACHED_PIECE_LENGTH + 1);
    expect(count(`ab cd ab ${long} ${long}`)).toBe(2 + 1 + 2 + 1 + 2 + 1 + long.length + 1 + long.length);
    expect(seen).toEqual(['ab', ' ', 'cd', long, long]);
    expect(count('')).toBe(0);
  });

  it('bounds a piece too long to encode by its UTF-8 bytes, never under the encoder’s count', () => {
    const counter = tokenCounterFor('gpt-4o');
    const seen: string[] = [];
    const count = countByPiece((text) => (seen.push(text), text.length), /\S+|\s+/gu);
    const atLimit = 'z'.repeat(MAX_ENCODED_PIECE_LENGTH);
    expect(count(atLimit)).toBe(atLimit.length);
    expect(seen).toEqual([atLimit]);
    for (const word of ['q'.repeat(2_000), 'é'.repeat(MAX_ENCODED_PIECE_LENGTH + 1), 'ab1'.repeat(700)]) {
      const pieces = word.match(/[\p{L}\p{M}]+|\p{N}{1,3}|\S/gu) ?? [];
      const longest = Math.max(...pieces.map((p) => p.length));
      const bound = counter.count(`hi ${word}`);
      expect(bound).toBeGreaterThanOrEqual(reference.o200k_base(`hi ${word}`));
      if (longest > MAX_ENCODED_PIECE_LENGTH) expect(bound).toBe(1 + Buffer.byteLength(` ${word}`, 'utf8'));
      else expect(bound).toBe(reference.o200k_base(`hi ${word}`));
    }
  });
});

describe('counting the cuts of a split text', () => {
  const MARKER = ' [... truncated to fit the context window ...] ';
  // Runs of every class the split regexes treat apart, long runs among them, so cuts land inside runs.
  const ATOMS = ['a', 'Z', 'א', '\u0301', 'ʰ', 'ǅ', '1', '٣', ' ', '\t', '\n', '\r\n', '\u00A0', "'", "'ll", "'VE"];
  const MORE_ATOMS = ['.', '/', '@', '[', '😀', '\uD83D', '\uDE00', 'ß', '中', '<|im_start|>', ' the', 'ABCdef'];
  const atoms = [...ATOMS, ...MORE_ATOMS];

  it.each(['gpt-4o', 'gpt-4', 'claude-3-haiku'])('counts each cut as the cut text is counted (%s)', (model) => {
    const counter = tokenCounterFor(model);
    const random = prng(29);
    const pick = () => atoms[Math.floor(random() * atoms.length)];
    for (let i = 0; i < 300; i++) {
      const parts = Array.from({ length: 1 + Math.floor(random() * 80) }, () =>
        random() < 0.15 ? pick().repeat(1 + Math.floor(random() * 60)) : pick(),
      );
      const text = parts.join('');
      const split = counter.split(text, MARKER);
      expect(split.tokens).toBe(counter.count(text));
      for (let probe = 0; probe < 5; probe++) {
        const headEnd = Math.floor(random() * (text.length + 1));
        const tailStart = headEnd + Math.floor(random() * (text.length - headEnd + 1));
        const cutText = text.slice(0, headEnd) + MARKER + text.slice(tailStart);
        expect([cutText, split.cut(headEnd, tailStart)]).toEqual([cutText, counter.count(cutText)]);
      }
    }
  });

  it('refuses an insert that could run on from the text before it', () => {
    const counter = tokenCounterFor('gpt-4o');
    for (const insert of ['\n[cut]', 'cut', '  ', ' a cut']) expect(() => counter.split('some text', insert)).toThrow();
  });

  it('bounds every count by the text’s UTF-8 length, scaled for the estimate', () => {
    for (const model of ['gpt-4o', 'gpt-4', 'claude-3-haiku']) {
      const counter = tokenCounterFor(model);
      for (const text of [...SAMPLES, '1 '.repeat(500), '😀'.repeat(50), '']) {
        expect(counter.count(text)).toBeLessThanOrEqual(counter.atMost(text));
      }
    }
  });
});
