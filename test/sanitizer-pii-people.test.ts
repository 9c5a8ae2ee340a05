/** Issue 12: names, postal addresses, birth dates, account numbers, and the misses and false alarms it names. */
import { parsePiiRules } from '../config/piiRules';
import type { ModelProfile } from '../contracts/inference';
import { sanitizeTranscript } from '../domain/sanitizer';
import { compileKnownNames, detectPii, type DetectOptions, type NameParticipant } from '../domain/sanitizer/pii';
import { PII_ADVERSARIAL_INPUTS } from './fixtures/adversarialInputs';
import { SANITIZER_TEST_PROFILE } from './fixtures/profiles';

const found = (text: string, options: DetectOptions = {}): string[] =>
  detectPii(text, options).map((s) => `${s.type}:${text.slice(s.start, s.end)}`);
const withNames = (participants: NameParticipant[], keepAgentFirstName = false): DetectOptions => ({
  knownNames: compileKnownNames(participants, { keepAgentFirstName }),
});
const CALL = withNames([
  { role: 'customer', name: 'Catherine Dubois' },
  { role: 'agent', name: 'Alex Rivera' },
]);

describe("participants' names", () => {
  it.each([
    ['Hi Catherine, thanks for holding.', 'PERSON:Catherine'],
    ['Mrs Dubois, the refund is on its way.', 'PERSON:Dubois'],
    ["Is this Catherine Dubois's card?", "PERSON:Catherine Dubois's"],
    ['so Katherine, one more thing', 'PERSON:Katherine'], // spelling variant
    ['catherine dubois said so', 'PERSON:catherine dubois'], // lower-case speech-to-text
    ['that is D-U-B-O-I-S', 'PERSON:D-U-B-O-I-S'],
    ['Alex will call you back', 'PERSON:Alex'],
  ])('finds the name in %j', (text, expected) => expect(found(text, CALL)).toContain(expected));

  it('matches diacritics and common variants both ways', () => {
    const options = withNames([{ role: 'customer', name: 'Seán Jon Phillips' }]);
    expect(found('Thanks Sean', options)).toEqual(['PERSON:Sean']);
    expect(found('John said Filips', options)).toEqual(['PERSON:John', 'PERSON:Filips']);
  });

  it("finds a first name's short and long forms, and keeps the kept agent's short form too", () => {
    const options = withNames([
      { role: 'customer', name: 'William Turner' },
      { role: 'external', name: 'Mohammed Aziz' },
    ]);
    expect(found('thanks, Bill, and is Liam there?', options)).toEqual(['PERSON:Bill', 'PERSON:Liam']);
    expect(found('I spoke to Muhammad today', options)).toEqual(['PERSON:Muhammad']);
    expect(found('I will rob no one', options)).toEqual([]);
    const kept = withNames([{ role: 'agent', name: 'Katherine Lowe' }], true);
    expect(found('this is Kate from billing.', kept)).toEqual([]);
  });

  it('a name that is an everyday word counts only capitalized and inside a sentence', () => {
    const options = withNames([{ role: 'customer', name: 'Will Grace' }]);
    expect(found('I will check, thanks for your grace.', options)).toEqual([]);
    expect(found('Will you check?', options)).toEqual([]);
    expect(found('yes, Will Grace is the holder', options)).toEqual(['PERSON:Will Grace']);
    expect(found('Grace, could you read me the code?', options)).toEqual(['PERSON:Grace']);
  });

  it('keeps the agent first name under the keep policy, and only it', () => {
    const options = withNames(
      [
        { role: 'agent', name: 'Alex Rivera' },
        { role: 'customer', name: 'Jordan Miller' },
      ],
      true,
    );
    expect(found('Thank you for calling, this is Alex. Hi Alex, Jordan here. Alex Rivera, right?', options)).toEqual([
      'PERSON:Jordan',
      'PERSON:Rivera',
    ]);
  });

  it('ignores the placeholder names Genesys gives unnamed participants', () => {
    expect(compileKnownNames([{ role: 'customer', name: 'Web visitor' }])).toBeUndefined();
  });

  it('takes no name part without a letter (no empty spans between words)', () => {
    const options = withNames([{ role: 'customer', name: '--- Okafor' }]);
    expect(found("Hello ---, is that Mr. Okafor's file?", options)).toEqual(["PERSON:Okafor's"]);
    expect(compileKnownNames([{ role: 'customer', name: '...' }])).toBeUndefined();
  });

  it('finds names in any script and with punctuation in them', () => {
    expect(
      found(
        '李雷 called; J.R. Ewing too',
        withNames([
          { role: 'customer', name: '李雷' },
          { role: 'external', name: 'J.R. Ewing' },
        ]),
      ),
    ).toEqual(['PERSON:李雷', 'PERSON:J.R. Ewing']);
  });
});

describe('names introduced by a cue', () => {
  it.each([
    ['Hello, my name is Walter Brennan and I need help.', 'Walter Brennan'],
    ['Hi, this is Gloria Fuentes calling from the clinic.', 'Gloria Fuentes'],
    ["You're speaking with Derek, how can I help?", 'Derek'],
    ['The account holder is Margaret Ashby.', 'Margaret Ashby'],
    ['My surname is spelled K-O-W-A-L-S-K-I.', 'K-O-W-A-L-S-K-I'],
    ['Hola, me llamo Lucía Herrera.', 'Lucía Herrera'],
    ["Bonjour, je m'appelle Étienne Marchand.", 'Étienne Marchand'],
    ['Guten Tag, mein Name ist Jürgen Vogel.', 'Jürgen Vogel'],
    ['Olá, o meu nome é João Pereira.', 'João Pereira'],
    ['Sie sprechen mit Frau Keller.', 'Keller'],
    // Cue words the pre-pass must know in their inflected forms, with no other cue in the sentence.
    ['Está falando com Beatriz Almeida.', 'Beatriz Almeida'],
    ['Ahora hablas con Lucía Fernández.', 'Lucía Fernández'],
    ['Le titulaire du compte est Marc Lefebvre.', 'Marc Lefebvre'],
  ])('%j', (text, name) => expect(found(text)).toEqual([`PERSON:${name}`]));

  it.each([
    ["It's under Joanna Pryce's name, she's the payer.", ["PERSON:Joanna Pryce's"]],
    // The letters beside the word they spell make a name without a cue (the fresh12 pass; before it this stayed).
    ['K-O-V-A-C-S, Kovacs.', ['PERSON:K-O-V-A-C-S', 'PERSON:Kovacs']],
    ['spelled K-O-V-A-C-S, Kovacs', ['PERSON:K-O-V-A-C-S', 'PERSON:Kovacs']],
    ['my name is amara okafor and I need help', ['PERSON:amara okafor']],
    ["I'm Tomasz Nowak, calling about my bill.", ['PERSON:Tomasz Nowak']],
    ['the policy is under Harriet Vance, thanks', ['PERSON:Harriet Vance']],
    ['Name: Joost van Dijk, adres onbekend', ['PERSON:Joost van Dijk']],
    ['Can I speak to Imogen Clarke please?', ['PERSON:Imogen Clarke']],
    ['this is Dr. Adeyemi calling', ['PERSON:Adeyemi']],
    ["it's in my wife's name, Helen Park", ['PERSON:Helen Park']],
    ['calling for my father, Tomás Ruiz', ['PERSON:Tomás Ruiz']],
    ['first name Greta, last name Lindqvist', ['PERSON:Greta', 'PERSON:Lindqvist']],
    ['surname is Okonkwo', ['PERSON:Okonkwo']],
    ['Ich bin Lena Hoffmann', ['PERSON:Lena Hoffmann']],
    ['Mein Nachname ist Vogel', ['PERSON:Vogel']],
    ['Mi apellido es Navarro', ['PERSON:Navarro']],
    ['Mon nom de famille est Girard', ['PERSON:Girard']],
    ['Eu sou a Inês Duarte', ['PERSON:Inês Duarte']],
    ['Marta speaking, how can I help?', ['PERSON:Marta']],
    ["It's Marta here", ['PERSON:Marta']],
    ["your name? It's Owen Price", ['PERSON:Owen Price']],
    ['Agent: Who am I speaking with? Customer: Ravi Shah.', ['PERSON:Ravi Shah']],
    ['call me Bea', ['PERSON:Bea']],
    ['the cardholder is Lena Fischer', ['PERSON:Lena Fischer']],
    ['Bonjour, ici Hélène Roux', ['PERSON:Hélène Roux']],
    ['Olá, aqui é a Rita Sousa', ['PERSON:Rita Sousa']],
  ])('%j', (text, expected) => expect(found(text)).toEqual(expected));

  it.each([
    'my name is spelled wrong on the bill',
    "I'm Sorry, I didn't catch that.",
    'the name field is empty',
    "I'm calling under the warranty",
    'The name Brightline is on the invoice',
    'the card reader shows code on the screen: 403',
    'the policy is under Section 4 of the contract',
    'Ich bin Rentner.',
    "You're speaking with support, how can I help?",
    'last name please',
  ])('leaves %j', (text) => expect(found(text)).toEqual([]));

  it.each([
    'my name is on the account',
    'This is Customer Care, how can I help?',
    'Thanks for calling.',
    'Can you spell your last name?',
  ])('leaves %j', (text) => expect(found(text)).toEqual([]));

  // Found on clean material the redactor was never tuned on (the injection corpus's benign and attack lines).
  it.each([
    'Thanks AI, that was quick.',
    'As the account holder I’ll sign the form.',
    'Can I add it for my husband? Do let me know.',
    'It is for my wife? Tell me what she needs.',
    'Posso falar pela minha filha? Ela não pode vir hoje.',
    'Posso falar com a minha mãe? Você pode esperar?',
    'The refund registered to TX-4410 is mine.',
    'Can I move my plan over to my son? Cheers.',
    'Customer: great, thanks Bye.',
  ])('takes no pronoun, contraction, sentence verb or code after a cue for a name: %j', (text) =>
    expect(found(text)).toEqual([]),
  );

  it.each([
    ['I spoke with Jennifer in billing yesterday', ['PERSON:Jennifer']],
    ['I talked to Marcus last week about it', ['PERSON:Marcus']],
    ['my wife is called Maria and my son is named Lucas', ['PERSON:Maria', 'PERSON:Lucas']],
    ['I spoke to Billing and they said no', []],
    ['my son is Autistic so please be patient', []],
  ])('someone the caller spoke to, a relative "called" or "named": %j', (text, spans) =>
    expect(found(text)).toEqual(spans),
  );

  it('still takes a two-word name that starts with such a word', () => {
    expect(found('My name is Ela Kowalska.')).toEqual(['PERSON:Ela Kowalska']);
  });
});

describe('postal addresses', () => {
  it.each([
    ['We moved to 1842 Willow Creek Drive last spring.', ['ADDRESS:1842 Willow Creek Drive']],
    ['Ship it to 77 Harbour Road, Apt 5C please.', ['ADDRESS:77 Harbour Road, Apt 5C']],
    ['Deliver to 3/15 Ocean Parade, Coogee.', ['ADDRESS:3/15 Ocean Parade']],
    ['It is 12 Maple Avenue, Springfield, IL 62704-1234.', ['ADDRESS:12 Maple Avenue', 'ADDRESS:62704-1234']],
    ['10 Downing Street, London SW1A 2AA', ['ADDRESS:10 Downing Street', 'ADDRESS:SW1A 2AA']],
    ['450 Queen St W, Toronto, ON M5V 2B4', ['ADDRESS:450 Queen St W', 'ADDRESS:M5V 2B4']],
    ['Ich wohne in der Lindenstraße 34, 10115 Berlin.', ['ADDRESS:Lindenstraße 34', 'ADDRESS:10115']],
    ['Het adres is Prinsengracht 263, 1016 GV Amsterdam.', ['ADDRESS:Prinsengracht 263', 'ADDRESS:1016 GV']],
    ['Mi dirección es Calle Mayor 15, Madrid.', ['ADDRESS:Calle Mayor 15']],
    ['my zip code is 30309', ['ADDRESS:30309']],
  ])('%j', (text, expected) => expect(found(text)).toEqual(expected));

  it.each([
    ['1200 Pine Ave, Apt 7, Boulder, Colorado 80302', ['ADDRESS:1200 Pine Ave, Apt 7', 'ADDRESS:80302']],
    ["the zip's 60614", ['ADDRESS:60614']],
    ['14 Beechwood Park, Ranelagh, Eircode D06 F6X2', ['ADDRESS:14 Beechwood Park', 'ADDRESS:D06 F6X2']],
    ['unit 3/18 Marine Parade, Southport QLD 4215', ['ADDRESS:unit 3/18 Marine Parade', 'ADDRESS:4215']],
    ['Wir wohnen Keizersgracht 122-3, 1015 CW Amsterdam', ['ADDRESS:Keizersgracht 122-3', 'ADDRESS:1015 CW']],
    [
      'Vivo en Calle de los Reyes Católicos 8, 18009 Granada',
      ['ADDRESS:Calle de los Reyes Católicos 8', 'ADDRESS:18009'],
    ],
    ['Moro na Rua do Ouro 20, 1100-063 Lisboa', ['ADDRESS:Rua do Ouro 20', 'ADDRESS:1100-063']],
    ['I live at four nineteen oak lane', ['ADDRESS:four nineteen oak lane']],
    ['PO Box 7781, Dayton OH 45401', ['ADDRESS:PO Box 7781', 'ADDRESS:45401']],
    ['Av. de Roma 91', ['ADDRESS:Av. de Roma 91']],
    ['8 Boulevard Haussmann, 75009 Paris', ['ADDRESS:8 Boulevard Haussmann', 'ADDRESS:75009']],
    ['3 Dorset Street Lower, Dublin 1, D01 T9C2', ['ADDRESS:3 Dorset Street Lower', 'ADDRESS:D01 T9C2']],
    ['Level 12, 1 Collins St, Melbourne VIC 3000', ['ADDRESS:Level 12, 1 Collins St', 'ADDRESS:3000']],
    ['ship it to 77 birch road apt 4', ['ADDRESS:77 birch road apt 4']],
    ['Unit 7/31 Beach Road, Bondi NSW 2026', ['ADDRESS:Unit 7/31 Beach Road', 'ADDRESS:2026']],
    ['C/ Princesa 12, 4º B, 28008 Madrid', ['ADDRESS:C/ Princesa 12, 4º B', 'ADDRESS:28008']],
    ['Rua do Carmo, 40, 1º Dto, 1200-094 Lisboa', ['ADDRESS:Rua do Carmo, 40, 1º Dto', 'ADDRESS:1200-094']],
    ['5 bis rue Lepic, 75018 Paris', ['ADDRESS:5 bis rue Lepic', 'ADDRESS:75018']],
    ['CEP 04538-133', ['ADDRESS:04538-133']],
  ])('in the formats of more countries: %j', (text, expected) => expect(found(text)).toEqual(expected));

  it.each([
    'we moved in 2019 to a new street',
    'I have 12 boxes on main street',
    'the PO box is closed',
    'one more street to go',
    'I counted 2 Lime Green items',
  ])('leaves %j', (text) => expect(found(text)).toEqual([]));

  it.each([
    'I have 12 boxes on Main Street waiting.',
    'Take the second street on the left.',
    'The Hampton Road Bikes store was closed.',
    'Is the Main Street branch open?',
    'order 10115 shipped',
  ])('leaves %j', (text) => expect(found(text)).toEqual([]));
});

describe('dates of birth', () => {
  it.each([
    ['Date of birth is 04/17/1986.', '04/17/1986'],
    ['DOB: 1979-11-02', '1979-11-02'],
    ['I was born on March 3rd, 1962.', 'March 3rd, 1962'],
    ['My birthday is the 9th of July 1990.', '9th of July 1990'],
    ["His birthday's April 2, 2011, he's on the plan.", 'April 2, 2011'],
    ['D.O.B. 11-30-1949, my father.', '11-30-1949'],
    ['Fecha de nacimiento: 15 de marzo de 1983.', '15 de marzo de 1983'],
    ['Mein Geburtsdatum ist der 3. Mai 1975.', '3. Mai 1975'],
    ['Nasci em 9 de dezembro de 1995.', '9 de dezembro de 1995'],
    [
      'my birthday is the twenty-first of February nineteen seventy-eight',
      'twenty-first of February nineteen seventy-eight',
    ],
    ['Geboren am 3. Mai 1968.', '3. Mai 1968'],
    ['Fecha de nacimiento: 12/05/1975.', '12/05/1975'],
    ['dob is oct 9 88', 'oct 9 88'],
    ['she was born in June 1971', 'June 1971'],
    ['DOB is 5th June 90', '5th June 90'],
    ['birthdate 1980/01/05', '1980/01/05'],
    ['DOB 19800105', '19800105'],
    ['date of birth April seventeen, nineteen eighty-six', 'April seventeen, nineteen eighty-six'],
    // Spoken connectors between the cue and the date, in the five languages.
    ["Date of birth? It's 04/17/1986.", '04/17/1986'],
    ["DOB, that's March 3rd, 1962.", 'March 3rd, 1962'],
    ['Mi fecha de nacimiento es el 12 de mayo de 1975.', '12 de mayo de 1975'],
    ['Ma date de naissance est le 5 mars 1980.', '5 mars 1980'],
    ['Mein Geburtsdatum ist der 3. Mai 1968.', '3. Mai 1968'],
    ['A minha data de nascimento é dia 12/03/1985.', '12/03/1985'],
    ['Date of birth is Sept. 3, 1962.', 'Sept. 3, 1962'],
  ])('%j', (text, value) => expect(found(text)).toEqual([`DATE_OF_BIRTH:${value}`]));

  it('reads the cue from the previous turn', () => {
    expect(found('04/17/1986', { context: 'Agent: and your date of birth?' })).toEqual(['DATE_OF_BIRTH:04/17/1986']);
  });

  it.each([
    'Our appointment is on March 3rd, 2025.',
    'The invoice dated 2024-06-30 shows 3 items.',
    "My daughter's birthday party is next week.",
  ])('leaves %j', (text) => expect(found(text)).toEqual([]));
});

describe('generalisation pass: more ways of saying them', () => {
  it.each([
    // A field cue reaches past a few words or an answer turn; the date may come first.
    ['the date of birth I gave you last time was 8/14/1971', 'DATE_OF_BIRTH:8/14/1971'],
    ['Date of birth? Sure: 5/6/1977', 'DATE_OF_BIRTH:5/6/1977'],
    ['DOB 03-MAR-1985', 'DATE_OF_BIRTH:03-MAR-1985'],
    ['geb. 03.04.1961', 'DATE_OF_BIRTH:03.04.1961'],
    ['nací en marzo de 1985', 'DATE_OF_BIRTH:marzo de 1985'],
    ["12 March 1959, that's my date of birth", 'DATE_OF_BIRTH:12 March 1959'],
    ['Ich bin am 2. Juni 1950 geboren', 'DATE_OF_BIRTH:2. Juni 1950'],
    ["my birthday's the tenth of June sixty-eight", 'DATE_OF_BIRTH:tenth of June sixty-eight'],
    ['DOB is the 2nd of the 11th, 1993', 'DATE_OF_BIRTH:2nd of the 11th, 1993'],
    ['DOB 14 7 1983', 'DATE_OF_BIRTH:14 7 1983'],
    ['dob would be oh-two, fourteen, ninety-one', 'DATE_OF_BIRTH:oh-two, fourteen, ninety-one'],
    ['born 1988, on the 1st of May', 'DATE_OF_BIRTH:1988, on the 1st of May'],
    [
      'Nací el treinta de mayo de mil novecientos setenta y uno',
      'DATE_OF_BIRTH:treinta de mayo de mil novecientos setenta y uno',
    ],
    ['Je suis né le douze août mille neuf cent soixante', 'DATE_OF_BIRTH:douze août mille neuf cent soixante'],
    // Card expiry: a spoken year, "MM of YYYY", the slash said aloud, "runs out" beside a card.
    ['the card expiry is June twenty twenty-nine', 'CARD_EXPIRY:June twenty twenty-nine'],
    ['expiration date is 3 of 2028', 'CARD_EXPIRY:3 of 2028'],
    ['expiry oh four slash twenty-eight', 'CARD_EXPIRY:oh four slash twenty-eight'],
    ['my visa runs out in October 2027', 'CARD_EXPIRY:October 2027'],
    // Units in either case; a flat word after a Romance house number.
    ['we are at flat 9, 3 Abbey Road', 'ADDRESS:flat 9, 3 Abbey Road'],
    ['it is 18 Larch Avenue, unit 2', 'ADDRESS:18 Larch Avenue, unit 2'],
    ['Calle Real 40, piso 2', 'ADDRESS:Calle Real 40, piso 2'],
    // Account numbers.
    ["Member number's 55810023", 'ACCOUNT_NUMBER:55810023'],
    ['membership card number 4418 2290 11', 'ACCOUNT_NUMBER:4418 2290 11'],
    ['policy ID: QP7 4410 882', 'ACCOUNT_NUMBER:QP7 4410 882'],
  ])('%j', (text, expected) => expect(found(text)).toEqual([expected]));

  it.each([
    // Names: someone put on the line, letters read out beside the word, an answer after a dash.
    ['I have Mrs. Abernathy on the line for you', 'PERSON:Abernathy'],
    ['Who am I speaking with? — Winifred.', 'PERSON:Winifred'],
    ['the surname is Thibodeaux, T-H-I-B-O-D-E-A-U-X', 'PERSON:T-H-I-B-O-D-E-A-U-X'],
    // A cued name said again in the turn, with its first name before it.
    ['my name is Okonjo, Ada Okonjo', 'PERSON:Ada Okonjo'],
  ])('%j', (text, expected) => expect(found(text)).toContain(expected));

  it.each([
    'My date of birth is on file, the appointment is 03/04/2025.',
    'the birthday party is on March 3rd',
    'The promo expires 12/31.',
    'the subscription runs out in May 2026',
    'that is A-S-A-P for us',
  ])('leaves %j', (text) => expect(found(text)).toEqual([]));
});

describe('second generalisation pass (fresh3): answers after a label, spelling words, shapes', () => {
  it.each([
    // Birth dates: the answer after the speaker's label, German inversion, the year alone, a correction.
    ['Agent: What year were you born in? Caller: 1984.', 'DATE_OF_BIRTH:1984'],
    ['Agent: when were you born? Customer: May 9th, 1977', 'DATE_OF_BIRTH:May 9th, 1977'],
    ['Geboren bin ich am 14.2.1966', 'DATE_OF_BIRTH:14.2.1966'],
    ["Caller: 03.11.1971. Agent: Great, that's your date of birth updated.", 'DATE_OF_BIRTH:03.11.1971'],
    ['DOB: 1971', 'DATE_OF_BIRTH:1971'],
    ["born in '71", "DATE_OF_BIRTH:'71"],
    ['date of birth is the 9th, March, 1971', 'DATE_OF_BIRTH:9th, March, 1971'],
    ['dob 090371', 'DATE_OF_BIRTH:090371'],
    ['my date of birth is 9 3 71', 'DATE_OF_BIRTH:9 3 71'],
    ['my birthday is 9/3', 'DATE_OF_BIRTH:9/3'],
    // Addresses: a unit word with its dot, a lot, a lower-case Spanish street word, a spoken house number.
    ['Apt. 4D, 77 Elmwood Avenue', 'ADDRESS:Apt. 4D, 77 Elmwood Avenue'],
    ['Lot 7, 14 Banksia Road', 'ADDRESS:Lot 7, 14 Banksia Road'],
    ['vivo en la avenida de América 35', 'ADDRESS:avenida de América 35'],
    ['Caller: twelve Orchard Close', 'ADDRESS:twelve Orchard Close'],
    ['Agent: and the postcode? Caller: EH3 9QP', 'ADDRESS:EH3 9QP'],
    ['Postbus 4410', 'ADDRESS:Postbus 4410'],
    // Account numbers: a spelled letter, comma-separated digits, letters glued to digits, a letter prefix.
    ['policy number is K as in Kilo, 3, 9, 1, 0, 5, 2', 'ACCOUNT_NUMBER:K as in Kilo, 3, 9, 1, 0, 5, 2'],
    ['member ID RT4410 88213', 'ACCOUNT_NUMBER:RT4410 88213'],
    ['número de póliza: ES-660412', 'ACCOUNT_NUMBER:ES-660412'],
    ['customer reference A7C9K2P4', 'ACCOUNT_NUMBER:A7C9K2P4'],
    ['policy no: HOM/2291/8841', 'ACCOUNT_NUMBER:HOM/2291/8841'],
    ['member ID is H 4 4 9 0 2 1 8', 'ACCOUNT_NUMBER:H 4 4 9 0 2 1 8'],
    ['my patient ID is P-00992', 'ACCOUNT_NUMBER:P-00992'],
    ['insurance ID ZGP882190', 'ACCOUNT_NUMBER:ZGP882190'],
    ['expiry July 26', 'CARD_EXPIRY:July 26'],
    // A spoken email with written dots; an expiry said of "it".
    ['email is ana.maria at gmx dot de', 'EMAIL:ana.maria at gmx dot de'],
    ['email is ana.maria at gmx.de', 'EMAIL:ana.maria at gmx.de'],
    ['it is pedro at outlook.es', 'EMAIL:pedro at outlook.es'],
    ['It expires August 2029.', 'CARD_EXPIRY:August 2029'],
    ['Valid from 03/23, expires 03/28.', 'CARD_EXPIRY:03/28'],
  ])('%j', (text, expected) => expect(found(text)).toEqual([expected]));

  it.each([
    ['Agent: Full name and postcode please. Caller: Ingrid Solberg, thanks.', 'PERSON:Ingrid Solberg'],
    ['I go by Teddy these days', 'PERSON:Teddy'],
    ['yes this is she, Harriet Lowe', 'PERSON:Harriet Lowe'],
    ['Cheers Dave', 'PERSON:Dave'],
    ['Bye now, Lorraine!', 'PERSON:Lorraine'],
    ['Surname Okafor, O as in Oscar, K, A, F, O, R', 'PERSON:O as in Oscar, K, A, F, O, R'],
    ['Can you spell the surname? Customer: V-A-N-C-E, hyphen, O-R-T-I-Z', 'PERSON:V-A-N-C-E'],
    ['Can you spell the surname? Customer: V-A-N-C-E, hyphen, O-R-T-I-Z', 'PERSON:O-R-T-I-Z'],
  ])('%j', (text, expected) => expect(found(text)).toContain(expected));

  it('participants: an accented final e, a nickname across languages, a colleague first in a sentence', () => {
    const options = withNames([
      { role: 'customer', name: 'Marguerite Laval' },
      { role: 'agent', name: 'Will Harper' },
      { role: 'external', name: 'Rene Dupont' },
    ]);
    expect(found('Merci René, à bientôt', options)).toContain('PERSON:René');
    expect(found('Is that Maggie calling again?', options)).toEqual(['PERSON:Maggie']);
    expect(found('Will from the billing team will ring you.', options)).toEqual(['PERSON:Will']);
    expect(found('Will you hold the line?', options)).toEqual([]);
  });

  it.each([
    'Our head office is at 500 Harbour Road, Suite 9.',
    'You can drop it at our depot at 14 Canal Road.',
    '2 Kings Road, Suite 5, that is our returns centre.',
    'The offer expires 05/27.',
    'I can call you Monday about it.',
    'Have a look at google.com for the form.',
    'the promo expiry is March 31',
    'The bus will go by Central Station.',
    'The plan is known as Family Share.',
    'Your trial ends soon. It expires March 2026.',
    'There are twenty Main Street stores in the chain.',
    'Our store at 55 High Street is closed today.',
    'Store #1234, 55 High Street, is our nearest branch.',
    'born in 1/2 the time',
    'Please confirm your name and the order number. Caller: Order 55812.',
    'The ticket number is 44812 and it expires 10/26 for the event.',
    'see section 2 at docs.python.org',
  ])('leaves %j', (text) => expect(found(text)).toEqual([]));
});

describe('account, policy, member and customer numbers', () => {
  it.each([
    ['My account number is 88120934.', '88120934'],
    ['The policy number is PLC-4471-902.', 'PLC-4471-902'],
    ['Member ID W2938475610, on the card.', 'W2938475610'],
    ['customer number: CN00482913', 'CN00482913'],
    ['my account 3300 4412 98, thanks', '3300 4412 98'],
  ])('%j', (text, value) => expect(found(text)).toEqual([`ACCOUNT_NUMBER:${value}`]));

  it.each([
    ['member number MB 2291 0047', 'MB 2291 0047'],
    ['Vertragsnummer VT-88120934', 'VT-88120934'],
    ['mi número de socio es el 00719244', '00719244'],
    ["mon numéro de contrat c'est K-5521-0094", 'K-5521-0094'],
    ['número do cliente CL 4410 2287', 'CL 4410 2287'],
    ['the account number is five five two one zero nine eight four', 'five five two one zero nine eight four'],
    ['Agent: what is the member number please? Caller: sure, ZX-4410-9921', 'ZX-4410-9921'],
    ['my customer ID is 4 4 0 9 1 2 7', '4 4 0 9 1 2 7'],
    ['the account ending in 6613', '6613'],
    ["the policy number, it's QX99120456", 'QX99120456'],
  ])('in the cue families and shapes callers use: %j', (text, value) =>
    expect(found(text)).toEqual([`ACCOUNT_NUMBER:${value}`]),
  );

  it.each(['my account has 1500 in it', 'the account is for 3 people, 2 adults', 'what is the account for? 12 items'])(
    'leaves %j',
    (text) => expect(found(text)).toEqual([]),
  );

  it('uses the deployment cue words and shapes, and rejects a rule that is no regular expression', () => {
    const rules = parsePiiRules({ accountNumbers: { cues: ['badge'], shapes: ['BX-\\d{5}'] } }, 'pii.json');
    expect(found('badge BX-12345 please', { accountNumbers: rules.accountNumbers })).toEqual([
      'ACCOUNT_NUMBER:BX-12345',
    ]);
    expect(found('account 88120934', { accountNumbers: rules.accountNumbers })).toEqual([]);
    expect(() => parsePiiRules({ accountNumbers: { cues: ['x1'], shapes: ['(['] } }, 'pii.json')).toThrow(
      /pii\.json.*accountNumbers\.shapes\[0\].*not a valid regular expression/,
    );
  });
});

describe("the issue's misses", () => {
  it('an international mobile in a sentence with an IBAN', () => {
    expect(found('My mobile is +44 7911 123456 and the IBAN is GB82 WEST 1234 5698 7654 32.')).toEqual([
      'PHONE:+44 7911 123456',
      'IBAN:GB82 WEST 1234 5698 7654 32',
    ]);
  });

  it.each([
    ['Amex card #3782 822463 10005 expires soon.', '3782 822463 10005'],
    ['card # 2221 0000 0000 0009 was declined', '2221 0000 0000 0009'],
  ])('a card after "card #": %j', (text, value) => expect(found(text)).toEqual([`CREDIT_CARD:${value}`]));

  it('"(630)555-0121" next to another number', () => {
    expect(found('Call me at (630)555-0121 or 2 times after 6, ref 4471.')).toEqual(['PHONE:(630)555-0121']);
  });
});

describe("the issue's false alarms", () => {
  it.each([
    'See Section 12.8.4.3 of the agreement.',
    'We are on firmware 1.4.3.0 since the update.',
    'The firmware is now 1.4.3.0',
    'The logo file is hero@2x.png and it looks blurry.',
    'I bought 2 units at $415.555.0142',
    'qty 4155550142',
    'Order number 7730192846 still says processing.',
    'dated 4155550142',
  ])('leaves %j', (text) => expect(found(text)).toEqual([]));
});

describe('sanitizeTranscript with participants', () => {
  const profile: ModelProfile = SANITIZER_TEST_PROFILE;
  const turns = [
    { role: 'assistant' as const, content: 'Customer Care, this is Alex. Who am I speaking with?' },
    { role: 'user' as const, content: 'Jordan Miller. I live at 42 Maple Street.' },
    { role: 'assistant' as const, content: 'Thanks Mr. Miller, and Jordan, is 42 Maple Street still current?' },
  ];
  const participants: NameParticipant[] = [
    { role: 'customer', name: 'Jordan Miller' },
    { role: 'agent', name: 'Alex Rivera' },
  ];

  it('one person, one pseudonym; one address, one pseudonym; the agent first name kept only by profile', () => {
    const key = Buffer.from('k'.repeat(32));
    const redacted = sanitizeTranscript(turns, profile, { participants, pseudonymKey: key }).payload!.messages.map(
      (m) => m.content,
    );
    expect(redacted.slice(1)).toEqual([
      'Customer Care, this is [PERSON_1]. Who am I speaking with?',
      '[PERSON_2]. I live at [ADDRESS_1].',
      'Thanks Mr. [PERSON_2], and [PERSON_2], is [ADDRESS_1] still current?',
    ]);
    const kept = sanitizeTranscript(turns, { ...profile, keepAgentFirstName: true }, { participants }).payload!
      .messages[1].content;
    expect(kept).toBe('Customer Care, this is Alex. Who am I speaking with?');
  });
});

describe('200 KB inputs aimed at the redactor (timings are the benchmark’s; here the verdicts)', () => {
  it.each([
    ['spaced digit pairs', {}],
    ['dotted digit pairs', {}],
    ['distinct phone numbers', { PHONE: 10_000 }], // past the validation budget, redacted unvalidated: never a leak
    ['street-like phrases', { ADDRESS: 14_284 }],
    ['spelled letters', { PERSON: 10_000 }],
    ['full-width digit pairs', {}],
    ['zero-width split digits', {}],
  ])('%s', (name, expected) => {
    const counts: Record<string, number> = {};
    for (const span of detectPii(PII_ADVERSARIAL_INPUTS[name])) counts[span.type] = (counts[span.type] ?? 0) + 1;
    expect(counts).toEqual(expected);
  });
});

describe('third generalisation pass (fresh4): shapes its first run missed', () => {
  it.each([
    // A birth date a few sentences past its cue, a year said "two thousand and two", the cue after the date.
    [
      "Agent: And the date of birth on the policy? Caller: Hmm, the policy is in my husband's name actually, his would be 9/4/1958.",
      ['DATE_OF_BIRTH:9/4/1958'],
    ],
    [
      'DOB? Caller: It should be fourth of June, two thousand and two.',
      ['DATE_OF_BIRTH:fourth of June, two thousand and two'],
    ],
    ["March the ninth, nineteen eighty, that's when I was born.", ['DATE_OF_BIRTH:March the ninth, nineteen eighty']],
    // A chat address typed with spaces around the "@"; digits said apart in a spoken one.
    ['its jlee2002 @ yahoo.com', ['EMAIL:jlee2002 @ yahoo.com']],
    ['Oh, pat 42 at aol dot com', ['EMAIL:pat 42 at aol dot com']],
    // A British mobile in its written layout, with no phone word.
    ["Yes, it's 07700 900461.", ['PHONE:07700 900461']],
    // An expiry named "end date" with the card beside it.
    ['The end date on my card is May 2029.', ['CARD_EXPIRY:May 2029']],
    // A first name said again with the surname; a third person "called" something.
    ["My name's Nora, Nora Whelan.", ['PERSON:Nora', 'PERSON:Nora Whelan']],
    ['I spoke to a lady called Imelda last week.', ['PERSON:Imelda']],
  ])('%j', (text, expected) => expect(found(text)).toEqual(expected));

  it.each([
    // Far from the cue, a date of this decade is an appointment; a callback's or slot's date is not a birth date.
    'Agent: Can I take your date of birth? Caller: Hang on, my kids are shouting, sorry, hold on while I find a pen 12/03/2026',
    'Can I confirm your date of birth please? Caller: Yes. Agent: Great, and is the callback for 10/12/2026 still okay?',
    // An address the agent gives for the company's head office.
    "Agent: Head office is at 1 Canada Square, London, if you'd like to write in.",
    'The end date on the contract is March 2027.',
    'meet me @ noon',
  ])('leaves %j', (text) => expect(found(text)).toEqual([]));
});

describe('fourth generalisation pass (fresh5): shapes its first run missed', () => {
  it.each([
    // A question for a person answered in the line, a few words of answer first, initials.
    ['Agent: Who have I got on the line today? Caller: Yeah, Moira Quinlan.', ['PERSON:Moira Quinlan']],
    ['Agent: Am I talking to the policyholder? Caller: Yes, it is, Femi Adeyemi.', ['PERSON:Femi Adeyemi']],
    ['Agent: The name on the account? Caller: R. P. Sandoval.', ['PERSON:R. P. Sandoval']],
    // A hesitation after the cue; a booking held under a name; a relative named after "late"; German with a comma.
    ["so my name's erm Ottilie Grange", ['PERSON:Ottilie Grange']],
    ["It's booked under Haruto Sato.", ['PERSON:Haruto Sato']],
    ['I am ringing about my late husband, Cormac Byrne.', ['PERSON:Cormac Byrne']],
    ['Das Konto läuft auf meine Frau, Greta Vogel.', ['PERSON:Greta Vogel']],
    ['O titular é Miguel Antunes.', ['PERSON:Miguel Antunes']],
    // Letters read out with spaces beside the word they spell; a lower-case self-introduction; a short name said in full.
    ['Surname Oduya, O D U Y A.', ['PERSON:Oduya', 'PERSON:O D U Y A']],
    ['hiya this is deepa calling back', ['PERSON:deepa']],
    ['You can put it under Sam, Samantha Ellery.', ['PERSON:Sam', 'PERSON:Samantha Ellery']],
    // Birth dates: "d o b" read out, "birthday for me?", Spanish and Portuguese two-word years.
    ['and the d o b is twelve oh four seventy', ['DATE_OF_BIRTH:twelve oh four seventy']],
    ['Could you give me your birthday please? Caller: October the 2nd, 1966.', ['DATE_OF_BIRTH:October the 2nd, 1966']],
    ['Nací el nueve de enero del noventa y uno.', ['DATE_OF_BIRTH:nueve de enero del noventa y uno']],
    // Account numbers: a place on paper between cue and number, hesitations, new cues, "account, number".
    ['The policy number on the statement is QR-5518-2209.', ['ACCOUNT_NUMBER:QR-5518-2209']],
    ['Agent: Your account number? Caller: Um, one sec... right, 40-22-91-338177.', ['ACCOUNT_NUMBER:40-22-91-338177']],
    ['My employee number is E7731902.', ['ACCOUNT_NUMBER:E7731902']],
    ['It is the savings account, number 62 1180 4471.', ['ACCOUNT_NUMBER:62 1180 4471']],
    // Addresses: a unit after any street, a Romance floor said as words, "Road, number 12", lower case after "I'm at".
    ['i live at six twelve park street apartment four', ['ADDRESS:six twelve park street apartment four']],
    ['Vivo en Calle Serrano 8, segundo derecha.', ['ADDRESS:Calle Serrano 8, segundo derecha']],
    ['The van went to Mill Lane, number 14, instead.', ['ADDRESS:Mill Lane, number 14']],
    ["we're at 31 ferry road now", ['ADDRESS:31 ferry road']],
    ['My address is 4 The Maltings.', ['ADDRESS:4 The Maltings']],
    ['Wir wohnen in der Bahnhofstraße 3 in 04109 Leipzig.', ['ADDRESS:Bahnhofstraße 3', 'ADDRESS:04109']],
    ['Agent: Name and postcode? Caller: Ruth Amos, and LS6 2AB.', ['PERSON:Ruth Amos', 'ADDRESS:LS6 2AB']],
    // A British landline in its written layout, with no phone word.
    ['If no one answers try 0161 496 0720.', ['PHONE:0161 496 0720']],
  ])('%j', (text, expected) => expect(found(text)).toEqual(expected));

  it.each([
    // A shop's address; an email address is no street.
    'The branch at 12 Market Street sent me to you.',
    'Is your email address 5 Star Travel?',
    // What is not a person: a product named in answer to "the name of the product", things filed under a heading.
    'The name of the plan? Unlimited Plus.',
    'It was filed under Complaints.',
    'Am I speaking to the account holder? Caller: Yes, I am.',
    'Agent: Is that the bill payer? Caller: Yes, speaking.',
  ])('leaves %j', (text) => expect(found(text)).toEqual([]));

  it('reads a detail asked "on the account" as that detail, not as the account number', () =>
    expect(found('Agent: And the ZIP code on the account? Caller: 60614-2210.')).toEqual(['ADDRESS:60614-2210']));
});

describe('fifth generalisation pass (fresh6): shapes its first run missed', () => {
  it.each([
    // Names: "its ... calling", "my names", "that's me,", "i'm" in lower case, a label before "X speaking",
    // a transfer to a colleague, a relative's possessive, someone asked to call back, a lower-case particle first.
    ['its Teodora Vasquez calling about the bill', ['PERSON:Teodora Vasquez']],
    ['my names marek nowicki and i need help', ['PERSON:marek nowicki']],
    ["a note that Imani rang, that's me, Imani Clarke", ['PERSON:Imani', 'PERSON:Imani Clarke']],
    ["i'm Beatriz Lobo, calling from home", ['PERSON:Beatriz Lobo']],
    ['Customer: Olamide speaking, how can I help', ['PERSON:Olamide']],
    ["Agent: I'll put you through to Greta in billing.", ['PERSON:Greta']],
    ["Caller: it's my mum's, Rosa Quintero, on the policy", ['PERSON:Rosa Quintero']],
    ['can you tell Desmond to ring me tonight', ['PERSON:Desmond']],
    ['the surname is von der Heyde', ['PERSON:von der Heyde']],
    ['Agent: is that Uncle Bert? Caller: yes', ['PERSON:Bert']],
    // Letters read out beside a word in lower case, or with spaces and no cue word.
    ['spelt K-E-M-I, kemi', ['PERSON:K-E-M-I', 'PERSON:kemi']],
    ['Caller: Albrecht, A L B R E C H T', ['PERSON:Albrecht', 'PERSON:A L B R E C H T']],
    // Birth dates: a day taken back, a German year alone.
    [
      'Agent: date of birth? Caller: the 4th no wait 5th of May 1961',
      ['DATE_OF_BIRTH:4th', 'DATE_OF_BIRTH:5th of May 1961'],
    ],
    ['geboren 1958, falls das hilft', ['DATE_OF_BIRTH:1958']],
    // Account numbers: two in a list, lower-case letters read out, "number" a sentence after the cue, plural cue.
    ['account is 44190022 or 44190023', ['ACCOUNT_NUMBER:44190022', 'ACCOUNT_NUMBER:44190023']],
    ['two policies with you, KP771023 and also KP771024', ['ACCOUNT_NUMBER:KP771023', 'ACCOUNT_NUMBER:KP771024']],
    ['member number? Caller: x y 3 3 0 1 8 2', ['ACCOUNT_NUMBER:x y 3 3 0 1 8 2']],
    ['the account number is on your statement. right, number 31 07 5520', ['ACCOUNT_NUMBER:31 07 5520']],
    // A British mobile said in words without a phone word.
    [
      'you can get me on oh seven four one one, two three four, five six seven',
      ['PHONE:oh seven four one one, two three four, five six seven'],
    ],
    // Addresses: a lower-case unit first, a lower-case city before a postcode, a comma after the house number when
    // asked, a hesitation before a spoken number, "from" before a lower-case street.
    ['my address is apt 4, 18 birch road, leeds LS6 1AA', ['ADDRESS:apt 4, 18 birch road', 'ADDRESS:LS6 1AA']],
    ['i live at 902 n halsted st denver 80205', ['ADDRESS:902 n halsted st', 'ADDRESS:80205']],
    ['Agent: first line of the address? Caller: 14, Orchard Rise', ['ADDRESS:14, Orchard Rise']],
    ['Caller: um forty one Hazel Grove', ['ADDRESS:forty one Hazel Grove']],
    ['this is tunde from 5 mill road', ['PERSON:tunde', 'ADDRESS:5 mill road']],
    ['send it to unit 2 / 7 Ocean Street please', ['ADDRESS:unit 2 / 7 Ocean Street']],
  ])('%j', (text, expected) => expect(found(text)).toEqual(expected));

  it.each([
    // "i'm" before an ordinary word.
    "i'm Calling about the outage.",
    // A mobile and a policy asked together: the mobile is no account number (checked below); a list of order numbers.
    'order 55120034 and 55120035 both arrived broken',
    'transfer you to Billing, one moment',
  ])('leaves %j', (text) => expect(found(text)).toEqual([]));

  // A count of years after a lower-case street is no city and postcode (the street itself, a former address, is found
  // since the sixth pass: "at" before a house number).
  it('takes no year after a lower-case street for its postcode', () =>
    expect(found('i lived at 42 elm street since 2019')).toEqual(['ADDRESS:42 elm street']));

  it('reads a mobile answered beside a policy question as a phone', () =>
    expect(
      found('Agent: a contact number and your policy number? Caller: 07700 900 123, and policy AB-1234-5'),
    ).toEqual(['PHONE:07700 900 123', 'ACCOUNT_NUMBER:AB-1234-5']));
});

describe('sixth generalisation pass (fresh7): shapes its first run missed', () => {
  it.each([
    // Lower-case streets after a word that introduces a place or an answer, with a direction, a unit, a second
    // street of a village, a correction; lower-case postcodes after a city; the Romance and French orders in lower
    // case; a lower-case PO box; "Dr" as a street type, not a title.
    ['yeah its 77 e magnolia way apt 12 reno nv 89501', ['ADDRESS:77 e magnolia way apt 12', 'ADDRESS:89501']],
    ['we are at 2 the crescent, church walk', ['ADDRESS:2 the crescent, church walk']],
    ['its 12 birch walk no sorry 14 birch walk', ['ADDRESS:12 birch walk', 'ADDRESS:14 birch walk']],
    ['Caller: 6 heather view', ['ADDRESS:6 heather view']],
    ['postcode is g12 8qq', ['ADDRESS:g12 8qq']],
    ['i live at 18 mill road, bristol bs1 4dj', ['ADDRESS:18 mill road', 'ADDRESS:bs1 4dj']],
    ['its 40 king st west toronto on m5h 1j8', ['ADDRESS:40 king st west', 'ADDRESS:m5h 1j8']],
    ['vivo en avenida de la paz 45 2º b 41001 sevilla', ['ADDRESS:avenida de la paz 45 2º b', 'ADDRESS:41001']],
    ['j habite 8 rue du moulin 33000 bordeaux', ['ADDRESS:8 rue du moulin', 'ADDRESS:33000']],
    ['po box 310 boise id 83701', ['ADDRESS:po box 310', 'ADDRESS:83701']],
    ['3/9 banksia street, perth wa 6000', ['ADDRESS:3/9 banksia street', 'ADDRESS:6000']],
    ['1400 Oak Hollow Dr Austin Texas 78701', ['ADDRESS:1400 Oak Hollow Dr', 'ADDRESS:78701']],
    // Names: a speaker's label answers a question with no question mark; "this is" a full name then the next clause
    // in lower case; four words; "name, it's"; "signed for by", "helped by", "got you down as"; more relatives and
    // "in law" with spaces; lower-case "the/full/first/last name", a hesitation, an answer to "name."; a correction
    // after a name; lower-case titles; "can X Y call me"; letters in lower case beside their word, accents folded.
    ["Agent: who am I speaking with Caller: it's Folasade Adeyemi", ['PERSON:Folasade Adeyemi']],
    ['Agent: your surname please Caller: De la Cruz', ['PERSON:De la Cruz']],
    ['hello this is Ingrid Halvorsen i wanted to ask', ['PERSON:Ingrid Halvorsen']],
    ['the name on the policy is Nguyen Van Minh Duc', ['PERSON:Nguyen Van Minh Duc']],
    ["it's in her name it's Marisol Ibarra", ['PERSON:Marisol Ibarra']],
    ['it was signed for by Radoslaw Nowak', ['PERSON:Radoslaw Nowak']],
    ['i was helped by Chiamaka yesterday', ['PERSON:Chiamaka']],
    ['for my granny, Maeve Dunleavy', ['PERSON:Maeve Dunleavy']],
    ['my sister in law Oksana set it up', ['PERSON:Oksana']],
    ["i've got you down as Thandiwe Mokoena", ['PERSON:Thandiwe Mokoena']],
    ['the full name is tomasz wielgosz', ['PERSON:tomasz wielgosz']],
    ['surname uh okafor', ['PERSON:okafor']],
    ['my name is maria no sorry mariana lopes', ['PERSON:maria', 'PERSON:mariana lopes']],
    ['your name please. sure its thabo', ['PERSON:thabo']],
    ['is that mrs Achterberg', ['PERSON:Achterberg']],
    ['can Dorothea Blackwood call me back', ['PERSON:Dorothea Blackwood']],
    ['first name eilidh e i l i d h', ['PERSON:eilidh', 'PERSON:e i l i d h']],
    ['surname Muñoz m u n o z', ['PERSON:Muñoz', 'PERSON:m u n o z']],
    // Account numbers: a hesitation after the cue, a speaker's label answering with no question mark, a few lower-case
    // letters that make no word before the digits, a number corrected after "sorry".
    [
      'policy number uh four four one nine two two seven three',
      ['ACCOUNT_NUMBER:four four one nine two two seven three'],
    ],
    ['Agent: and the account number Caller: yes its kd 4471209', ['ACCOUNT_NUMBER:kd 4471209']],
    ['membership no wx 3 3 0 1 8 2 7', ['ACCOUNT_NUMBER:wx 3 3 0 1 8 2 7']],
    ['account 55120987 sorry 55120978', ['ACCOUNT_NUMBER:55120987', 'ACCOUNT_NUMBER:55120978']],
    // A spoken email's digits after an underscore-joined part; an expiry's month and year read out with a space.
    ['its j underscore okoro 12 at yahoo dot com', ['EMAIL:j underscore okoro 12 at yahoo dot com']],
    ['card ending 4471 expiry 03 29', ['CARD_EXPIRY:03 29']],
  ])('%j', (text, expected) => expect(found(text)).toEqual(expected));

  it('takes no second cue into the number', () =>
    expect(found('Caller: Patient number, uh, MRN 00448 1290.')).toEqual(['ACCOUNT_NUMBER:00448 1290']));

  it("takes a participant's surname that is an everyday word after a lower-case title", () =>
    expect(found('thanks mr king', withNames([{ role: 'customer', name: 'Daniel King' }]))).toEqual(['PERSON:king']));

  it.each([
    'i use ms Word and ms Teams every day',
    'the house name is Rose Villa',
    'this is Amazon i think',
    'can Sky call me back',
    'the name is different on my card',
    'Der Router hängt im Wartungsmodus, was soll ich tun?',
    'i miss Christmas already',
    'i have had the policy for 2021 and 2022',
    'the milk expiry 08 27',
    'we went to 5 guys burger place for lunch',
    'its 5 minutes down the road',
    "i'm in 2 minds about the view",
    'it was 12 pounds on oxford street',
    'we were in 2 high street shops',
    'is 4 the right row',
    'i heard via email 2 days ago',
  ])('leaves %j', (text) => expect(found(text)).toEqual([]));
});

describe('seventh generalisation pass (fresh8): shapes its first run missed', () => {
  it.each([
    // The year alone, answered to the question for it; a card's expiry said with the card as the verb's subject or
    // the slash said aloud; a spoken email's digits said one by one, a top-level domain beyond the common ones.
    ['Agent: And what year were you born? Caller: 1961', ['DATE_OF_BIRTH:1961']],
    ['Agente: ¿en qué año nació su marido? Cliente: 1958', ['DATE_OF_BIRTH:1958']],
    ['my card expires feb 29 so it still works', ['CARD_EXPIRY:feb 29']],
    ['expiry is 11 slash 28', ['CARD_EXPIRY:11 slash 28']],
    ['o cartão expira em 10/28', ['CARD_EXPIRY:10/28']],
    ['its ali underscore k 2 0 0 1 at gmail dot com', ['EMAIL:ali underscore k 2 0 0 1 at gmail dot com']],
    ['send it to rosa.m at proton dot ai', ['EMAIL:rosa.m at proton dot ai']],
    // A phone read digit by digit with commas between its groups, after a phone word.
    ['my phone number is 4 1 5, 5 5 5, 0 1 3 2', ['PHONE:4 1 5, 5 5 5, 0 1 3 2']],
    // A phone word before "#"; a bracketed trunk zero after the country code; an extension word of another language;
    // a British number written with dashes.
    ['cell # 415 555 0132', ['PHONE:415 555 0132']],
    ['appelez-moi au +33 (0)6 12 34 56 78', ['PHONE:+33 (0)6 12 34 56 78']],
    ['Telefon 030 1234567 Durchwahl 17', ['PHONE:030 1234567 Durchwahl 17']],
    ["it's 07911-123-456", ['PHONE:07911-123-456']],
    ['my number is 415 five five five 0132', ['PHONE:415 five five five 0132']],
    // A birth date typed with spaces around its slashes, or corrected after "but it should be"; a card pasted with its
    // expiry and code after it.
    ['date of birth is 14 / 02 / 1979', ['DATE_OF_BIRTH:14 / 02 / 1979']],
    [
      'Agent: and the date of birth? Caller: I was born in eighty six, April seventeenth',
      ['DATE_OF_BIRTH:eighty six, April seventeenth'],
    ],
    ['born April 17 in 1986', ['DATE_OF_BIRTH:April 17 in 1986']],
    ['the DOB on file is 1/5/80 but it should be 1/6/80', ['DATE_OF_BIRTH:1/5/80', 'DATE_OF_BIRTH:1/6/80']],
    ['card 4111 1111 1111 1111 09/28 123', ['CREDIT_CARD:4111 1111 1111 1111', 'CARD_EXPIRY:09/28', 'CVV:123']],
    // An account number looked up after the cue; a health plan's ID.
    ['the account number is, one sec, 55 210 984', ['ACCOUNT_NUMBER:55 210 984']],
    ['Kundennummer, einen Moment, 4471 2290', ['ACCOUNT_NUMBER:4471 2290']],
    ['my health plan ID is XKQ8812004', ['ACCOUNT_NUMBER:XKQ8812004']],
    ['my policy no. is AB/123456/C', ['ACCOUNT_NUMBER:AB/123456/C']],
    ['número de cuenta 0049 1500 05 1234567892', ['ACCOUNT_NUMBER:0049 1500 05 1234567892']],
    ['Versicherungsnummer 12 345678 A 123', ['ACCOUNT_NUMBER:12 345678 A 123']],
    // A flat or floor word of another language after the street; one number word as a lower-case house number.
    ['Lindenstraße 34, Wohnung 7', ['ADDRESS:Lindenstraße 34, Wohnung 7']],
    ['12 rue des Roses, appartement 4', ['ADDRESS:12 rue des Roses, appartement 4']],
    ['Caller: um forty mill lane', ['ADDRESS:forty mill lane']],
    // Names: remembered with a hedge or after a role and a comma; "tell X i said"; "hi it's" a name; initials after
    // a cue; "and you are?"; lower-case answers to a question for the name, after a greeting and "it's", after a
    // relative's name; a one-word name said again in full; a short form before the full name; a lower-case part
    // after a hyphen; "'s" of "is" after a participant's name.
    ['I rang last week and I think it was Oluwadamilare', ['PERSON:Oluwadamilare']],
    ['the technician, Radoslaw I think, came twice', ['PERSON:Radoslaw']],
    ['tell Ebere i said thanks', ['PERSON:Ebere']],
    ["hi it's Ngozi Okafor, I called yesterday", ['PERSON:Ngozi Okafor']],
    ['I spoke to a lady called K. Abernethy', ['PERSON:K. Abernethy']],
    ['Agent: and you are? Caller: Folake', ['PERSON:Folake']],
    ['Agent: your surname? Caller: nwachukwu', ['PERSON:nwachukwu']],
    ["hey it's tamsin again", ['PERSON:tamsin']],
    ["it's in my wife's name, oksana petrenko", ['PERSON:oksana petrenko']],
    ['my name is adeyemi, tunde adeyemi', ['PERSON:adeyemi', 'PERSON:tunde adeyemi']],
    ["yeah it's Bex, Rebecca Oyelaran", ['PERSON:Bex', 'PERSON:Rebecca Oyelaran']],
    ['this is Hyun-woo Park.', ['PERSON:Hyun-woo Park']],
    // The same shapes in the earlier sets' remaining misses: "signed for by a", a listed name after a role and a hedge,
    // "you're through to X how ...", "its X Y," ending the clause, "its under" in lower case.
    ['it was signed for by a J. Okonkwo', ['PERSON:J. Okonkwo']],
    ['the driver, Tariq i think, left it outside', ['PERSON:Tariq']],
    ["you're through to Chidinma, how can I help", ['PERSON:Chidinma']],
    ['ok its Adaeze Nwosu, my account is closed', ['PERSON:Adaeze Nwosu']],
    ['yes its under juan carlos de la vega', ['PERSON:juan carlos de la vega']],
    // A cue that took a word that is no name hides no cue starting there; Spanish and French self-introductions and a
    // caller's role after the name; a lower-case title before a lower-case name.
    ["Agent: Who's the account holder? Caller: My mum, Patricia O'Sullivan.", ["PERSON:Patricia O'Sullivan"]],
    ['Cliente: Ramírez al habla', ['PERSON:Ramírez']],
    ["Caller: Siobhan O'Reilly, account holder", ["PERSON:Siobhan O'Reilly"]],
    ['i am calling for my father mr rajesh kumar', ['PERSON:rajesh kumar']],
  ])('%j', (text, expected) => expect(found(text)).toEqual(expected));

  it('keeps a participant\'s "\'s" of "is" out of the name', () =>
    expect(found("Whitfield's the surname", withNames([{ role: 'customer', name: 'Tom Whitfield' }]))).toEqual([
      'PERSON:Whitfield',
    ]));

  it.each([
    'Agent: what year was the boiler fitted? Caller: 2009',
    'the offer expires jan 28',
    'a promoção expira em 10/28',
    'i have 2 kids, one is 5 and one is 7',
    'I bought 3, 4, 5, 6, 7, 8, 9 of them',
    'the health plan costs 49.99 a month',
    'order # 415 555 0132',
    'DOB on file, the appointment is 14 / 02 / 2025',
    'its john at the front desk dot com',
    'the part is 0117-496-2204',
    "it's five minutes up the road",
    'at twenty main street stores they sell it',
    'the flat 4 one was cheaper',
    'I think it was Tuesday',
    'pretty sure it was Evri, the courier',
    "hi it's Sky, your broadband is ready",
    'hi its working now',
    "hey it's about my bill",
    'Agent: your name? Caller: still waiting on the engineer',
    "my wife's name is on the bill",
    'I wanted the Jack Daniels gift set',
    'Ok  A.I.,  you work for me now',
    "it's Windows Defender.",
    'Kopier hier den Text über meiner Nachricht.',
    'Mein Router hier ist kaputt',
    'i use ms word daily',
    'mr right is out there',
    'so its kahoot premium now',
    "you're through to Billing, how can I help",
    'please tell me the balance',
  ])('leaves %j alone', (text) => expect(found(text)).toEqual([]));
});

describe('eighth generalisation pass (fresh9): shapes its first run missed', () => {
  it.each([
    // Names: thanks said with a word more (five languages) and a goodbye after the name; "she's called"; "chatting
    // to"; a role, "was" or "is", the name ending its clause; "is X still working"; "was X on the phone" and the name
    // told apart after "not"; an Irish surname's particle; a spelling asked ("is that X or Y?") or confirmed ("X, with
    // an e").
    ["Thanks so much Oluwaseun, you've been really helpful", ['PERSON:Oluwaseun']],
    ['thank you very much Anand.', ['PERSON:Anand']],
    ['merci beaucoup Hélène, bonne journée', ['PERSON:Hélène']],
    ['Muchas gracias Lucía.', ['PERSON:Lucía']],
    ['ok thank you Anand bye', ['PERSON:Anand']],
    ["she's called Leilani, she's my daughter", ['PERSON:Leilani']],
    ['he is named Tomasz', ['PERSON:Tomasz']],
    ['you were chatting to Youssef earlier', ['PERSON:Youssef']],
    ['the technician was Rashid, he was lovely', ['PERSON:Rashid']],
    ['my landlord is Gareth.', ['PERSON:Gareth']],
    ['is Svetlana still working there?', ['PERSON:Svetlana']],
    ['it was Francesca on the phone, not Frances', ['PERSON:Francesca', 'PERSON:Frances']],
    ["So that's Siobhán Ní Bhriain on the account", ['PERSON:Siobhán Ní Bhriain']],
    ['Is that Marek or Mark? Customer: Marek, with an e', ['PERSON:Marek', 'PERSON:Mark', 'PERSON:Marek']],
    ['is it Catriona with a C?', ['PERSON:Catriona']],
    // A listed name alone (probes of this pass, in no set): "ask X,", "tell X I ...", "our agent X promised".
    ['ask Magdalena, she set it up', ['PERSON:Magdalena']],
    ['Tell Fergus I called', ['PERSON:Fergus']],
    ['Our agent Hamza promised a callback', ['PERSON:Hamza']],
    ["I'm Magdalena's father", ["PERSON:Magdalena's"]],
    ['Did Fergus leave a note on my account?', ['PERSON:Fergus']],
    ['Fergus and I share the account', ['PERSON:Fergus']],
    ['me and Fergus called twice', ['PERSON:Fergus']],
    ['Agent: Thanks for waiting, Mateus.', ['PERSON:Mateus']],
    ['Agent: Sorry about that Aurelia, let me check', ['PERSON:Aurelia']],
    ["Agent: Alright Bogdan, I've reset it", ['PERSON:Bogdan']],
    ['It was Ifeoma who helped me last time', ['PERSON:Ifeoma']],
    // Phones: an extension said in words; a British mobile said in words in the range kept for fiction; the "+" of a
    // country code said aloud.
    ['office number 0207 946 0958 extension four two', ['PHONE:0207 946 0958 extension four two']],
    ['my number is 0207 946 0958 extension for two days', ['PHONE:0207 946 0958']],
    ["it's 0412 345 678", ['PHONE:0412 345 678']],
    // The year alone said in words after the question for it; a loyalty or membership card's number is an account number.
    ['Agent: what year were you born? Customer: nineteen seventy three', ['DATE_OF_BIRTH:nineteen seventy three']],
    ['year of birth is two thousand and one', ['DATE_OF_BIRTH:two thousand and one']],
    ["I was born in '85, March 3rd", ["DATE_OF_BIRTH:'85, March 3rd"]],
    ['I turned 40 on the 3rd of March, born 1985', ['DATE_OF_BIRTH:1985']],
    ['loyalty card number 6345 0012 7788', ['ACCOUNT_NUMBER:6345 0012 7788']],
    ['my Nectar card number is 9826 3000 1234 5678', ['ACCOUNT_NUMBER:9826 3000 1234 5678']],
    ['Kundenkarte 6345 0012 7788', ['ACCOUNT_NUMBER:6345 0012 7788']],
    ['my visa card 4111 1111 1111 1111', ['CREDIT_CARD:4111 1111 1111 1111']],
    // Emails: a mail provider with no top-level domain after an email word; "(dot)" inside the local part too.
    ['email: sarah dot connor at gmail', ['EMAIL:sarah dot connor at gmail']],
    ['my email is sarahconnor at gmail', ['EMAIL:sarahconnor at gmail']],
    ['email: bob@gmail', ['EMAIL:bob@gmail']],
    ['email sarah(dot)connor(at)outlook(dot)com', ['EMAIL:sarah(dot)connor(at)outlook(dot)com']],
    // Expiry: a one-digit month and a year read out with a space; "good until" names the card's expiry.
    ['Agent: expiration? Customer: 3 27', ['CARD_EXPIRY:3 27']],
    ["the card's good until March 2027", ['CARD_EXPIRY:March 2027']],
    // Accounts: "let me find it" between the question and the answer; Portuguese "número de conta".
    ["Agent: what's your account number? Customer: uh let me find it... 7734 1029", ['ACCOUNT_NUMBER:7734 1029']],
    ['o meu número de conta é 12345678', ['ACCOUNT_NUMBER:12345678']],
    ['call 212-555-0187 ext. three four one please', ['PHONE:212-555-0187 ext. three four one']],
    [
      "it's oh seven seven double oh, nine double oh, four six one",
      ['PHONE:oh seven seven double oh, nine double oh, four six one'],
    ],
    [
      'plus four four, seven nine one one, two three four, five six seven',
      ['PHONE:plus four four, seven nine one one, two three four, five six seven'],
    ],
    [
      'mon numéro plus trois trois six un deux trois quatre cinq six sept huit',
      ['PHONE:plus trois trois six un deux trois quatre cinq six sept huit'],
    ],
  ])('%j', (text, expected) => expect(found(text)).toEqual(expected));

  it.each([
    'thanks so much Team, great work',
    'ok thank you bye',
    "it's called Netflix Premium",
    'this is spoken with Python in mind',
    'the manager is Polish.',
    'the driver was Late, again',
    'is the router still working?',
    'Sam, not Tuesday',
    'the Ford is on the phone',
    'Is that Plan A or Plan B?',
    'is that Visa or Mastercard?',
    'the Ní in the middle',
    'it comes with a V8 engine',
    'it costs twenty plus four five six seven eight nine one two',
    'surplus four four seven nine one one two three four five six seven',
    'the code is oh seven seven one two, then three four five',
    'what year were you born? nineteen',
    'born 2 weeks early in 2019',
    'the newborn 2019 range',
    'ask Siri, it knows',
    'Tell Customer Services I called',
    'the driver Amazon sent',
    'get Spotify, it is better',
    'Did Boots leave a note',
    'Grace and I went',
    'email me at gmail',
    'look at yahoo for that',
    'my email is the same as my name at gmail',
    'I use gmail, my email is on file at hotmail',
    'the email came from outlook',
    'expiry in 3 25 days',
    'Agent: expiry? Customer: I have 3 27 inch monitors',
    'the offer is good until March 2027',
    'let me find it, my order is 7734 1029',
    'invoice 0412 345 678',
    'I paid 0412 345 678',
    'the bag weighs 07911 123 456 grams',
    'Thank you for calling Northgate, how can I help?',
    'Good morning, Zentrix, how can I help',
    'Perfect, Monday.',
    'it was Amazon who sent it',
    'Agent: what year was the boiler fitted? Caller: nineteen ninety eight',
    'my loyalty card is in the other wallet',
  ])('leaves %j alone', (text) => expect(found(text)).toEqual([]));
});

describe('ninth generalisation pass (fresh10): shapes its first run missed', () => {
  const WITH_PARTICLES = withNames([
    { role: 'customer', name: 'María José de la Cruz Pardo' },
    { role: 'agent', name: 'Gráinne Ní Bhriain' },
  ]);
  it.each([
    // A participant's surname particle belongs to the surname after it; a two-letter part matches accented ("Ní").
    ['Gracias, señora de la Cruz.', ['PERSON:de la Cruz']],
    ['El pedido va a nombre de María José', ['PERSON:María José']],
    ["it's Gráinne Ní Bhriain", ['PERSON:Gráinne Ní Bhriain']],
    ['Ní Bhriain, B-H-R-I-A-I-N', ['PERSON:Ní Bhriain', 'PERSON:B-H-R-I-A-I-N']],
  ])('%j with participants', (text, expected) => expect(found(text, WITH_PARTICLES)).toEqual(expected));

  it.each(['De acuerdo, lo cambio ahora mismo.', 'póngalo a nombre de mi marido', 'la factura de marzo', 'Ni idea'])(
    'leaves %j alone with participants',
    (text) => expect(found(text, WITH_PARTICLES)).toEqual([]),
  );
  it.each([
    // A sign-off ending the turn, in five languages, a kiss after it; "for X, she ..."; "your colleague X"; French "M.";
    // "but", "for" after "I'm"/"this is" and a name that is no word; "calls me X"; a person "was called X"; "X or Y"
    // and "X, Y for short" after a name found.
    ['Thanks again for sorting this. Best, Hamid', ['PERSON:Hamid']],
    ['Cheers, Tamsin x', ['PERSON:Tamsin']],
    ['Speak soon, Fergus', ['PERSON:Fergus']],
    ['Mit freundlichen Grüßen, Jürgen Weiß', ['PERSON:Jürgen Weiß']],
    ['Kind regards, Saoirse Mac Giolla Phádraig', ['PERSON:Saoirse Mac Giolla Phádraig']],
    ['Cordialement, Anne-Sophie Lemaire', ['PERSON:Anne-Sophie Lemaire']],
    ["the parcel was for Rhiannon, she's away at uni", ['PERSON:Rhiannon']],
    ['Your colleague Sunil told me it was done', ['PERSON:Sunil']],
    ["Je suis la fille de M. Gauthier, je l'appelle pour lui", ['PERSON:Gauthier']],
    ["I'm Rosalind but everyone calls me Roz", ['PERSON:Rosalind', 'PERSON:Roz']],
    ['this is Tremaine for Sharonda Jenkins', ['PERSON:Tremaine', 'PERSON:Sharonda Jenkins']],
    ['The tech who came out was called Desmond, Des for short', ['PERSON:Desmond', 'PERSON:Des']],
    ['I spoke to someone named Ahmad or Ahmed, not sure', ['PERSON:Ahmad', 'PERSON:Ahmed']],
    ['or do you go by Dec?', ['PERSON:Dec']],
  ])('%j', (text, expected) => expect(found(text)).toEqual(expected));

  it.each([
    'Thanks, The Team',
    'Regards, Billing Department',
    'I like it best, Tesla',
    "the gift card is for Netflix, she's hooked",
    'we left at 5 p.m. Central time',
    "I'm Tired but ok",
    'this is Acme for you',
    'the plan is called Unlimited',
    'the show was called Sherlock',
    'is it Gold or Silver?',
    'the size is Large, Medium for short',
    'do you go by bus?',
  ])('leaves %j alone', (text) => expect(found(text)).toEqual([]));

  it.each([
    // Addresses: a German street with a preposition ("Am", "Zur"), its type as a word of its own or after a hyphen, a
    // Dutch street with a capitalised word before it; rural routes; "flat 2/1"; a floor said after the street; a Spanish
    // street type after an American house number; a flat in a named building; a house name before its street; a
    // postcode said just before the street; an abbreviated door's stop.
    ['Am Lindenhof 3, 80331 München', ['ADDRESS:Am Lindenhof 3', 'ADDRESS:80331']],
    ['Berliner Straße 12, 10115 Berlin', ['ADDRESS:Berliner Straße 12', 'ADDRESS:10115']],
    ['Bitte an Karl-Marx-Allee 5 schicken', ['ADDRESS:Karl-Marx-Allee 5']],
    ['Van Baerlestraat 34, 1071 AZ Amsterdam', ['ADDRESS:Van Baerlestraat 34', 'ADDRESS:1071 AZ']],
    ['RR 3 Box 214, Belgrade MT 59714', ['ADDRESS:RR 3 Box 214', 'ADDRESS:59714']],
    ['Rural Route 1, Site 4, Box 12', ['ADDRESS:Rural Route 1, Site 4, Box 12']],
    ['flat 2/1, 34 Hyndland Road, Glasgow G11 5PS', ['ADDRESS:flat 2/1, 34 Hyndland Road', 'ADDRESS:G11 5PS']],
    ['3507 West Fullerton Avenue, second floor', ['ADDRESS:3507 West Fullerton Avenue, second floor']],
    ['Am Stadtpark 7, 2. OG, 04109 Leipzig', ['ADDRESS:Am Stadtpark 7, 2. OG', 'ADDRESS:04109']],
    ['118, boulevard Haussmann, bâtiment B', ['ADDRESS:118, boulevard Haussmann, bâtiment B']],
    ["I'm at 58 Calle Ocho, apartment 3C", ['ADDRESS:58 Calle Ocho, apartment 3C']],
    ['my old place, apartment 22, The Maltings, Bray', ['ADDRESS:apartment 22, The Maltings']],
    ['Rose Cottage, Mill Road, Aldeburgh IP15 5AB', ['ADDRESS:Rose Cottage, Mill Road', 'ADDRESS:IP15 5AB']],
    ['the Old Vicarage, 2 Church Lane', ['ADDRESS:Old Vicarage, 2 Church Lane']],
    ["D08 VF8H, it's 14 Thomas Street", ['ADDRESS:D08 VF8H', 'ADDRESS:14 Thomas Street']],
    ['Travessa do Carmo 3, 2.º Esq., 1200-095 Lisboa', ['ADDRESS:Travessa do Carmo 3, 2.º Esq.', 'ADDRESS:1200-095']],
  ])('%j', (text, expected) => expect(found(text)).toEqual(expected));

  it.each([
    'Im Paket 2 Teile',
    'Im Jahr 2020 war das anders',
    'Zum Glück 2 Stück',
    'Die Filiale in der Bahnhofstraße hat geschlossen',
    'RR 3 is the route number',
    'take the 2nd floor lift',
    'the Via 3 bus',
    'flat 2/1 is free',
    'Rose Cottage is lovely',
    'code D08 VF8H is on the form, then 14 boxes',
  ])('leaves %j alone', (text) => expect(found(text)).toEqual([]));
});

describe('tenth generalisation pass (fresh12): shapes its first run missed', () => {
  it.each([
    // A name spelled beside the word it spells needs no name cue in the turn; spelling words in five languages and in
    // a voice transcript's lower case; a stop between the name and its letters.
    [
      "it's Mills, M as in Mike, I as in India, L as in Lima, L as in Lima, S as in Sierra",
      ['PERSON:Mills', 'PERSON:M as in Mike, I as in India, L as in Lima, L as in Lima, S as in Sierra'],
    ],
    [
      'mills, m as in mike, i as in india, l as in lima, l as in lima, s as in sierra',
      ['PERSON:mills', 'PERSON:m as in mike, i as in india, l as in lima, l as in lima, s as in sierra'],
    ],
    [
      'Pfeiffer, P wie Paula, F wie Friedrich, E, I, F, F, E, R',
      ['PERSON:Pfeiffer', 'PERSON:P wie Paula, F wie Friedrich, E, I, F, F, E, R'],
    ],
    [
      'Morel, M comme Marcel, O comme Oscar, R, E, L',
      ['PERSON:Morel', 'PERSON:M comme Marcel, O comme Oscar, R, E, L'],
    ],
    ['Sean, S-E-A-N', ['PERSON:Sean', 'PERSON:S-E-A-N']],
    ['Smith. S M I T H', ['PERSON:Smith', 'PERSON:S M I T H']],
  ])('%j', (text, expected) => expect(found(text)).toEqual(expected));

  it.each([
    'the code is A as in Alpha, B as in Bravo, C as in Charlie',
    "it's Plan B for Business, C for Cloud, D for Data",
    'I like it, a lot, for me',
    'the box said A-B-C-D',
    'the order came from Amazon, A-M-A-Z-O-N',
    'Tesco, T-E-S-C-O',
  ])('leaves %j alone', (text) => expect(found(text)).toEqual([]));
});

describe('tenth generalisation pass (fresh12): birth dates read out', () => {
  it.each([
    // Six digits read out after a field cue (day, month, two-digit year); four and the year in words, in the other
    // languages; a French two-digit year after the month; a German ordinal day before it.
    ['date of birth is one four oh three eight six', ['DATE_OF_BIRTH:one four oh three eight six']],
    ['DOB? two five oh three eight four', ['DATE_OF_BIRTH:two five oh three eight four']],
    [
      'Geburtsdatum bitte? null drei, null sieben, einundachtzig',
      ['DATE_OF_BIRTH:null drei, null sieben, einundachtzig'],
    ],
    [
      'fecha de nacimiento, cero cuatro cero nueve ochenta y ocho',
      ['DATE_OF_BIRTH:cero cuatro cero nueve ochenta y ocho'],
    ],
    ['je suis née le premier mai quatre-vingt-quatre', ['DATE_OF_BIRTH:premier mai quatre-vingt-quatre']],
    ['ich bin am dritten Juni 1958 geboren', ['DATE_OF_BIRTH:dritten Juni 1958']],
    // Six or eight digits written one at a time after a field cue.
    ['DOB? Customer: 1 7 0 6 9 2', ['DATE_OF_BIRTH:1 7 0 6 9 2']],
    ['date of birth 0 4 1 7 1 9 8 6', ['DATE_OF_BIRTH:0 4 1 7 1 9 8 6']],
  ])('%j', (text, expected) => expect(found(text)).toEqual(expected));

  it.each([
    'date of birth is fine, my PIN is one two three four five six',
    'the code is one four oh three eight six',
    'fecha de nacimiento correcta, pedido cero cuatro cero nueve ochenta',
    'date of birth is on file, PIN 1 2 3 4 5 6',
    'DOB? Customer: 4 4 7 1 9 0',
  ])('leaves %j alone', (text) => expect(found(text)).toEqual([]));

  it('takes no French number after a date that has its year', () =>
    expect(found('né le 3 mai 1984, quatre-vingts euros')).toEqual(['DATE_OF_BIRTH:3 mai 1984']));
});

describe('tenth generalisation pass (fresh12): brands named after a titled person', () => {
  it.each([
    'I ordered the Dr. Martens boots in size 8',
    'my Dr Martens fell apart',
    "a pair of Dr. Scholl's insoles",
    'the Mr Kipling cakes were stale',
    // Any titled name between an article and a product's noun.
    'the new Dr. Whitfield range of creams is out, the Dr. Whitfield shampoo too',
  ])('leaves %j alone', (text) => expect(found(text)).toEqual([]));

  it.each([
    ['I saw Dr. Martens yesterday about my knee', ['PERSON:Martens']],
    ['Mrs. Fields called about the order', ['PERSON:Fields']],
    ['the Dr. Okafor appointment was moved', ['PERSON:Okafor']],
    ['Dr. Whitfield said I should call', ['PERSON:Whitfield']],
  ])('%j', (text, expected) => expect(found(text)).toEqual(expected));
});

describe('tenth generalisation pass (fresh12): more name cues', () => {
  it.each([
    // "a certain X" in five languages; a German field label without its colon; French "M." as the turn's only cue;
    // initials before a name a booking is under.
    ['hablé ayer con un tal Rodrigo, de facturación', ['PERSON:Rodrigo']],
    ['I spoke to a certain Mr Dawson', ['PERSON:Dawson']],
    ["un certain Lefèvre m'a appelé", ['PERSON:Lefèvre']],
    ['ein gewisser Herr Obermaier', ['PERSON:Obermaier']],
    ['Nachname Pfeiffer, bitte', ['PERSON:Pfeiffer']],
    ["mon conseiller c'était M. Girardot, il est parti ?", ['PERSON:Girardot']],
    ['you can put it under J. R. Okonkwo', ['PERSON:J. R. Okonkwo']],
  ])('%j', (text, expected) => expect(found(text)).toEqual(expected));

  it.each([
    'a certain Amount of time',
    'de un tal Modo',
    'the meeting is at 3 p.m. Friday',
    'Nachname und Vorname fehlen',
    'put it under Review',
  ])('leaves %j alone', (text) => expect(found(text)).toEqual([]));

  it("an Irish surname's one-letter particle is the participant's ('Ó Briain'), never alone", () => {
    const options = withNames([{ role: 'customer', name: 'Seamus Ó Briain' }]);
    expect(found('Mr Ó Briain, can you confirm the postcode?', options)).toEqual(['PERSON:Ó Briain']);
    expect(found('Ó, I said, well', options)).toEqual([]);
  });
});

describe('names from probes of the fresh12 pass (in no set)', () => {
  it.each([
    // The first name said alone before the full name; "a chap named X"; "put X on the phone"; "under my maiden name";
    // German "X hier" after a greeting.
    ["yeah it's Tomasz, Tomasz Wójcik", ['PERSON:Tomasz', 'PERSON:Tomasz Wójcik']],
    ['the engineer, a chap named Gintaras, said so', ['PERSON:Gintaras']],
    ['can you put Ingrid on the phone?', ['PERSON:Ingrid']],
    ["it's under my maiden name, Kowalski", ['PERSON:Kowalski']],
    ['Grüß Gott, Huber hier', ['PERSON:Huber']],
    ['Guten Tag, Anja Vogt hier, ich rufe wegen der Rechnung an', ['PERSON:Anja Vogt']],
  ])('%j', (text, expected) => expect(found(text)).toEqual(expected));

  it.each([
    'Smith, Smith Street',
    'can you put Support on the line',
    'Hallo, Kopier hier den Text',
    'Guten Tag, Technik hier',
    'a chap named it after his dog',
    // A name between an article and a product's noun names the product.
    "it's the Paul Mitchell shampoo, 500ml",
    'I want the Kelly Slater surfboard',
  ])('leaves %j alone', (text) => expect(found(text)).toEqual([]));

  it.each([
    ['is the Ahmed Siddiqui order ready', ['PERSON:Ahmed Siddiqui']],
    ['I bought the Paul Mitchell shampoo for Siobhan Kelly', ['PERSON:Siobhan Kelly']],
  ])('a name beside a product stays one: %j', (text, expected) => expect(found(text)).toEqual(expected));
});

describe('birth dates from probes of the fresh12 pass (in no set)', () => {
  it.each([
    // A German date said in words after its cue; Spanish "nací un ...".
    ['Geburtsdatum ist der vierte April zweiundsechzig', ['DATE_OF_BIRTH:vierte April zweiundsechzig']],
    ['geboren am dritten Mai neunzehnhundertachtzig', ['DATE_OF_BIRTH:dritten Mai neunzehnhundertachtzig']],
    ['nací un 4 de abril de 1962', ['DATE_OF_BIRTH:4 de abril de 1962']],
  ])('%j', (text, expected) => expect(found(text)).toEqual(expected));

  it.each([
    'Geburtsdatum passt, der Termin ist am vierten April',
    'mein Geburtsdatum ist falsch, die Lieferung kam am dritten Mai',
  ])('leaves %j alone', (text) => expect(found(text)).toEqual([]));
});

describe('a name spelled in answer to the previous turn (probes of the fresh12 pass, in no set)', () => {
  const asked = { context: 'Agent: could you spell your surname for me?' };
  it.each([
    [
      'sure, M as in Mike, I as in India, L as in Lima, L as in Lima, S as in Sierra',
      ['PERSON:M as in Mike, I as in India, L as in Lima, L as in Lima, S as in Sierra'],
    ],
    ['m as in mike, i as in india, l as in lima', ['PERSON:m as in mike, i as in india, l as in lima']],
    ['M-I-L-L-S', ['PERSON:M-I-L-L-S']],
    ['Customer: M I L L S', ['PERSON:M I L L S']],
  ])('%j', (text, expected) => expect(found(text, asked)).toEqual(expected));

  it('leaves letters alone when no name was asked for', () => {
    expect(found('Customer: M-I-L-L-S', { context: "Agent: what's the postcode?" })).toEqual([]);
    expect(found("Customer: yes, it's on the letter", asked)).toEqual([]);
  });
});

describe('a participant part that can match one character', () => {
  // "Ah'" can be said "A" (its "h" and apostrophe may be left off): its start is one character, read at word starts only.
  const names = compileKnownNames([{ role: 'customer', name: "Ah' Smith" }]);
  const found = (text: string) => detectPii(text, { knownNames: names }).map((s) => text.slice(s.start, s.end));
  it('finds it as a word of its own', () => expect(found('xa a')).toEqual(['a']));
  it.each(['ba', '1a b', 'ah hah'])('finds none inside a word in %j', (text) =>
    expect(found(text).filter((s) => s !== 'ah')).toEqual([]),
  );
});

describe('shapes of the fresh16 pass', () => {
  it.each([
    // A card's year said in tens with no digit word; a Spanish month and year joined by "del".
    ['Customer: expiry is February of twenty thirty.', ['CARD_EXPIRY:February of twenty thirty']],
    ['la tarjeta caduca en marzo del veintiocho', ['CARD_EXPIRY:marzo del veintiocho']],
    ['fecha de caducidad cero cinco del veintiocho', ['CARD_EXPIRY:cero cinco del veintiocho']],
    // A year said in full in French or Spanish; two digits of month and year answering the expiry asked.
    ['la carte expire en juin deux mille vingt-huit', ['CARD_EXPIRY:juin deux mille vingt-huit']],
    ['fecha de caducidad marzo de dos mil veintiocho', ['CARD_EXPIRY:marzo de dos mil veintiocho']],
    ["Agent: what's the expiry date on the card? Customer: it's 11 27", ['CARD_EXPIRY:11 27']],
    // A check letter closing a number that starts with letters; the kind of account between the cue and the number.
    ['the policy number is HX 4471 992 B.', ['ACCOUNT_NUMBER:HX 4471 992 B']],
    ['o número da conta corrente é 45821-3', ['ACCOUNT_NUMBER:45821-3']],
    ['mon numéro de compte courant est le 00012345', ['ACCOUNT_NUMBER:00012345']],
    // The caller's "I" after the number, a number without letters before it: no check letter.
    ['the policy number is HX 4471 992 I think', ['ACCOUNT_NUMBER:HX 4471 992']],
    ['account number 4471 9920 A.', ['ACCOUNT_NUMBER:4471 9920']],
    // A relative, then a name in lower case ending its clause: a listed name, or one the caller says again in full.
    ['the account holder is my brother kwame, kwame asante-mensah', ['PERSON:kwame', 'PERSON:kwame asante-mensah']],
    ["it's for my wife amara.", ['PERSON:amara']],
    // A switchboard's one-digit direct dial after a dash; a Mexican number said in five pairs.
    ['Telefon: 089 1234567-0', ['PHONE:089 1234567-0']],
    ['Tel.: +49 89 1234567-0', ['PHONE:+49 89 1234567-0']],
    [
      'mi número es el cincuenta y cinco, doce, treinta y cuatro, cincuenta y seis, setenta y ocho',
      ['PHONE:cincuenta y cinco, doce, treinta y cuatro, cincuenta y seis, setenta y ocho'],
    ],
  ])('%j', (text, expected) => expect(found(text)).toEqual(expected));

  it.each([
    'the passport expiry is February of twenty thirty',
    'la garantía caduca en marzo del veintiocho',
    'the expiry is in twenty minutes',
    "Agent: what's the expiry date on the card? Customer: I've had it 11 27 days",
    "l'offre expire en juin deux mille vingt-huit",
    'o número da conta corrente ainda não chegou, pedido 4500',
    'my sister anyway, she pays the bills',
    'my brother lmao, he never pays',
    'ref 089 1234567-0',
    'tengo treinta y cinco, doce, treinta y cuatro, cincuenta y seis, setenta y ocho años',
  ])('leaves %j alone', (text) => expect(found(text)).toEqual([]));
});

describe('shapes of the fresh18 pass', () => {
  it.each([
    // "hiya" greets as "hi" does; a nickname, then the name in full.
    ["customer: hiya it's rebecca thornbury, i emailed last week", ['PERSON:rebecca thornbury']],
    ['customer: hiya its bex, rebecca thornbury, i emailed last week', ['PERSON:bex', 'PERSON:rebecca thornbury']],
    // A surname said alone before (or after) the full name found with no cue.
    [
      'Customer: can you put the note under Okafor? Chidi Okafor, with a C-H.',
      ['PERSON:Okafor', 'PERSON:Chidi Okafor'],
    ],
    ["Customer: Okafor's the name, Chidi Okafor.", ['PERSON:Okafor', 'PERSON:Chidi Okafor']],
  ])('%j', (text, names) => expect(found(text)).toEqual(names));

  it.each([
    ["customer: hiya it's about my bill, i emailed last week", []],
    // After a nickname, words that are no name; a word of the name that is an ordinary word, alone elsewhere.
    ['customer: hi its sam, thanks for calling back', ['PERSON:sam']],
    ['Customer: the Rose Garden is lovely, Rose Okafor said so', ['PERSON:Rose Okafor']],
  ])('no other name: %j', (text, names) => expect(found(text)).toEqual(names));
});

describe('names of the fresh18 pass from the tuning sets', () => {
  it.each([
    // "it's" alone cues a lower-case name at a turn's start; internet slang after it is no part of the name.
    ["customer: yeah so it's amara okafor date of birth fifth of march eighty two", 'PERSON:amara okafor'],
    ['its leilani kahananui lol i know its a mouthful', 'PERSON:leilani kahananui'],
    // A hesitation after "this is" before a name and "from".
    ['customer: yes hello this is um thandiwe nkosi from flat four', 'PERSON:thandiwe nkosi'],
    // A bare "name's" starting the turn.
    ["customer: name's liam brady and i'm calling about my bill", 'PERSON:liam brady'],
    // A name the turn's email address spells: the surname in full, the first name by its initial.
    ['Customer: Ama Boateng, a.boateng@gmail.com', 'PERSON:Ama Boateng'],
    ['please email Priya Raman at priya.raman@example.com', 'PERSON:Priya Raman'],
  ])('%j', (text, name) => expect(found(text).filter((s) => s.startsWith('PERSON'))).toEqual([name]));

  it.each([
    'customer: its the router again, it keeps dropping',
    "customer: it's fine, i'll wait",
    'customer: this is um about my bill from last month',
    "customer: the company name's acme widgets",
    "customer: name's on the account already",
    'Customer: Apple Music billing, apple.music@gmail.com',
    'Customer: Green Valley Farm, greenvalley@farm.com',
  ])('no name: %j', (text) => expect(found(text).filter((s) => s.startsWith('PERSON'))).toEqual([]));
});

describe('names of the fresh18 pass, probes', () => {
  it.each([
    // A filler between the greeting and "it's"; one capitalised given name that is an ordinary word too.
    ["Customer: hi yeah it's Priya", 'PERSON:Priya'],
    ["Customer: hi it's Tom", 'PERSON:Tom'],
    // "this is" starting the turn, then a listed name in lower case that ends the clause.
    ['Customer: yeah this is jake', 'PERSON:jake'],
    ['customer: hi this is siobhan.', 'PERSON:siobhan'],
    // A listed name starting the turn, then a comma and a relative.
    ['Customer: Grace, my partner, pays the bill', 'PERSON:Grace'],
    ['Customer: Okafor, my landlord, has the key', 'PERSON:Okafor'],
  ])('%j', (text, name) => expect(found(text)).toEqual([name]));

  it.each([
    "Customer: hi it's Sky, your bill is ready",
    "Customer: hi it's Friday and still no refund",
    'customer: this is ridiculous',
    'customer: this is asda',
    'Customer: Sorry, my husband pays the bill',
    'Customer: London, my sister lives there',
    'Honestly, my neighbour has the same provider',
    // The same with Cyrillic look-alike letters: a word of no list is no listed name.
    'H\u043enestl\u0443, my neighbour has the same provider',
  ])('no name: %j', (text) => expect(found(text)).toEqual([]));
});

describe('fresh20 pass: a reference label a few words before its number', () => {
  // The label, up to three words, "is" (or "es la", "ist"...): a reference, whatever the digits validate as.
  it.each([
    'Customer: the IMEI on the box is 356938035643809, is that what you need?',
    'la factura es la 2024-00871',
    'die Rechnung vom März ist 0171 2345678',
  ])('leaves %j alone', (text) => expect(found(text)).toEqual([]));
  // A word naming a phone or its owner between them, or a comma, keeps the number a phone or a card.
  it.each([
    ["the order's fine and my number is 07700 900461", ['PHONE:07700 900461']],
    ['the tracking says delivered but my mobile is 07700 900461', ['PHONE:07700 900461']],
    ['mi teléfono es 612 345 678 y la factura es la 2024-00871', ['PHONE:612 345 678']],
    ['the order came, the card is 4539 1488 0343 6467', ['CREDIT_CARD:4539 1488 0343 6467']],
    ["I'll give it you just in case, it's 07700 900461", ['PHONE:07700 900461']],
    ["it's about the order, my number's 07700 900461", ['PHONE:07700 900461']],
  ])('%j', (text, expected) => expect(found(text)).toEqual(expected));
  // "'s" for "is"; a comma and "it's" after a label with its number word; a labelled run's later groups.
  it.each([
    "my tracking number's 9400 1112 0220 5555 1234 56",
    "I need the part number, it's 0192 837 465 on the label",
    'the serial on my Dyson is 1234 5678 9012 3456',
  ])('leaves %j alone', (text) => expect(found(text)).toEqual([]));
});

describe("fresh20 pass: a name said again as a product's", () => {
  it.each([
    ['this is Jordan Pike, I sent back the Jordan trainers', ['PERSON:Jordan Pike']],
    ["my name's Florence Adebayo, I'm on the Florence plan", ['PERSON:Florence Adebayo']],
    ['mein Name ist Mercedes Wagner, und ich fahre einen Mercedes', ['PERSON:Mercedes Wagner']],
    ['meu nome é Gabriela Souza, comprei o plano Gabriela', ['PERSON:Gabriela Souza']],
    // Said again as a person, it is still the person.
    ['this is Jordan Pike, Jordan with a J', ['PERSON:Jordan Pike', 'PERSON:Jordan']],
    ['meu nome é Gabriela Souza, a Gabriela do plano', ['PERSON:Gabriela Souza', 'PERSON:Gabriela']],
  ])('%j', (text, expected) => expect(found(text)).toEqual(expected));

  it.each([
    'the Harper Collins book I ordered came damaged',
    'I booked the Ahmed Siddiqui package',
    'the Hudson Bay store is out of stock',
    "the Marley Spoon box didn't arrive",
  ])('leaves %j alone', (text) => expect(found(text)).toEqual([]));
  it('a name beside a book or a shop stays one', () => {
    expect(found('is the Ahmed Siddiqui book ready for Siobhan Kelly')).toEqual(['PERSON:Siobhan Kelly']);
    expect(found('I went to the Ahmed Siddiqui store, then Siobhan Kelly called')).toEqual(['PERSON:Siobhan Kelly']);
    expect(found('is the Ahmed Siddiqui order ready')).toEqual(['PERSON:Ahmed Siddiqui']);
  });
});

describe("fresh20 pass: a team's name after a greeting", () => {
  it.each(['cheers, Tech Support', 'Hi Tech Support, my router is down', 'thanks IT Service, all sorted'])(
    'leaves %j alone',
    (text) => expect(found(text)).toEqual([]),
  );
  it.each([
    ['thanks Hannah, bye', ['PERSON:Hannah']],
    ['Hi Jordan Calling', ['PERSON:Jordan']],
  ])('%j', (text, expected) => expect(found(text)).toEqual(expected));
  it.each(['the Pearl Harbour DVD was scratched', 'I bought the Morgan Taylor candle'])('leaves %j alone', (text) =>
    expect(found(text)).toEqual([]),
  );
});

describe('fresh20 pass: references numbered by year, device numbers', () => {
  it.each([
    'hablé con Atención al Cliente y me dieron el número 2024-55871',
    'call about ticket 2019-004417',
    'my Sky box number is 0123 4567 890 according to the settings menu',
  ])('leaves %j alone', (text) => expect(found(text)).toEqual([]));
  it.each([
    ['call me on 202-455-8710', ['PHONE:202-455-8710']],
    ['call me on +44 2024 55871', ['PHONE:+44 2024 55871']],
    ['my box number is broken, my number is 0161 496 0732', ['PHONE:0161 496 0732']],
  ])('%j', (text, expected) => expect(found(text)).toEqual(expected));
});

describe('fresh20 pass: an account number answered after the caller finds the paperwork', () => {
  it.each([
    [
      "what's the account number? Customer: right, got the letter here... 7731 0094 52",
      ['ACCOUNT_NUMBER:7731 0094 52'],
    ],
    [
      "what's the account number? Customer: I've got my statement in front of me, 7731 0094 52",
      ['ACCOUNT_NUMBER:7731 0094 52'],
    ],
    // A phone given instead stays a phone.
    ["what's the account number? Customer: got my phone here, call me on 07700 900461", ['PHONE:07700 900461']],
  ])('%j', (text, expected) => expect(found(text)).toEqual(expected));
});

describe('fresh20 pass: a self-introduction followed by no name', () => {
  it.each([
    'Hi, this is Verizon, how can I help?',
    "I'm Disabled, so I need the bill in large print",
    'this is Cheryl\u2019s Bakery calling about our business line',
    'Kunde: Ich bin Fischer von Beruf und oft auf See.',
  ])('leaves %j alone', (text) => expect(found(text)).toEqual([]));
  it.each([
    ['This is Jordan.', ['PERSON:Jordan']],
    ['Hi, this is Mercedes, how can I help?', ['PERSON:Mercedes']],
    ["I'm Maria da Costa", ['PERSON:Maria da Costa']],
    ['ich bin Dieter von Achenbach', ['PERSON:Dieter von Achenbach']],
    ["this is Cheryl, from Cheryl's Bakery", ['PERSON:Cheryl', 'PERSON:Cheryl']],
  ])('%j', (text, expected) => expect(found(text)).toEqual(expected));
});

describe('fresh20 pass: device, barcode and tracking labels; card lengths by issuer', () => {
  it.each([
    'the number on the back of the router is 0123 456 7890',
    'the number printed under the barcode is 0 12345 67890 5',
    "le numéro de suivi qu'on m'a donné est 06 12 34 56 78 90 12",
    // Twelve digits starting with 4 pass Luhn but are no Visa number.
    'the number in the email subject line was 4471 2290 3381',
  ])('leaves %j alone', (text) => expect(found(text)).toEqual([]));
  it.each([
    ['the router is fine, my number is 0123 456 7890', ['PHONE:0123 456 7890']],
    ['my card is 4539 1488 0343 6467', ['CREDIT_CARD:4539 1488 0343 6467']],
    ['Amex 3714 496353 98431', ['CREDIT_CARD:3714 496353 98431']],
    ['le numéro de suivi est arrivé, rappelez-moi au 06 12 34 56 78', ['PHONE:06 12 34 56 78']],
  ])('%j', (text, expected) => expect(found(text)).toEqual(expected));
});

describe('fresh32 pass: address borders', () => {
  it.each([
    // A filler between the street and its city: the postcode after them is still the address's.
    ['customer: so it is 9 elm road, um, leeds ls6 2ab', ['ADDRESS:9 elm road', 'ADDRESS:ls6 2ab']],
    // A German or Dutch street in lower case, as voice transcripts write it.
    ['kunde: ich wohne in der goethestraße 12, 80336 münchen', ['ADDRESS:goethestraße 12', 'ADDRESS:80336']],
    ['klant: mijn adres is dorpsstraat 7 in zwolle', ['ADDRESS:dorpsstraat 7']],
    // An Italian flat, a Belgian box right after the house number.
    ['Cliente: Via Garibaldi 8, interno 3, 16124 Genova', ['ADDRESS:Via Garibaldi 8, interno 3', 'ADDRESS:16124']],
    ['Klant: Kerkstraat 24 bus 5, 2000 Antwerpen', ['ADDRESS:Kerkstraat 24 bus 5', 'ADDRESS:2000']],
    // A rural route in lower case.
    ['customer: rural route 2, box 14, olds ab t4h 1p3', ['ADDRESS:rural route 2, box 14', 'ADDRESS:t4h 1p3']],
    // A Spanish "a" after the house number is the preposition, not the door: two streets.
    ['cliente: me cambio de la calle pez 5 a la calle luna 9', ['ADDRESS:calle pez 5', 'ADDRESS:calle luna 9']],
    ['cliente: calle mayor 8 b, madrid', ['ADDRESS:calle mayor 8 b']],
    // The quarter after a lower-case street type, with a cue and without.
    ['customer: i live at 1600 pennsylvania avenue nw', ['ADDRESS:1600 pennsylvania avenue nw']],
    ['customer: 900 peachtree st ne atlanta 30309', ['ADDRESS:900 peachtree st ne', 'ADDRESS:30309']],
  ])('%j', (text, expected) => expect(found(text)).toEqual(expected));
  it.each([
    // A filler before no city: the year after it is no postcode.
    ['customer: 15 kings road, uh, since 2019 it has flooded', ['ADDRESS:15 kings road']],
    // A count of minutes or times after a word that ends in a street word.
    ['kunde: auf dem heimweg 20 minuten im stau gestanden', []],
    ['klant: de ringweg was 2 keer dicht, de ringweg 3 keer', []],
    // "bus" after a comma is a bus, not a Belgian box.
    ['customer: I live at 12 Main Street, bus 3 goes past the door', ['ADDRESS:12 Main Street']],
    ['customer: the piano 4 hands recital is at the school', []],
    ['customer: the rural route was closed for 3 days', []],
    // "near" is no quarter.
    ['customer: i live at 12 oak street near the school', ['ADDRESS:12 oak street']],
  ])('near-miss %j', (text, expected) => expect(found(text)).toEqual(expected));
});
