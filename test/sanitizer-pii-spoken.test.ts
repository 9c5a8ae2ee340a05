/** Issue 12: voice-transcript phrasings of the fresh21 pass (lower case, fillers, read-backs): each rule with a value and a near miss. */
import { detectPii } from '../domain/sanitizer/pii';

const found = (text: string): string[] => detectPii(text).map((s) => `${s.type}:${text.slice(s.start, s.end)}`);

describe('"that\'s" after a lower-case name is no part of it', () => {
  it.each([
    ["customer: my name is nadia that's all", ['PERSON:nadia']],
    ["customer: surname's thwaite that's right", ['PERSON:thwaite']],
  ])('%j', (text, expected) => expect(found(text)).toEqual(expected));

  it.each([
    ['customer: my name is priya okay', ['PERSON:priya']],
    ["customer: the name's wei yep that's it", ['PERSON:wei']],
    ['customer: my name is dmitri yeah and the last name is volkov', ['PERSON:dmitri', 'PERSON:volkov']],
  ])('nor is "yeah", "yep" or "okay": %j', (text, expected) => expect(found(text)).toEqual(expected));
  it('a two-word name is still whole', () =>
    expect(found('customer: my name is priya sharma')).toEqual(['PERSON:priya sharma']));

  it('a name said after "that\'s" is still found', () =>
    expect(found("customer: that's nadia haddad")).toEqual(found('customer: nadia haddad')));
});

describe('a lower-case name, then its letters read out after a filler or "that\'s"', () => {
  it.each([
    ["customer: it's kowalczyk uh k o w a l c z y k", ['PERSON:kowalczyk', 'PERSON:k o w a l c z y k']],
    ["customer: first name nadia that's n a d i a", ['PERSON:nadia', 'PERSON:n a d i a']],
    ['customer: eilidh um e i l i d h', ['PERSON:eilidh', 'PERSON:e i l i d h']],
    ["customer: it's kowalczyk k o w a l c z y k", ['PERSON:kowalczyk', 'PERSON:k o w a l c z y k']],
  ])('%j', (text, expected) => expect(found(text)).toEqual(expected));

  it.each([
    'customer: the word was cheese uh c h e e s e',
    'customer: the code is tango t a n g o',
    "customer: that's s o r t of it",
    'customer: it was nadia uh a b c d',
  ])('no name: %j', (text) => expect(found(text)).toEqual([]));
});

describe('a British landline said digit by digit with no phone word', () => {
  it.each([
    [
      "customer: yeah it's oh one six one four nine six triple two eight",
      'oh one six one four nine six triple two eight',
    ],
    [
      'customer: oh two oh eight seven six five four three two one',
      'oh two oh eight seven six five four three two one',
    ],
  ])('%j', (text, value) => expect(found(text)).toEqual([`PHONE:${value}`]));

  it.each([
    'customer: my order number is oh one six one four nine six two two two eight',
    "customer: it's oh one oh oh oh oh oh oh oh oh oh",
    "customer: it's oh one six one four nine six two two two",
  ])('no phone: %j', (text) => expect(found(text)).toEqual([]));
});

describe('a unit said before a house number in words', () => {
  it.each([
    [
      "agent: and you're still at flat two one hundred and six kings road customer: yeah",
      'flat two one hundred and six kings road',
    ],
    ["customer: yeah it's apartment six twenty one church road", 'apartment six twenty one church road'],
    ["customer: it's flat two, forty seven willow lane", 'flat two, forty seven willow lane'],
  ])('%j', (text, value) => expect(found(text)).toEqual([`ADDRESS:${value}`]));

  it.each([
    'customer: the flat two doors down is empty',
    'customer: i rented a flat for two hundred and fifty pounds road tax included',
    'customer: we have two flats and three twenty main street stores',
  ])('no address: %j', (text) => expect(found(text)).toEqual([]));
});

describe('a birthday asked with a few more words, answered after the speaker label', () => {
  it.each([
    [
      'agent: and the birthday on the account customer: march third nineteen sixty nine',
      'march third nineteen sixty nine',
    ],
    ['Agent: could I get your birthday for verification? Customer: um yeah March the 3rd, 2001', 'March the 3rd, 2001'],
  ])('%j', (text, value) => expect(found(text)).toEqual([`DATE_OF_BIRTH:${value}`]));

  it.each([
    'agent: any plans for your birthday? customer: going away on the 5th of june',
    "agent: happy birthday for tomorrow customer: thanks it's booked for march third",
    'agent: the birthday offer ends soon customer: march third nineteen sixty nine was my order',
  ])('no birth date: %j', (text) => expect(found(text)).toEqual([]));
});

describe('"am i speaking with" and a name in lower case', () => {
  it.each([
    ["agent: am i speaking with connor mcbride customer: yeah yeah that's me", 'connor mcbride'],
    ['agent: am i talking to priya sharma', 'priya sharma'],
  ])('%j', (text, name) => expect(found(text)).toEqual([`PERSON:${name}`]));

  it.each([
    'agent: am i speaking with the account holder',
    'customer: am i speaking to someone who can help',
    "customer: i'm speaking to you from the car",
    'customer: am i talking to billing or sales',
  ])('no name: %j', (text) => expect(found(text)).toEqual([]));
});

describe('"like" between a name cue and a listed name', () => {
  it.each([
    ['customer: my name is like jonah whitfield', 'jonah whitfield'],
    ['customer: my name is like kowalczyk', 'kowalczyk'],
  ])('%j', (text, name) => expect(found(text)).toEqual([`PERSON:${name}`]));

  it.each([
    'customer: my name is like super long',
    'customer: my name is like totally wrong on the bill',
    'customer: my name is like misspelled',
  ])('no name: %j', (text) => expect(found(text)).toEqual([]));
});

describe('a lower-case first name said again brings the surname after it', () => {
  it.each([
    ['customer: like my name is like jonah uh jonah whitfield', ['PERSON:jonah', 'PERSON:jonah whitfield']],
    [
      "customer: i'm calling for my mum margaret to be honest margaret ellison",
      ['PERSON:margaret', 'PERSON:margaret ellison'],
    ],
  ])('%j', (text, expected) => expect(found(text)).toEqual(expected));

  it.each([
    ['customer: my name is jonah and jonah said it', ['PERSON:jonah', 'PERSON:jonah']],
    ['customer: my name is priya and priya is fine', ['PERSON:priya', 'PERSON:priya']],
  ])('no surname: %j', (text, expected) => expect(found(text)).toEqual(expected));
});

describe('a birth day taken back after a comma', () => {
  it.each([
    [
      'Agent: what is your date of birth? Customer: um I was born on the 4th, no, the 5th of November 1969',
      ['DATE_OF_BIRTH:4th', 'DATE_OF_BIRTH:5th of November 1969'],
    ],
    [
      'agent: date of birth? customer: um the 4th, sorry, 5th of june',
      ['DATE_OF_BIRTH:4th', 'DATE_OF_BIRTH:5th of june'],
    ],
  ])('%j', (text, expected) => expect(found(text)).toEqual(expected));

  it.each([
    'customer: date of birth is on file, i paid on the 4th, no, the 5th of november 2024',
    'customer: the delivery came on the 4th, no, the 5th of november',
  ])('no birth date: %j', (text) => expect(found(text)).toEqual([]));
});

describe('"as" between an account cue and its number is no letter prefix', () => {
  it.each([
    ['Agent: I have the account number as 31904476, is that correct?', 'ACCOUNT_NUMBER:31904476'],
    ['agent: so i have your account number as 55120983', 'ACCOUNT_NUMBER:55120983'],
  ])('%j', (text, expected) => expect(found(text)).toEqual([expected]));

  it.each([
    ['agent: account number AB 31904476', ['ACCOUNT_NUMBER:AB 31904476']],
    ['agent: i logged the account number as 2 days late', []],
  ])('a letter prefix stays, a count is none: %j', (text, expected) => expect(found(text)).toEqual(expected));
});

describe('an account number asked, answered after "got the letter here"', () => {
  it.each([
    ["Agent: what's the account number? Customer: right, got the letter here... 7731 0094 52", '7731 0094 52'],
    ["agent: what's the policy number customer: i've got the renewal in front of me 7731 0094 52", '7731 0094 52'],
  ])('%j', (text, value) => expect(found(text)).toEqual([`ACCOUNT_NUMBER:${value}`]));

  it.each([
    [
      "Agent: what's the account number? Customer: I got the letter but call me on 07700 900461",
      ['PHONE:07700 900461'],
    ],
    ["Agent: what's the account number? Customer: got the bill here, the total is 1234", []],
  ])('no account number: %j', (text, expected) => expect(found(text)).toEqual(expected));
});

describe('an account number asked, answered after "no sorry the full number is"', () => {
  it('after a read-back cut short', () =>
    expect(
      found('Agent: the account ending... Customer: no sorry the full number is 20558813, I gave you the wrong one'),
    ).toEqual(['ACCOUNT_NUMBER:20558813']));

  it.each([
    ['Agent: account number? Customer: no, the full phone is 07700 900461', ['PHONE:07700 900461']],
    ["Agent: account number? Customer: no I don't have it, the order was 20558813", []],
  ])('no account number: %j', (text, expected) => expect(found(text)).toEqual(expected));
});

describe('an expiry asked, answered a few words after the speaker label', () => {
  it.each([
    ['Agent: expiry date please. Customer: hold on let me flip it over... 07/2030', '07/2030'],
    ['agent: when does it expire? customer: let me have a look at the card here 07/29', '07/29'],
  ])('%j', (text, value) => expect(found(text)).toEqual([`CARD_EXPIRY:${value}`]));

  it.each(['agent: your card expires soon customer: ok thanks can i book the engineer for 12/25'])(
    'no expiry: %j',
    (text) => expect(found(text)).toEqual([]),
  );
});

describe('thanks, then a lower-case listed name', () => {
  it.each([
    ['agent: lovely thanks siobhan can i take the postcode', 'siobhan'],
    ['agent: thanks nadia and the email', 'nadia'],
    ['agent: thank you amara', 'amara'],
  ])('%j', (text, name) => expect(found(text)).toEqual([`PERSON:${name}`]));

  it.each([
    'customer: thanks anyway',
    'customer: thanks bill for nothing',
    'customer: thanks mate',
    'agent: thanks so much',
  ])('no name: %j', (text) => expect(found(text)).toEqual([]));
});

describe('an international number said in English with pairs after "plus"', () => {
  it.each([
    [
      'customer: plus thirty three six twelve thirty four fifty six seventy eight',
      'plus thirty three six twelve thirty four fifty six seventy eight',
    ],
    [
      'customer: plus sixty one four twelve three four five six seven eight',
      'plus sixty one four twelve three four five six seven eight',
    ],
  ])('%j', (text, value) => expect(found(text)).toEqual([`PHONE:${value}`]));

  it.each([
    'customer: it was plus twenty two ninety nine shipping so thirty one fifty total',
    'customer: plus thirty three six twelve thirty four fifty',
    'customer: two plus twelve plus thirty plus forty is eighty four',
  ])('no phone: %j', (text) => expect(found(text)).toEqual([]));
});

describe('"name\'s" opening a turn, then a lower-case name', () => {
  it.each([
    ["customer: name's liam brady and my number's gone", ['PERSON:liam brady']],
    ["customer: yeah name's liam brady", ['PERSON:liam brady']],
  ])('%j', (text, expected) => expect(found(text)).toEqual(expected));

  it.each([
    "customer: name's wrong on the bill",
    "customer: name's not important",
    'customer: names are hard',
    "customer: the account name's on the letter",
  ])('no name: %j', (text) => expect(found(text)).toEqual([]));
});

describe('a numeric birth date, then its day and month said again in words', () => {
  it.each([
    ['customer: date of birth is 03.07.1964 uh the third of july', ['03.07.1964', 'third of july']],
    ['customer: date of birth 21.06.1990 so twenty first of june', ['21.06.1990', 'twenty first of june']],
  ])('%j', (text, values) => expect(found(text)).toEqual(values.map((v) => `DATE_OF_BIRTH:${v}`)));

  it.each([
    ["customer: date of birth is 03.07.1964 so the fifth of july i'll be away", ['DATE_OF_BIRTH:03.07.1964']],
    ['customer: the delivery is 03.07.2024 uh the third of july', []],
  ])('no second birth date: %j', (text, expected) => expect(found(text)).toEqual(expected));
});

describe('thanks and a name, then a bracket', () => {
  it('"thanks so much, Rahul (Rahul Mehta-Shah)"', () =>
    expect(found('Customer: thanks so much, Rahul (Rahul Mehta-Shah)')).toEqual([
      'PERSON:Rahul',
      'PERSON:Rahul Mehta-Shah',
    ]));
  it.each(['Customer: thanks for the Refund (Partial) today', 'Customer: thanks Everyone (all of you)'])(
    'no name: %j',
    (text) => expect(found(text)).toEqual([]),
  );
});

describe('"it\'s" and a lower-case name in a turn that gives a birth date', () => {
  it.each([
    [
      "customer: yeah it's olga petrenko date of birth nineteenth of april seventy six",
      ['PERSON:olga petrenko', 'DATE_OF_BIRTH:nineteenth of april seventy six'],
    ],
  ])('%j', (text, expected) => expect(found(text)).toEqual(expected));

  it.each([
    ["customer: it's the date of birth on the form", []],
    ["customer: yeah it's fine date of birth is wrong though", []],
  ])('no name: %j', (text, expected) => expect(found(text)).toEqual(expected));
});
