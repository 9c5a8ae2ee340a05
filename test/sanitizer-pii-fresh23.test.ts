/**
 * Issue 12, the fresh23 pass: birth dates, card expiries and account numbers said in shapes the detectors missed.
 * Each rule has its positive and a near miss that stays.
 */
import { detectPii } from '../domain/sanitizer/pii';
import { PII_ADVERSARIAL_INPUTS } from './fixtures/adversarialInputs';

const found = (text: string): string[] => detectPii(text).map((s) => `${s.type}:${text.slice(s.start, s.end)}`);

describe('fresh23: birth dates', () => {
  it.each([
    ["Customer: I'm a March '88 baby, if you need it.", "DATE_OF_BIRTH:March '88"],
    ["my husband? he's an '82 baby", "DATE_OF_BIRTH:'82"],
    ['she is a June 2015 baby', 'DATE_OF_BIRTH:June 2015'],
    ['Customer: DOB 12 . 06 . 1977', 'DATE_OF_BIRTH:12 . 06 . 1977'],
    ['date of birth 3 - 9 - 1971', 'DATE_OF_BIRTH:3 - 9 - 1971'],
  ])('%j', (text, value) => expect(found(text)).toEqual([value]));

  it.each([
    'the March 2026 baby shower is booked for Saturday',
    'we sell a lot of June 2025 baby clothes',
    'the score was 12 - 06 - 1977',
    'the invoice is dated 12 . 06 . 2026',
  ])('stays: %j', (text) => expect(found(text)).toEqual([]));
});

describe('fresh23: card expiries', () => {
  it.each([
    ["Customer: the card's good until the end of 2027, I think.", 'CARD_EXPIRY:end of 2027'],
    ['Kunde: die Karte ist gültig bis Ende 2029.', 'CARD_EXPIRY:Ende 2029'],
    ['Cliente: la carta scade a gennaio 2029.', 'CARD_EXPIRY:gennaio 2029'],
    ['la carta di credito scade 04/28', 'CARD_EXPIRY:04/28'],
    ['card valid until end 2027', 'CARD_EXPIRY:end 2027'],
    ['it says use by 08/27 on the card', 'CARD_EXPIRY:08/27'],
  ])('%j', (text, value) => expect(found(text)).toEqual([value]));

  it.each([
    'the offer is good until the end of 2027',
    'my contract runs until the end of 2027',
    "l'offerta scade a gennaio 2029",
    'il pacco scade a gennaio 2029',
    'use by 08/27 it says on the yoghurt',
    'best before end 2027, the milk',
  ])('stays: %j', (text) => expect(found(text)).toEqual([]));
});

describe('fresh23: account numbers', () => {
  it.each([
    ['Customer: policy no. PL 2291 0048 7.', 'ACCOUNT_NUMBER:PL 2291 0048 7'],
    ['account CN 0048 1176 3, and my postcode', 'ACCOUNT_NUMBER:CN 0048 1176 3'],
    ['member no. 55 1029 3388 1', 'ACCOUNT_NUMBER:55 1029 3388 1'],
    ['contract ref 2023-DE-44812', 'ACCOUNT_NUMBER:2023-DE-44812'],
    ['Kunde: Kundennr. 4471-992-01', 'ACCOUNT_NUMBER:4471-992-01'],
    ['Cliente: o número da apólice é 88.221.993-4', 'ACCOUNT_NUMBER:88.221.993-4'],
  ])('%j', (text, value) => expect(found(text)).toEqual([value]));

  it.each([
    ['policy PL 2291 0048 2 weeks ago', 'ACCOUNT_NUMBER:PL 2291 0048'],
    ['policy PL 2291 0048 7.5 percent', 'ACCOUNT_NUMBER:PL 2291 0048'],
    ['member no. 55 1029 3388 3 times a year', 'ACCOUNT_NUMBER:55 1029 3388'],
  ])('a count or an amount after it stays: %j', (text, value) => expect(found(text)).toEqual([value]));

  it.each(['the contract renews on 01/09/2026.', 'the account has 1.234.567-8 points', 'Kunde: Kundennr. bitte?'])(
    'stays: %j',
    (text) => expect(found(text)).toEqual([]),
  );
});

describe('fresh23: a 200 KB flood of the new rules’ words (timings are the benchmark’s; here the verdicts)', () => {
  it('finds only the account numbers, none with the count after it', () => {
    const text = PII_ADVERSARIAL_INPUTS['birth, expiry and account cues'];
    const values = detectPii(text).map((s) => `${s.type}:${text.slice(s.start, s.end)}`);
    expect(values.length).toBe(1785);
    expect(new Set(values)).toEqual(new Set(['ACCOUNT_NUMBER:PL 2291 0048']));
  });
});
