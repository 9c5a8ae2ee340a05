/**
 * Issue 12, the fresh27 pass: names no word list holds ("Itziar", "Soizic", "Wolfhart") in slots that take a person,
 * and the firms, teams and ordinary words of the five languages that stand in the same slots. Each rule has its
 * positive and a near miss that stays.
 */
import { detectPii } from '../domain/sanitizer/pii';
import { Kind, kindOf } from '../domain/sanitizer/pii/nameWordKinds';

const found = (text: string): string[] => detectPii(text).map((s) => `${s.type}:${text.slice(s.start, s.end)}`);

describe('fresh27: word kinds of firms and of nouns of other languages', () => {
  it.each(['Movistar', 'Telekom', 'Ikea', 'Facturación', 'Buchhaltung', 'Mitgliedschaft', 'Atenção', 'Seguridad'])(
    '%s is an ordinary word or a brand',
    (word) => expect(kindOf(word)).toBe(Kind.Word),
  );
  it.each(['Trung', 'Otto', 'Itziar', 'Soizic'])('%s is no word', (word) => expect(kindOf(word)).not.toBe(Kind.Word));
});

describe('fresh27: someone who served the caller, a word of no list', () => {
  it.each([
    ['Cliente: hablé con Ainhoa la semana pasada y nada.', ['PERSON:Ainhoa']],
    ['Cliente: falei com a Josiclea e depois com o Valdenor, e nada.', ['PERSON:Josiclea', 'PERSON:Valdenor']],
    ["Client : j'ai eu Maïwenn au téléphone lundi.", ['PERSON:Maïwenn']],
  ])('%j', (text, values) => expect(found(text)).toEqual(values));

  it.each([
    'Cliente: hablé con Movistar la semana pasada y nada.',
    'Cliente: hablé con Facturación ayer y nada.',
    "Client : j'ai eu SFR au téléphone lundi.",
  ])('stays: %j', (text) => expect(found(text)).toEqual([]));
});

describe('fresh27: German "ich hatte X am Apparat"', () => {
  it.each([
    ['Kunde: ich hatte Ihren Kollegen Reemt am Apparat, der war nett.', 'PERSON:Reemt'],
    ['Kundin: ich hatte gestern Okke am Telefon.', 'PERSON:Okke'],
  ])('%j', (text, value) => expect(found(text)).toEqual([value]));

  it.each(['Kunde: ich hatte die Telekom am Apparat.', 'Kunde: ich hatte Telekom am Apparat, die wussten nichts.'])(
    'stays: %j',
    (text) => expect(found(text)).toEqual([]),
  );
});

describe('fresh27: someone asked to call back, in French, Spanish and Portuguese', () => {
  it.each([
    ['Client : pouvez-vous demander à Gwenola de me rappeler ?', 'PERSON:Gwenola'],
    ['Cliente: ¿puede pedirle a Garazi que me llame?', 'PERSON:Garazi'],
    ['Cliente: dá pra pedir pro Josivaldo me ligar?', 'PERSON:Josivaldo'],
  ])('%j', (text, value) => expect(found(text)).toEqual([value]));

  it.each([
    'Client : pouvez-vous demander à Orange de me rappeler ?',
    'Cliente: ¿puede pedirle a Facturación que me llame?',
    'Cliente: dá pra pedir pra Central me ligar?',
  ])('stays: %j', (text) => expect(found(text)).toEqual([]));
});

describe('fresh27: "tell X I said", "ask X whether"; a team asked to call', () => {
  it.each([
    ['Customer: tell Kwesi I said thanks.', 'PERSON:Kwesi'],
    ['Customer: ask Bogumil whether the part has shipped.', 'PERSON:Bogumil'],
    ['Customer: ask Bogumil to ring me.', 'PERSON:Bogumil'],
  ])('%j', (text, value) => expect(found(text)).toEqual([value]));

  it.each([
    'Customer: tell Movistar I said no.',
    'Customer: ask them whether the part has shipped.',
    'Customer: ask Dispatch to ring me.',
  ])('stays: %j', (text) => expect(found(text)).toEqual([]));
});

describe('fresh27: someone in a team or an office who did something', () => {
  it.each([
    ['Agent: Svetozara in retentions will ring you later.', 'PERSON:Svetozara'],
    ['Customer: Ifeyinwa in your Bristol office gave me this number.', 'PERSON:Ifeyinwa'],
  ])('%j', (text, value) => expect(found(text)).toEqual([value]));

  it.each(['Customer: the Xperia in your Bristol store will be repaired.', 'Customer: Svetozara in retentions.'])(
    'stays: %j',
    (text) => expect(found(text)).toEqual([]),
  );
});

describe('fresh27: someone who said something, then "she" or "he"; whose thing it is', () => {
  it.each([
    ["Customer: Thordis said she'd waive the fee.", ['PERSON:Thordis']],
    ["Customer: Chiamaka's card was declined; she's my niece.", ["PERSON:Chiamaka's"]],
    ["Customer: Chiamaka's husband rang you yesterday.", ["PERSON:Chiamaka's"]],
  ])('%j', (text, values) => expect(found(text)).toEqual(values));

  it.each([
    "Customer: Zentrix said they'd waive the fee.",
    "Customer: Zentrix's card was declined; it's the bank's fault.",
  ])('stays: %j', (text) => expect(found(text)).toEqual([]));
});

describe('fresh27: two words of no list where a person is dealt with or remembered', () => {
  it.each([
    ['Customer: I dealt with Tolulope Adeyinka last time.', 'PERSON:Tolulope Adeyinka'],
    ['Customer: the courier, Kestutis Baker or something, left it outside.', 'PERSON:Kestutis Baker'],
  ])('%j', (text, value) => expect(found(text)).toEqual([value]));

  it.each([
    'Customer: I dealt with Virgin Media last time.',
    'Customer: the courier, Royal Mail or something, left it outside.',
  ])('stays: %j', (text) => expect(found(text)).toEqual([]));
});

describe('fresh27: an Irish surname with "Mac Giolla" after a given name of no list', () => {
  it('finds the whole name', () =>
    expect(found('caller: uh hi yeah, Ruairí Mac Giolla Bhríde, ringing about the bill')).toEqual([
      'PERSON:Ruairí Mac Giolla Bhríde',
    ]));
  it('stays: a shop', () => expect(found('Customer: the Galway Mac Store opens at nine.')).toEqual([]));
});

describe('fresh27: a firm, a city or a role after a contact cue or a thanks', () => {
  it.each([
    ['Customer: I spoke to Thandeka about the delivery.', 'PERSON:Thandeka'],
    ['Cliente: obrigado, Iracilda, até logo.', 'PERSON:Iracilda'],
  ])('%j', (text, value) => expect(found(text)).toEqual([value]));

  it.each([
    'Customer: I spoke to Ikea about the delivery.',
    'Customer: I was speaking with Mumbai earlier, the call centre there.',
    'Cliente: obrigado, Atendente, até logo.',
  ])('stays: %j', (text) => expect(found(text)).toEqual([]));
});

describe('fresh27: "a certain" before a name with a particle; a role remembered abroad', () => {
  it.each([
    ["Client : puis un certain Gwenaël Le Bihan qui m'a raccroché au nez.", 'PERSON:Gwenaël Le Bihan'],
    ['Cliente: me atendió una chica, Nerea creo que se llamaba.', 'PERSON:Nerea'],
  ])('%j', (text, value) => expect(found(text)).toEqual([value]));

  it.each(['Client : il faut un certain Temps pour ça.', 'Cliente: me atendió una chica, Movistar creo, no sé.'])(
    'stays: %j',
    (text) => expect(found(text)).toEqual([]),
  );
});

describe('fresh27: the start of the first name of a full name spelled, the reading broken off', () => {
  it('finds the letters', () =>
    expect(found("Customer: it's Thorvaldur Jónsson, T-H-O-R... sorry, the line.")).toEqual([
      'PERSON:Thorvaldur Jónsson',
      'PERSON:T-H-O-R',
    ]));
  it('stays: a product', () => expect(found('Customer: I bought the Galaxy Ultra, G-A-L-A... no wait')).toEqual([]));
});

describe('fresh27 (found while probing): a clause after an apology that follows a name', () => {
  it('finds the corrected name', () =>
    expect(found('my name is jean-baptiste no sorry jean-luc moreau')).toEqual([
      'PERSON:jean-baptiste',
      'PERSON:jean-luc moreau',
    ]));
  it.each(["Customer: Smith, S-M-I-T-H, sorry, line's bad.", 'Customer: Smith, S-M-I-T-H, sorry, line is bad.'])(
    'stays a clause: %j',
    (text) => expect(found(text)).toEqual(['PERSON:Smith', 'PERSON:S-M-I-T-H']),
  );
});
