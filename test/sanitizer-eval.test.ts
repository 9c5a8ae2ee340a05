import { evaluateSanitizer } from '../scripts/evaluate-sanitizer';
import {
  evaluateFamilyHoldout,
  evaluateHandwritten,
  HANDWRITTEN_2_FILE,
  HANDWRITTEN_3_FILE,
  HANDWRITTEN_4_FILE,
  HANDWRITTEN_5_FILE,
  HANDWRITTEN_6_FILE,
  HANDWRITTEN_7_FILE,
  HANDWRITTEN_8_FILE,
  HANDWRITTEN_9_FILE,
  HANDWRITTEN_10_FILE,
  HANDWRITTEN_11_FILE,
  HANDWRITTEN_12_FILE,
  HANDWRITTEN_13_FILE,
  HANDWRITTEN_14_FILE,
  HANDWRITTEN_18_FILE,
  HANDWRITTEN_20_FILE,
  HANDWRITTEN_24_FILE,
  HANDWRITTEN_28_FILE,
  HANDWRITTEN_33_FILE,
  HANDWRITTEN_15_FILE,
  HANDWRITTEN_16_FILE,
  HANDWRITTEN_17_FILE,
  HANDWRITTEN_19_FILE,
  HANDWRITTEN_21_FILE,
  HANDWRITTEN_22_FILE,
  HANDWRITTEN_23_FILE,
  HANDWRITTEN_25_FILE,
  HANDWRITTEN_26_FILE,
  HANDWRITTEN_27_FILE,
  HANDWRITTEN_29_FILE,
  HANDWRITTEN_30_FILE,
  HANDWRITTEN_31_FILE,
  HANDWRITTEN_32_FILE,
  HANDWRITTEN_34_FILE,
  HANDWRITTEN_35_FILE,
} from '../scripts/evaluate-injection';
import { PII_TYPES } from '../domain/sanitizer/pii';
import { heldOutFamilies, PHRASING_FAMILIES } from '../scripts/injection-corpus';
import { TUNING_FAMILIES } from '../scripts/injection-corpus/tuned';

/** Floors from issue 4, held on the labelled set in test/fixtures/sanitizer-eval. */
const PII_FLOOR = 0.97;

/**
 * Injection floors on material the screen never trained on (issue 16). The issue's target is recall 0.95 at a
 * false-positive rate of 0.02 on both sets. These floors sit at or just under today's figures (`npm run
 * eval:sanitizer`) and stop a retrained model from quietly getting worse: the hand-written set's recall meets
 * the target, its false-positive rate (2 of 70) does not, and the held-out families' recall does not. The
 * older injection sets (`main`, `holdout`) are training data since issue 16.
 */
const HOLDOUT_RECALL_FLOOR = 0.85;
const HANDWRITTEN_RECALL_FLOOR = 0.95;
const HOLDOUT_FALSE_POSITIVE_CEILING = 0.02;
const HANDWRITTEN_FALSE_POSITIVE_CEILING = 0.03;

describe('sanitizer evaluation set', () => {
  const result = evaluateSanitizer();

  it.each(PII_TYPES)('%s: recall and precision of at least 0.97 on 40+ labelled values', (type) => {
    const rate = result.pii[type];
    expect(rate.truePositives + rate.falseNegatives).toBeGreaterThanOrEqual(40);
    expect(rate.recall).toBeGreaterThanOrEqual(PII_FLOOR);
    expect(rate.precision).toBeGreaterThanOrEqual(PII_FLOOR);
  });
});

/** The later PII sets: each loads with its labelled values by type and its clean look-alikes, whatever the score. */
const LATER_PII_SETS = [
  {
    set: 'fresh12',
    values: 186,
    clean: 82,
    byType: { PERSON: 64, DATE_OF_BIRTH: 30, EMAIL: 31, CARD_EXPIRY: 20, ACCOUNT_NUMBER: 19, PHONE: 22 },
  },
  { set: 'fresh13', values: 52, clean: 23, byType: { PERSON: 18, DATE_OF_BIRTH: 8, ADDRESS: 6 } },
  { set: 'fresh17', values: 44, clean: 15, byType: { PERSON: 14, PHONE: 7, DATE_OF_BIRTH: 6, ADDRESS: 5 } },
  {
    set: 'fresh19',
    values: 63,
    clean: 15,
    byType: { PERSON: 20, PHONE: 9, ADDRESS: 9, DATE_OF_BIRTH: 7, ACCOUNT_NUMBER: 6, CARD_EXPIRY: 5 },
  },
  {
    set: 'fresh14',
    values: 121,
    clean: 59,
    byType: { PERSON: 37, DATE_OF_BIRTH: 19, EMAIL: 20, CARD_EXPIRY: 13, ACCOUNT_NUMBER: 14, PHONE: 18 },
  },
  {
    set: 'fresh15',
    values: 111,
    clean: 36,
    byType: { PERSON: 19, DATE_OF_BIRTH: 27, EMAIL: 5, CARD_EXPIRY: 15, ACCOUNT_NUMBER: 25, PHONE: 16 },
  },
  {
    set: 'fresh16',
    values: 93,
    clean: 25,
    byType: { PERSON: 41, DATE_OF_BIRTH: 12, EMAIL: 1, CARD_EXPIRY: 10, ACCOUNT_NUMBER: 11, PHONE: 18 },
  },
  {
    set: 'fresh18',
    values: 64,
    clean: 21,
    byType: { PERSON: 22, DATE_OF_BIRTH: 11, CARD_EXPIRY: 9, ACCOUNT_NUMBER: 10, PHONE: 12 },
  },
  {
    set: 'fresh20',
    values: 31,
    clean: 63,
    byType: { PERSON: 14, PHONE: 11, DATE_OF_BIRTH: 2, ACCOUNT_NUMBER: 2, ADDRESS: 1, EMAIL: 1 },
  },
  {
    set: 'fresh21',
    values: 65,
    clean: 23,
    byType: { PERSON: 20, PHONE: 10, ADDRESS: 8, DATE_OF_BIRTH: 8, ACCOUNT_NUMBER: 8, EMAIL: 7, CARD_EXPIRY: 4 },
  },
  { set: 'fresh23', values: 52, clean: 23, byType: { DATE_OF_BIRTH: 24, CARD_EXPIRY: 13, ACCOUNT_NUMBER: 15 } },
  { set: 'fresh24', values: 76, clean: 26, byType: { PERSON: 76 } },
  {
    set: 'fresh25',
    values: 73,
    clean: 15,
    byType: { PERSON: 19, ADDRESS: 16, DATE_OF_BIRTH: 9, ACCOUNT_NUMBER: 6, PHONE: 5, EMAIL: 4, CARD_EXPIRY: 4 },
  },
  {
    set: 'fresh26',
    values: 75,
    clean: 15,
    byType: { PERSON: 23, DATE_OF_BIRTH: 20, CARD_EXPIRY: 16, ACCOUNT_NUMBER: 16 },
  },
  { set: 'fresh27', values: 78, clean: 22, byType: { PERSON: 76, PHONE: 1, ACCOUNT_NUMBER: 1 } },
  {
    set: 'fresh28',
    values: 71,
    clean: 25,
    byType: { PHONE: 66, ACCOUNT_NUMBER: 2, IBAN: 2, CREDIT_CARD: 1 },
  },
  { set: 'fresh29', values: 65, clean: 24, byType: { PERSON: 65 } },
  {
    set: 'fresh30',
    values: 80,
    clean: 18,
    byType: { PERSON: 22, ADDRESS: 10, PHONE: 9, DATE_OF_BIRTH: 8, ACCOUNT_NUMBER: 8, EMAIL: 5, CARD_EXPIRY: 4 },
  },
  { set: 'fresh31', values: 40, clean: 32, byType: { PERSON: 40 } },
  { set: 'fresh32', values: 98, clean: 25, byType: { ADDRESS: 98 } },
  { set: 'fresh33', values: 24, clean: 28, byType: { PERSON: 24 } },
  {
    set: 'fresh34',
    values: 125,
    clean: 26,
    byType: { PERSON: 37, ACCOUNT_NUMBER: 17, ADDRESS: 16, DATE_OF_BIRTH: 12, IBAN: 7, CREDIT_CARD: 7, CARD_EXPIRY: 7 },
  },
  {
    set: 'fresh35',
    values: 97,
    clean: 31,
    byType: { PERSON: 92, ADDRESS: 3, EMAIL: 1, PHONE: 1 },
  },
  {
    set: 'fresh36',
    values: 80,
    clean: 28,
    byType: { ACCOUNT_NUMBER: 35, DATE_OF_BIRTH: 27, CVV: 16, CREDIT_CARD: 1, CARD_EXPIRY: 1 },
  },
] as const;

describe('later PII sets load', () => {
  it.each(LATER_PII_SETS)(
    '$set: its labelled values by type and its clean look-alikes',
    ({ set, values, clean, byType }) => {
      const result = evaluateSanitizer(set);
      expect(result.redacted.values).toBe(values);
      expect(result.clean.utterances).toBe(clean);
      for (const [type, count] of Object.entries(byType)) {
        const rate = result.pii[type as (typeof PII_TYPES)[number]];
        expect([type, rate.truePositives + rate.falseNegatives]).toEqual([type, count]);
      }
    },
  );
});

/** The screen's attack families, in sorted order: every hand-written set and the held-out split cover them all. */
const ATTACK_FAMILIES = [
  'delimiter_injection',
  'instruction_override',
  'prompt_exfiltration',
  'roleplay_jailbreak',
  'tool_abuse',
];
/** The same with 'other_intent' (a kind no rule names), in sorted order: the later sets cover every family. */
const EVERY_FAMILY = [...ATTACK_FAMILIES.slice(0, 2), 'other_intent', ...ATTACK_FAMILIES.slice(2)];

describe('injection screen on material it never saw', () => {
  it('held-out phrasing families: the model file names them and the corpus still matches it', () => {
    const holdout = evaluateFamilyHoldout();
    expect(holdout.attacks).toBeGreaterThanOrEqual(1000);
    expect(holdout.benign).toBeGreaterThanOrEqual(1000);
    expect(Object.keys(holdout.recallByGroup).length).toBeGreaterThanOrEqual(10);
    expect(holdout.recall).toBeGreaterThanOrEqual(HOLDOUT_RECALL_FLOOR);
    expect(holdout.falsePositiveRate).toBeLessThanOrEqual(HOLDOUT_FALSE_POSITIVE_CEILING);
    expect(Object.keys(holdout.falsePositiveRateByGroup).every((g) => g.startsWith('benign.'))).toBe(true);
    expect(Object.keys(holdout.falsePositiveRateByGroup).length).toBeGreaterThanOrEqual(5);
  });

  it('holds out whole families of every kind, none of them read while tuning', () => {
    const held = heldOutFamilies();
    expect(held.filter((name) => TUNING_FAMILIES.has(name))).toEqual([]);
    const kinds = new Set(PHRASING_FAMILIES.filter((f) => held.includes(f.name)).map((f) => f.kind));
    expect([...kinds].sort()).toEqual(['benign', ...ATTACK_FAMILIES]);
    expect(heldOutFamilies(1616)).toEqual(held);
    expect(heldOutFamilies(7)).not.toEqual(held);
  });

  it('hand-written set: every attack family, several languages and encodings', () => {
    const { byFamily, byVariant } = evaluateHandwritten();
    expect(Object.keys(byFamily.recallByGroup).sort()).toEqual(ATTACK_FAMILIES);
    expect(Object.keys(byVariant.recallByGroup)).toEqual(
      expect.arrayContaining(['es', 'fr', 'de', 'pt', 'base64', 'rot13', 'hex', 'url', 'homoglyph']),
    );
    expect(byFamily.recall).toBeGreaterThanOrEqual(HANDWRITTEN_RECALL_FLOOR);
    expect(byFamily.falsePositiveRate).toBeLessThanOrEqual(HANDWRITTEN_FALSE_POSITIVE_CEILING);
  });

  it.each([
    ['second', HANDWRITTEN_2_FILE, 'hw2'],
    ['third', HANDWRITTEN_3_FILE, 'hw3'],
  ])('%s hand-written set loads: every attack family, several languages and encodings', (_name, file, prefix) => {
    const { byFamily, byVariant } = evaluateHandwritten(file);
    expect(byFamily.attacks).toBeGreaterThanOrEqual(40);
    expect(byFamily.benign).toBeGreaterThanOrEqual(40);
    expect(Object.keys(byFamily.recallByGroup)).toEqual(expect.arrayContaining(ATTACK_FAMILIES));
    expect(Object.keys(byVariant.recallByGroup)).toEqual(
      expect.arrayContaining(['en', 'es', 'fr', 'de', 'base64', 'homoglyph', 'zero-width']),
    );
    for (const miss of byFamily.misses)
      expect(miss).toMatch(new RegExp(`^${prefix}-[ab]\\d{2} (missed|false alarm) \\([a-z_]+\\)$`));
  });

  const LANGUAGES = ['de', 'en', 'es', 'fr', 'pt'];
  const OBFUSCATIONS = ['base64', 'homoglyph', 'zero-width'];
  /** Each later hand-written set: its size, its attack families (exactly) and the variants it holds (at least). */
  const LATER_SETS = [
    {
      name: 'fourth',
      file: HANDWRITTEN_4_FILE,
      prefix: 'hw4',
      attacks: 50,
      benign: 50,
      families: ['instruction_override', 'other_intent', 'prompt_exfiltration', 'roleplay_jailbreak', 'tool_abuse'],
      variants: LANGUAGES,
    },
    {
      name: 'fifth',
      file: HANDWRITTEN_5_FILE,
      prefix: 'hw5',
      attacks: 50,
      benign: 50,
      families: ATTACK_FAMILIES,
      variants: LANGUAGES,
    },
    {
      name: 'sixth',
      file: HANDWRITTEN_6_FILE,
      prefix: 'hw6',
      attacks: 50,
      benign: 50,
      families: ATTACK_FAMILIES,
      variants: LANGUAGES,
    },
    {
      name: 'seventh',
      file: HANDWRITTEN_7_FILE,
      prefix: 'hw7',
      attacks: 52,
      benign: 72,
      families: ATTACK_FAMILIES,
      variants: [...LANGUAGES, 'it', ...OBFUSCATIONS],
    },
    {
      name: 'eighth',
      file: HANDWRITTEN_8_FILE,
      prefix: 'hw8',
      attacks: 50,
      benign: 100,
      families: ATTACK_FAMILIES,
      variants: [...LANGUAGES, 'it', ...OBFUSCATIONS, 'leet'],
    },
    {
      name: 'ninth',
      file: HANDWRITTEN_9_FILE,
      prefix: 'hw9',
      attacks: 50,
      benign: 100,
      families: ATTACK_FAMILIES,
      variants: [...LANGUAGES, 'it', ...OBFUSCATIONS, 'leet', 'fullwidth', 'spaced'],
    },
    {
      name: 'tenth',
      file: HANDWRITTEN_10_FILE,
      prefix: 'hw10',
      attacks: 40,
      benign: 120,
      families: ['tool_abuse'],
      variants: [...LANGUAGES, 'it', ...OBFUSCATIONS, 'leet'],
    },
    {
      name: 'eleventh',
      file: HANDWRITTEN_11_FILE,
      prefix: 'hw11',
      attacks: 40,
      benign: 80,
      families: ['instruction_override', 'tool_abuse'],
      variants: [...LANGUAGES, 'it'],
    },
    {
      name: 'twelfth',
      file: HANDWRITTEN_12_FILE,
      prefix: 'hw12',
      attacks: 30,
      benign: 30,
      families: ['instruction_override', 'prompt_exfiltration', 'roleplay_jailbreak', 'tool_abuse'],
      variants: [...LANGUAGES, 'it'],
    },
    {
      name: 'thirteenth',
      file: HANDWRITTEN_13_FILE,
      prefix: 'hw13',
      attacks: 50,
      benign: 100,
      families: EVERY_FAMILY,
      variants: [...LANGUAGES, 'it', ...OBFUSCATIONS, 'leet', 'fullwidth', 'spaced'],
    },
    {
      name: 'fifteenth',
      file: HANDWRITTEN_15_FILE,
      prefix: 'hw15',
      attacks: 60,
      benign: 60,
      families: EVERY_FAMILY,
      variants: [...LANGUAGES, 'it', 'mixed', ...OBFUSCATIONS, 'leet', 'spaced', 'rot13'],
    },
    {
      name: 'sixteenth',
      file: HANDWRITTEN_16_FILE,
      prefix: 'hw16',
      attacks: 40,
      benign: 40,
      families: ['other_intent', 'tool_abuse'],
      variants: [...LANGUAGES, 'it'],
    },
    {
      name: 'seventeenth',
      file: HANDWRITTEN_17_FILE,
      prefix: 'hw17',
      attacks: 40,
      benign: 80,
      families: EVERY_FAMILY,
      variants: [...LANGUAGES, 'it', 'nl'],
    },
    {
      name: 'nineteenth',
      file: HANDWRITTEN_19_FILE,
      prefix: 'hw19',
      attacks: 51,
      benign: 69,
      families: EVERY_FAMILY,
      variants: [...LANGUAGES, 'it', 'nl', ...OBFUSCATIONS, 'leet', 'fullwidth', 'spaced', 'rot13', 'hex', 'url'],
    },
    {
      name: 'twenty-first',
      file: HANDWRITTEN_21_FILE,
      prefix: 'hw21',
      attacks: 38,
      benign: 48,
      families: ['tool_abuse'],
      variants: [...LANGUAGES, 'it', 'nl'],
    },
    {
      name: 'twenty-second',
      file: HANDWRITTEN_22_FILE,
      prefix: 'hw22',
      attacks: 30,
      benign: 150,
      families: EVERY_FAMILY,
      variants: [...LANGUAGES, 'it', 'nl'],
    },
    {
      name: 'twenty-third',
      file: HANDWRITTEN_23_FILE,
      prefix: 'hw23',
      attacks: 60,
      benign: 60,
      families: EVERY_FAMILY,
      variants: [...LANGUAGES, 'it', 'nl'],
    },
    {
      name: 'twenty-fifth',
      file: HANDWRITTEN_25_FILE,
      prefix: 'hw25',
      attacks: 40,
      benign: 60,
      families: EVERY_FAMILY,
      variants: [...LANGUAGES, 'it', 'nl', 'leet', 'spaced', 'homoglyph'],
    },
    {
      name: 'twenty-sixth',
      file: HANDWRITTEN_26_FILE,
      prefix: 'hw26',
      attacks: 20,
      benign: 100,
      families: EVERY_FAMILY,
      variants: [...LANGUAGES, 'it', 'nl', 'base64', 'leet', 'fullwidth', 'zero-width'],
    },
    {
      name: 'twenty-seventh',
      file: HANDWRITTEN_27_FILE,
      prefix: 'hw27',
      attacks: 40,
      benign: 60,
      families: ['instruction_override', 'other_intent', 'prompt_exfiltration', 'roleplay_jailbreak', 'tool_abuse'],
      variants: [...LANGUAGES, 'it', 'nl', 'mixed'],
    },
    {
      name: 'twenty-ninth',
      file: HANDWRITTEN_29_FILE,
      prefix: 'hw29',
      attacks: 40,
      benign: 60,
      families: EVERY_FAMILY,
      variants: [...LANGUAGES, 'it', 'nl'],
    },
    {
      name: 'thirtieth',
      file: HANDWRITTEN_30_FILE,
      prefix: 'hw30',
      attacks: 40,
      benign: 60,
      families: EVERY_FAMILY,
      variants: [...LANGUAGES, 'it', 'nl', 'leet', 'base64'],
    },
    {
      name: 'thirty-first',
      file: HANDWRITTEN_31_FILE,
      prefix: 'hw31',
      attacks: 24,
      benign: 36,
      families: ['instruction_override', 'other_intent', 'roleplay_jailbreak', 'tool_abuse'],
      variants: [...LANGUAGES, 'it', 'nl'],
    },
    {
      name: 'thirty-second',
      file: HANDWRITTEN_32_FILE,
      prefix: 'hw32',
      attacks: 20,
      benign: 30,
      families: ['instruction_override', 'other_intent', 'prompt_exfiltration', 'tool_abuse'],
      variants: [...LANGUAGES, 'it', 'nl'],
    },
    {
      name: 'thirty-fourth',
      file: HANDWRITTEN_34_FILE,
      prefix: 'hw34',
      attacks: 30,
      benign: 70,
      families: EVERY_FAMILY,
      variants: [...LANGUAGES, 'it', 'nl', 'obfuscated', 'encoded'],
    },
    {
      name: 'thirty-fifth',
      file: HANDWRITTEN_35_FILE,
      prefix: 'hw35',
      attacks: 50,
      benign: 50,
      families: EVERY_FAMILY,
      variants: [...LANGUAGES, 'it', 'nl', 'obfuscated', 'encoded'],
    },
    {
      name: "fourteenth (the lead's check)",
      file: HANDWRITTEN_14_FILE,
      prefix: 'hw14',
      attacks: 40,
      benign: 80,
      families: EVERY_FAMILY,
      variants: [...LANGUAGES, 'it'],
    },
    {
      name: "eighteenth (the lead's second check)",
      file: HANDWRITTEN_18_FILE,
      prefix: 'hw18',
      attacks: 40,
      benign: 60,
      families: EVERY_FAMILY,
      variants: [...LANGUAGES, 'it'],
    },
    {
      name: "twentieth (the lead's third check)",
      file: HANDWRITTEN_20_FILE,
      prefix: 'hw20',
      attacks: 40,
      benign: 60,
      families: EVERY_FAMILY,
      variants: [...LANGUAGES, 'it', 'nl'],
    },
    {
      name: "twenty-fourth (the lead's fourth check)",
      file: HANDWRITTEN_24_FILE,
      prefix: 'hw24',
      attacks: 40,
      benign: 60,
      families: EVERY_FAMILY,
      variants: [...LANGUAGES, 'it', 'nl', 'obfuscated', 'encoded'],
    },
    {
      name: "twenty-eighth (the lead's fifth check)",
      file: HANDWRITTEN_28_FILE,
      prefix: 'hw28',
      attacks: 40,
      benign: 60,
      families: EVERY_FAMILY,
      variants: [...LANGUAGES, 'it', 'nl', 'obfuscated', 'encoded'],
    },
    {
      name: "thirty-third (the lead's sixth check)",
      file: HANDWRITTEN_33_FILE,
      prefix: 'hw33',
      attacks: 40,
      benign: 60,
      families: EVERY_FAMILY,
      variants: [...LANGUAGES, 'it', 'nl', 'obfuscated', 'encoded'],
    },
  ];
  it.each(LATER_SETS)(
    '$name hand-written set loads: its size, its families and languages, misses named by id only',
    ({ file, prefix, attacks, benign, families, variants }) => {
      const { byFamily, byVariant } = evaluateHandwritten(file);
      expect(byFamily.attacks).toBe(attacks);
      expect(byFamily.benign).toBe(benign);
      expect(Object.keys(byFamily.recallByGroup).sort()).toEqual(families);
      expect(Object.keys(byVariant.recallByGroup)).toEqual(expect.arrayContaining(variants));
      for (const miss of byFamily.misses)
        expect(miss).toMatch(new RegExp(`^${prefix}-(a\\d{2}|b\\d{2,3}) (missed|false alarm) \\([a-z_-]+\\)$`));
    },
  );

  it('reports ids and group names, never message text', () => {
    const { byFamily } = evaluateHandwritten();
    for (const miss of byFamily.misses)
      expect(miss).toMatch(/^hand-(attack|benign)-\d{3} (missed|false alarm) \([a-z_]+\)$/);
  });
});
