/**
 * The fresh28 pass on phones: each rule with a phone it now finds and a near-miss it leaves alone (probes in the
 * rule's shape, not the set's lines).
 */
import { detectPii } from '../domain/sanitizer/pii';

/** "TYPE:matched text" for every span, in text order. */
const found = (text: string): string[] => detectPii(text).map((s) => `${s.type}:${text.slice(s.start, s.end)}`);

describe('a reference labelled by a German or Dutch compound is no phone', () => {
  it.each([
    ['Kunde: die Telefonnummer ist 0171 2345678', 'PHONE:0171 2345678'],
    ['Klant: mijn telefoonnummer is 0612345678', 'PHONE:0612345678'],
  ])('%j', (text, value) => expect(found(text)).toEqual([value]));

  it.each([
    'Kunde: die Bestellnummer ist 0171 2345678',
    'Kunde: Rechnungsnummer 0171 2345678',
    'Kunde: Sendungsnummer 0171 2345678',
    'Klant: het ordernummer is 0612345678',
    'Klant: factuurnummer 0612345678',
    'Klant: het trackingnummer is 0612345678',
  ])('leaves %j alone', (text) => expect(found(text)).toEqual([]));
});

describe('an extension said in Italian or Dutch', () => {
  it.each([
    ["Cliente: il numero dell'ufficio è 02 8723 4561 interno 45", 'PHONE:02 8723 4561 interno 45'],
    ['Klant: bel me op 010 123 4567 toestel 12', 'PHONE:010 123 4567 toestel 12'],
    // After a comma the sets label the extension apart, as in English.
    ['Cliente: 02 8723 4561, interno 45', 'PHONE:02 8723 4561'],
  ])('%j', (text, value) => expect(found(text)).toEqual([value]));

  it.each(['Cliente: interno 45, scala B', 'Klant: toestel 12 is kapot'])('leaves %j alone', (text) =>
    expect(found(text)).toEqual([]),
  );
});

describe('an area code apart from its number, by a spaced dash or a comma', () => {
  it.each([
    ['Klant: mijn vaste nummer is 020 - 555 1234', 'PHONE:020 - 555 1234'],
    ['Customer: the number is 0161, 496 0380.', 'PHONE:0161, 496 0380'],
  ])('%j', (text, value) => expect(found(text)).toEqual([value]));

  it.each([
    // The comma may part two numbers of a list: with no phone word it stays.
    'items 0161, 496 0380',
    'the shift ran 0900 - 1700 daily',
  ])('leaves %j alone', (text) => expect(found(text)).toEqual([]));
});

describe('a German number with its pairs after the slash', () => {
  it.each([
    ['Kunde: Telefon 089/45 67 89 10, am besten vormittags.', 'PHONE:089/45 67 89 10'],
    ['Handy 0171 / 234 56 78', 'PHONE:0171 / 234 56 78'],
  ])('%j', (text, value) => expect(found(text)).toEqual([value]));

  // A date and a time; pairs after a slash with no area code from "0" before it.
  it.each(['Rückruf am 09/10 12 30 Uhr, Telefon bitte', 'Telefon: Termin 12/123 45 67'])('leaves %j alone', (text) =>
    expect(found(text)).toEqual([]),
  );
});

describe('the international prefix "00" glued to the number or apart from the country code', () => {
  it.each([
    ['me: my no. is 00447723456123 pls call after 6', 'PHONE:00447723456123'],
    ['call me on 00 44 7723 900461', 'PHONE:00 44 7723 900461'],
  ])('%j', (text, value) => expect(found(text)).toEqual([value]));

  it.each(['00123456789012 is the container', 'shipment 0044772345612300 arrived', 'I paid 00 44 7723 pounds'])(
    'leaves %j alone',
    (text) => expect(found(text)).toEqual([]),
  );
});

describe('a British or Australian mobile read one digit at a time needs no phone word', () => {
  it.each([
    ["Agent: so that's 0 4 9 1 5 7 0 1 5 6, correct?", 'PHONE:0 4 9 1 5 7 0 1 5 6'],
    ["it's 0 7 7 2 3 9 0 0 4 6 1", 'PHONE:0 7 7 2 3 9 0 0 4 6 1'],
  ])('%j', (text, value) => expect(found(text)).toEqual([value]));

  it('leaves other digits read one at a time alone', () =>
    expect(found("so that's 4 9 1 5 7 0 1 5 6 2, correct?")).toEqual([]));
});

describe('mobiles in the layout their country writes them in, with no phone word', () => {
  it.each([
    ['ok 087 123 4567 thanks', 'PHONE:087 123 4567'],
    ['Kunde: 0160 456 7890', 'PHONE:0160 456 7890'],
    ['Klant: 06 1234 5678', 'PHONE:06 1234 5678'],
    ['Cliente: 612 34 56 78', 'PHONE:612 34 56 78'],
    // Said in words in threes, a Spanish or Portuguese mobile needs no phone word either.
    [
      'cliente: seis uno dos, tres cuatro cinco, seis siete ocho',
      'PHONE:seis uno dos, tres cuatro cinco, seis siete ocho',
    ],
  ])('%j', (text, value) => expect(found(text)).toEqual([value]));

  // Nine digits in threes are also a count with its thousands apart.
  it.each(['we have 612 345 678 users', 'cliente: 612 345 678'])('leaves %j alone', (text) =>
    expect(found(text)).toEqual([]),
  );
});

describe('digits said in Italian and Dutch, and hesitations of other languages', () => {
  it.each([
    [
      'cliente: allora tre quattro sette, uno due tre, quattro cinque sei sette',
      'PHONE:tre quattro sette, uno due tre, quattro cinque sei sette',
    ],
    [
      'klant: het is nul zes, een twee drie vier, vijf zes zeven acht',
      'PHONE:nul zes, een twee drie vier, vijf zes zeven acht',
    ],
    [
      'kunde: also null eins sechs null, äh, vier fünf sechs, sieben acht neun null',
      'PHONE:null eins sechs null, äh, vier fünf sechs, sieben acht neun null',
    ],
  ])('%j', (text, value) => expect(found(text)).toEqual([value]));

  it.each(['sei tre giorni fa', 'tre quattro cinque', "kunde: null eins sechs null, äh, das war's"])(
    'leaves %j alone',
    (text) => expect(found(text)).toEqual([]),
  );
});

describe('Portuguese "um" beside Portuguese digit words is one', () => {
  it('"nove um dois, ..."', () =>
    expect(detectPii('cliente: é nove um dois, três quatro cinco, seis sete oito')).toEqual([
      expect.objectContaining({ type: 'PHONE', start: 11, end: 58, canonical: '912345678' }),
    ]));
  it('an English "um" stays a hesitation', () =>
    expect(detectPii('my cell is four one five, um, five five five, two three four one')).toEqual([
      expect.objectContaining({ type: 'PHONE', canonical: '4155552341' }),
    ]));
});

describe('a national number of a country the turn names, next to a phone word', () => {
  it.each([
    ['Customer: my SG number is 9123 4567, HP can.', 'PHONE:9123 4567'],
    ['my Danish mobile is 20 12 34 56', 'PHONE:20 12 34 56'],
    ['my Chinese number is 138 1234 5678', 'PHONE:138 1234 5678'],
    // Every form of a German or French adjective names the country.
    ['mein norwegisches Handy: 412 34 567', 'PHONE:412 34 567'],
    ['mon portable, une ligne danoise : 20 12 34 56', 'PHONE:20 12 34 56'],
  ])('%j', (text, value) => expect(found(text)).toEqual([value]));

  it.each([
    'my number is 9123 4567',
    'the SG order is 9123 4567',
    'in Singapore we sold 9123 4567 units last year',
    'die norwegischen Kunden haben 412 34 567 Bestellungen',
    'les clientes danoises ont passé 20 12 34 56 commandes',
  ])('leaves %j alone', (text) => expect(found(text)).toEqual([]));
});

describe('"cel" is a phone word', () => {
  it('"cel. 33 3612 4455"', () => expect(found('cel. 33 3612 4455')).toEqual(['PHONE:33 3612 4455']));
  it('leaves the number alone without it', () => expect(found('pedido 33 3612 4455')).toEqual([]));
});

describe('a country code written or said without its "+", next to a phone word', () => {
  it.each([
    ['my number is 44 7723 900461', 'PHONE:44 7723 900461'],
    ['my number is 447723900461', 'PHONE:447723900461'],
    [
      "my number's four four seven seven two three nine double oh four six one",
      'PHONE:four four seven seven two three nine double oh four six one',
    ],
  ])('%j', (text, value) => expect(found(text)).toEqual([value]));

  it.each([
    'I counted 447723900461 grains',
    'order four four seven seven two three nine double oh four six one',
    'the reference 44 7723 900461 is on the letter',
    // A number in groups of four is no country code left out; a North American "one" said first needs validity.
    'the serial number on the box reads SN 4471-2290-5531',
    'the tracking number is one z nine a a one oh one two three four five six seven eight four',
  ])('leaves %j alone', (text) => expect(found(text)).toEqual([]));
});
