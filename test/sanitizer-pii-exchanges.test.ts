/** Issue 12: agent/customer exchanges of the fifteenth pass (fresh15): each rule with a value and a near miss. */
import { detectPii } from '../domain/sanitizer/pii';

const found = (text: string): string[] => detectPii(text).map((s) => `${s.type}:${text.slice(s.start, s.end)}`);

describe('a value corrected a few words on, to another of the same shape', () => {
  it.each([
    ["Customer: my date of birth's 11-7-93, no wait, 11-7-94", 'DATE_OF_BIRTH:11-7-94'],
    ["Agent: I have the expiry as 10/27? Customer: no it's 10/28, they sent a new one", 'CARD_EXPIRY:10/28'],
  ])('%j', (text, value) => expect(found(text)).toContain(value));

  it.each([
    ["Customer: my date of birth's 11-7-93, no, the appointment is at 12:30", '12:30'],
    ['Agent: the expiry is 10/27? Customer: no sorry, I ordered 10 units', '10'],
    ['Agent: account number 40718263? Customer: no, the order number is 40718264', '40718264'],
  ])('not the correction: %j', (text, kept) =>
    expect(found(text).some((value) => value.endsWith(`:${kept}`))).toBe(false),
  );
});

describe('an account number asked, answered after a yes ("I do, it\'s ...", "oh yeah, ...")', () => {
  it.each([
    ["Agent: do you have your policy number handy? Customer: I do, it's PX-447190", 'ACCOUNT_NUMBER:PX-447190'],
    ["Agent: the member number's on the card. Customer: oh yeah, MB-00913377", 'ACCOUNT_NUMBER:MB-00913377'],
  ])('%j', (text, value) => expect(found(text)).toContain(value));

  it.each([
    "Agent: do you have your account number handy? Customer: I do, I'll call back at 4 30",
    'Agent: what is your account number? Customer: oh yeah, I have 3 accounts',
  ])('no number: %j', (text) => expect(found(text)).toEqual([]));
});

describe('an expiry cue written with a hyphen ("valid-thru", "good-thru")', () => {
  it.each([
    ['Agent: and the valid-thru date? Customer: 04 27', 'CARD_EXPIRY:04 27'],
    ["Customer: the card's good-thru 09/29", 'CARD_EXPIRY:09/29'],
  ])('%j', (text, value) => expect(found(text)).toContain(value));

  it.each(['Agent: the valid-thru date on the voucher? Customer: 04 27 items'])('no expiry: %j', (text) =>
    expect(found(text)).toEqual([]),
  );
});

describe('a name asked in French, Spanish, German or Portuguese, answered after the customer label', () => {
  it.each([
    ["Agent : votre nom, s'il vous plaît ? Client : Maëlys Quéméneur", 'PERSON:Maëlys Quéméneur'],
    ['Agent: Ihr Name bitte? Kunde: Waltraud Pfefferkorn', 'PERSON:Waltraud Pfefferkorn'],
    ['Atendente: qual é o seu nome? Cliente: Anselmo Brandão Vieira', 'PERSON:Anselmo Brandão Vieira'],
  ])('%j', (text, value) => expect(found(text)).toContain(value));

  it.each([
    'Agent : le nom de la société ? Client : Boulangerie Martin',
    'Agent: Ihr Name bitte? Kunde: Einen Moment',
    'Agente: ¿a nombre de quién? Cliente: Banco Santander',
  ])('no name: %j', (text) => expect(found(text)).toEqual([]));
});
