/** Issue 12: names said with no cue and of no participant (bareNames.ts), and the ordinary words that stay. */
import { compileKnownNames, detectPii, type DetectOptions } from '../domain/sanitizer/pii';
import { detectBareNames } from '../domain/sanitizer/pii/bareNames';
import { LEXICON } from '../domain/sanitizer/pii/nameLexicon';
import { PII_ADVERSARIAL_INPUTS } from './fixtures/adversarialInputs';

const found = (text: string, options: DetectOptions = {}): string[] =>
  detectPii(text, options).map((s) => `${s.type}:${text.slice(s.start, s.end)}`);

describe('names said with no cue', () => {
  it.each([
    ['the guy who set it up was Ahmed Siddiqui i think', 'Ahmed Siddiqui'],
    ['ok so its Adaeze Nwosu, born in the spring', 'Adaeze Nwosu'],
    ['the letter went to Ewa Nowak at the old place', 'Ewa Nowak'],
    ['yes its Callum Ferguson-Reid and my phone is off', 'Callum Ferguson-Reid'],
    ['hi im Yuki Tanaka-Hughes and I need help', 'Yuki Tanaka-Hughes'],
    ['a parcel for Priyanka Chaudhary came here by mistake', 'Priyanka Chaudhary'],
    ['Siobhan Gallagher set up the direct debit', 'Siobhan Gallagher'],
    ['Lakshmi Venkataraman called earlier about the same order', 'Lakshmi Venkataraman'],
    ["put it on Ahmed Siddiqui's card instead", "Ahmed Siddiqui's"],
    ['actually it is under Li Wei Chen', 'Li Wei Chen'],
  ])('a name beside a name-like word: %j', (text, name) => expect(found(text)).toEqual([`PERSON:${name}`]));

  it.each([
    ['is Rashida there? she said to ask for her directly', 'Rashida'],
    ['can Gwendolyn call me back when she is free', 'Gwendolyn'],
    ['please tell Oluwaseun to ring me', 'Oluwaseun'],
    ['Siobhan called earlier about the same order', 'Siobhan'],
    ['ask Bartholomew to email the form', 'Bartholomew'],
    ["is that Gwendolyn's account or yours", "Gwendolyn's"],
    ['so that is Fitzgerald-Nakamura, with a hyphen', 'Fitzgerald-Nakamura'],
    ['please tell Ikechukwu to ring me', 'Ikechukwu'],
    ['can Oluwadamilare call me back today', 'Oluwadamilare'],
  ])('a name alone in a slot that takes a person: %j', (text, name) => expect(found(text)).toEqual([`PERSON:${name}`]));

  it.each([
    'I went to Grace Church on Sunday',
    'Will Power is a good film',
    'Hope Street is closed for repairs',
    'I flew from Hong Kong to Los Angeles last May',
    "Agent: Head office is at 1 Canada Square, London, if you'd like to write in.",
    'Our Dublin office is at 40 Harcourt Street',
    'Das Handbuch für das Modem ist nur auf Englisch.',
    'Grüß Gott, mein Internet ist sehr langsam',
    'Moro em São Paulo desde janeiro',
    'is Amazon there? tell Alexa to order more',
    'can Chase call me about the card',
    'Mark the invoice as paid and ask Jordan to check',
    'Customer Service Team',
    'I Would Like To Cancel My Contract Please',
    'is Virginia there for the holidays',
    'Merci beaucoup, Bonne Journée',
    'Kind regards, Support Team',
    'will mark grace and hope come round later',
    "I don't know, Hewlett-Packard made it",
    "Sarah's Mum rang the shop",
    'we drove the Aston Martin to Beverly Hills',
    'our German Shepherd loves Costa Rica',
    'please tell Ikechukwu the parcel came',
  ])('no name in %j', (text) => expect(found(text)).toEqual([]));

  it("leaves the agent's kept first name to the participants' rules", () => {
    const options = {
      knownNames: compileKnownNames(
        [
          { role: 'customer', name: 'Catherine Dubois' },
          { role: 'agent', name: 'Alex Rivera' },
        ],
        { keepAgentFirstName: true },
      ),
    };
    expect(detectBareNames('Alex Siddiqui here', options.knownNames)).toEqual([]);
  });

  it('keeps its lexicon sorted by word (the lookup is a binary search), each word once with one kind', () => {
    const entries = LEXICON.split(' ');
    expect(entries.every((e) => /^[a-z][a-z-]*[1-5]$/.test(e))).toBe(true);
    const words = entries.map((e) => e.slice(0, -1));
    expect(words.every((w, i) => i === 0 || words[i - 1] < w)).toBe(true);
  });

  it('reads a 200 KB flood of capitalised words in linear time', () => {
    const text = PII_ADVERSARIAL_INPUTS['street-like phrases'];
    detectBareNames(text, undefined);
    const start = performance.now();
    detectBareNames(text, undefined);
    expect(performance.now() - start).toBeLessThan(250);
  });
});

describe('a particle between a first name and the surname (fresh16 pass)', () => {
  it.each([
    ['quem fala é a Conceição dos Santos, queria saber do pedido', 'Conceição dos Santos'],
    ['Wolfgang von Achenbach called about the invoice', 'Wolfgang von Achenbach'],
    ['Merci.\n\nCordialement,\nHervé Le Goff\nService achats', 'Hervé Le Goff'],
    ['Best,\nPieter Van Dyk', 'Pieter Van Dyk'],
  ])('%j', (text, name) => expect(found(text)).toEqual([`PERSON:${name}`]));

  it.each(['I met Sophie de Paris at the airport', 'the Banco do Brasil branch is closed', 'Regards,\nLe Bistro'])(
    'leaves %j alone',
    (text) => expect(found(text)).toEqual([]),
  );
});

describe('a role named with a clause, a full name or a name said again (fresh16 pass)', () => {
  it.each([
    // A relative clause after the role; a first name and a surname of no list in the hedged slot; said again in full.
    [
      'the engineer who came out was Jürgen... Jürgen Oberhauser, I think',
      ['PERSON:Jürgen', 'PERSON:Jürgen Oberhauser'],
    ],
    ['the engineer was Jürgen Oberhauser, I think', ['PERSON:Jürgen Oberhauser']],
    // A role and a name between commas, the clause going on: a name that is a word too.
    ['the last agent I spoke to, Precious, said it would be sorted', ['PERSON:Precious']],
    ['the manager, Brown, said no', ['PERSON:Brown']],
  ])('%j', (text, expected) => expect(found(text)).toEqual(expected));

  it.each([
    'the engineer who fixed it was Acme Widgets, I think',
    'the manager, However, said no',
    'the technician I spoke to, Sadly, said it was broken',
    'the manager of Brown Street branch, said no',
    'the agent I spoke to was Precious.',
  ])('leaves %j alone', (text) => expect(found(text)).toEqual([]));
});

describe("an e-mail's signature with lines under the name (fresh16 pass)", () => {
  it.each([
    ['Cordialement,\nMarie-Claire Van den Broeck\nResponsable RH', 'Marie-Claire Van den Broeck'],
    ['Saludos,\nJosé María de los Ríos\nDepartamento de compras', 'José María de los Ríos'],
    ['Thanks,\nSandra\nSent from my iPhone', 'Sandra'],
  ])('%j', (text, name) => expect(found(text)).toEqual([`PERSON:${name}`]));

  it.each([
    'Thanks,\nThe Billing Team\nAcme',
    'Kind regards,\nCustomer Services\nAcme Ltd',
    'Saludos,\nAtención al Cliente\nAcme',
    'Mit freundlichen Grüßen\nKundenservice\nAcme GmbH',
    'Saludos,\nFacturación\nAcme',
  ])('leaves %j alone', (text) => expect(found(text)).toEqual([]));
});

describe('more slots that take a person only (probes of the fresh16 pass)', () => {
  it.each([
    ['our engineer Priya will call you tomorrow', 'Priya'],
    ['the courier Kacper said he left it by the door', 'Kacper'],
    ['apparently Wojtek from IT already reset it', 'Wojtek'],
    ["Dan from support said he'd call me back", 'Dan'],
    ['can you cc Thabo on that email', 'Thabo'],
    ['please add Oisín as an authorised user', 'Oisín'],
  ])('%j', (text, name) => expect(found(text)).toEqual([`PERSON:${name}`]));

  it.each([
    'I got an email from IT about it',
    'the Zendesk from IT sent a link',
    'Hello? Correction from IT: the old policies are withdrawn',
    'add Netflix as an extra subscription',
    'can you cc accounts on that email',
  ])('leaves %j alone', (text) => expect(found(text)).toEqual([]));
});

describe('the in-place reads before the slot patterns (speed-200k)', () => {
  // The hedged slot is read only after "was", "is" or a comma and white space (any case, any white space).
  it.each([
    ['her name was\nNgozi.', 'Ngozi'],
    ['his name WAS Ngozi, I think', 'Ngozi'],
    ['the engineer, Wojciech I think, said', 'Wojciech'],
  ])('%j', (text, name) => expect(found(text)).toEqual([`PERSON:${name}`]));
  it('leaves a name after another word alone: "my call is Ngozi."', () =>
    expect(found('my call is Ngozi.')).toEqual([]));

  // Corrections: each pair found, however many the turn holds (two distance rows reused from one to the next).
  it('finds every corrected name of a turn', () =>
    expect(found('not Reid, Reed and not Dupont, Dupond. not Smyth, Smith.')).toEqual(
      ['Reid', 'Reed', 'Dupont', 'Dupond', 'Smyth', 'Smith'].map((name) => `PERSON:${name}`),
    ));
  it('leaves a correction between words alone: "not May, it\'s Mar"', () =>
    expect(found("not May, it's Mar")).toEqual([]));
});

describe("names of faker's further locales, and Italian and Dutch words (scripts/generate-name-lexicon.ts)", () => {
  it.each([
    ['klant: ik ben sanne en ik bel over mijn factuur', 'sanne'],
    ['cliente: sono chiara, ho un problema con la bolletta', 'chiara'],
    ['klant: mijn dochter lieke heeft het contract afgesloten', 'lieke'],
    ['Kunde: hier ist der jannik, ich rufe wegen der Rechnung an', 'jannik'],
    ['customer: Mehmet said the engineer would come on Friday', 'Mehmet'],
  ])('a name the lists now hold: %j', (text, name) => expect(found(text)).toEqual([`PERSON:${name}`]));

  it.each([
    // An Italian word of the frequent list is no surname beside a given name; "douce" only the French list holds,
    // and French says it often.
    'Giulia Spedizione non arrivata',
    "c'est moi douce",
    'cliente: sono stata molto chiara',
  ])('no name in %j', (text) => expect(found(text)).toEqual([]));

  it('takes no frequent word for a surname of the further lists ("Kohle", money, is a German one)', () =>
    expect(found('Kunde: ich hab dem Jannik Kohle geliehen')).not.toContain('PERSON:Jannik Kohle'));
});
