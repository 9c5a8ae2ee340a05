/** Issue 12: voice-transcript phrasings of the fourteenth pass (fresh14): each rule with a value and a near miss. */
import { detectPii } from '../domain/sanitizer/pii';

const found = (text: string): string[] => detectPii(text).map((s) => `${s.type}:${text.slice(s.start, s.end)}`);

describe('a name in lower case after a weaker cue, maybe after a hesitation', () => {
  it.each([
    ['customer: uh this is priyanka venkataraman', 'priyanka venkataraman'],
    ["hi um i'm ringing on behalf of my dad he's called bernard haslam", 'bernard haslam'],
    ["it's for my son um kwame mensah he's at uni", 'kwame mensah'],
    ['speak to my partner her name is ingrid solberg she handles all that', 'ingrid solberg'],
    ['you can put it in the name of uh lucia fernandez garcia', 'lucia fernandez garcia'],
    ['the engineer was called gareth pryce he came tuesday', 'gareth pryce'],
    ['ok so the card holder is nnamdi eze not me', 'nnamdi eze'],
  ])('%j', (text, name) => expect(found(text)).toEqual([`PERSON:${name}`]));

  it.each([
    'customer: this is about my bill',
    "it's called the premium plan",
    'my son is at uni this week',
    'the card holder is my wife',
    'my dad called yesterday about it',
    'her name is on the account',
    'the engineer was called back to fix it',
  ])('no name: %j', (text) => expect(found(text)).toEqual([]));
});

describe('after a relative, a word of no list that the next word calls "he" or "she" (fresh26 pass)', () => {
  it.each([
    ['customer: talk to my son uh tadhg he set it up', 'PERSON:tadhg'],
    ['customer: my wife eilidh she pays the bills', 'PERSON:eilidh'],
  ])('%j', (text, value) => expect(found(text)).toEqual([value]));

  it.each([
    'customer: my husband basically he does it all',
    'customer: my wife yeah she pays',
    'customer: my son uh tadhg plays football',
  ])('no name: %j', (text) => expect(found(text)).toEqual([]));
});

describe('an account number said with letters read out, or in five or six digits, after its cue', () => {
  it.each([
    ['my policy number is a as in alpha four four seven nine two one', 'a as in alpha four four seven nine two one'],
    [
      'member number um b for bravo k for kilo nine nine three one zero',
      'b for bravo k for kilo nine nine three one zero',
    ],
    ['policy ref p l x double four seven two nine', 'p l x double four seven two nine'],
    ['membership id is m dash two two oh nine one five', 'm dash two two oh nine one five'],
    ['my policy number is four four seven nine two one', 'four four seven nine two one'],
  ])('%j', (text, value) => expect(found(text)).toEqual([`ACCOUNT_NUMBER:${value}`]));

  it.each([
    'my order number is a four four seven one two',
    "my order number is four four seven one two and it still hasn't arrived",
    "i'm a member i have three four five six seven",
    'my policy number is nine two one',
  ])('no account number: %j', (text) => expect(found(text)).toEqual([]));
});

describe('a birth date with a two-digit year said before more words, or its cue after an acknowledgement', () => {
  it.each([
    ["date of birth fifth of march eighty two and the email's next", 'fifth of march eighty two'],
    ['born on the ninth of may seventy one i think', 'ninth of may seventy one'],
    ["so that's the fourteenth of february 2001 yeah for your date of birth", 'fourteenth of february 2001'],
  ])('%j', (text, value) => expect(found(text)).toEqual([`DATE_OF_BIRTH:${value}`]));

  it.each([
    ['born on the ninth of may seventy pounds later', 'ninth of may'],
    ['my date of birth is the third of june sixty years ago apparently', 'third of june'],
  ])('no year: %j', (text, value) => expect(found(text)).toEqual([`DATE_OF_BIRTH:${value}`]));

  it.each([
    'the fourteenth of february yeah and your date of birth',
    'it was the fifth of march yeah for your appointment',
  ])('no birth date: %j', (text) => expect(found(text)).toEqual([]));
});

describe('letters read out one by one before a spoken local part', () => {
  it.each([
    ["it's d o y l e e at eircom dot net", 'd o y l e e at eircom dot net'],
    ["so it's r m ninety nine at icloud dot com", 'r m ninety nine at icloud dot com'],
    ["it's t underscore brennan at btinternet.com", 't underscore brennan at btinternet.com'],
  ])('%j', (text, value) => expect(found(text)).toEqual([`EMAIL:${value}`]));

  it.each([
    ["it's a john dot smith at gmail dot com", 'john dot smith at gmail dot com'],
    ['i said john dot smith at gmail dot com', 'john dot smith at gmail dot com'],
  ])('a word of the sentence stays out: %j', (text, value) => expect(found(text)).toEqual([`EMAIL:${value}`]));
});

describe("a card's expiry year said digit by digit", () => {
  it.each([
    ['expiry is oh nine slash two seven', 'oh nine slash two seven'],
    ['the valid thru date says oh one three one', 'oh one three one'],
  ])('%j', (text, value) => expect(found(text)).toEqual([`CARD_EXPIRY:${value}`]));

  it.each(['the expiry is in two seven days', 'the box said best before oh nine slash two seven'])(
    'no expiry: %j',
    (text) => expect(found(text)).toEqual([]),
  );
});

describe('a "plus" said before a number possible for its country', () => {
  it('a number in a range kept for fiction, with its country code', () =>
    expect(found('my number is plus four four seven seven zero zero nine double zero one two three')).toEqual([
      'PHONE:plus four four seven seven zero zero nine double zero one two three',
    ]));

  it.each([
    "that's plus one two three four five six seven on the total",
    'plus nine nine nine nine nine nine nine nine nine nine nine',
    'the score was plus four four seven seven zero zero',
  ])('no phone: %j', (text) => expect(found(text)).toEqual([]));
});

describe('lower-case names: letters read out after them, "miss", a first name after a relative', () => {
  it("a name's letters read out start after it", () =>
    expect(found("the name's wei zhang z h a n g")).toEqual(['PERSON:wei zhang', 'PERSON:z h a n g']));
  it('a middle initial alone stays in the name', () =>
    expect(found('my name is john c smith')).toEqual(['PERSON:john c smith']));

  it.each([
    ["so that's miss hannah o'driscoll yeah", "hannah o'driscoll"],
    ['calling for my mum margaret to be honest', 'margaret'],
  ])('%j', (text, name) => expect(found(text)).toEqual([`PERSON:${name}`]));

  it.each([
    "i don't want to miss out on the deal",
    "i'll miss the delivery",
    'my mum rang yesterday',
    'my dad will sort it',
  ])('no name: %j', (text) => expect(found(text)).toEqual([]));
});

describe('a written account number or expiry corrected to or from another of the same shape', () => {
  it.each([
    ['the customer number is 88213047 not 88213074', 'ACCOUNT_NUMBER', '88213047', '88213074'],
    ["expiry's 07/27 not 01/27", 'CARD_EXPIRY', '07/27', '01/27'],
    ['the expiry 07/27, sorry, 07/28', 'CARD_EXPIRY', '07/27', '07/28'],
  ])('%j', (text, type, first, second) => expect(found(text)).toEqual([`${type}:${first}`, `${type}:${second}`]));

  it.each([
    ['account number is 88213047 not 2 days ago', '88213047'],
    ['account number is 88213047 not 882130', '88213047'],
  ])('another shape stays: %j', (text, value) => expect(found(text)).toEqual([`ACCOUNT_NUMBER:${value}`]));
});

describe('German relatives before a name between commas', () => {
  it.each([
    ['mein Mann, Reinhold, hat gestern angerufen', 'PERSON:Reinhold'],
    ['meine Tochter, Annika, hat das Konto eröffnet', 'PERSON:Annika'],
    ['mein Sohn Jannik hat das bestellt', 'PERSON:Jannik'],
    ['das Konto läuft auf meine Schwiegermutter, Hiltrud Kessler.', 'PERSON:Hiltrud Kessler'],
    ['my husband, Reinhold, called yesterday', 'PERSON:Reinhold'],
  ])('%j', (text, expected) => expect(found(text)).toContain(expected));

  it.each([
    'weil mein Mann Urlaub hat, rufe ich an',
    'mein Mann, Gott sei Dank, hat das bestellt',
    'mein Sohn Geburtstag hatte, deshalb',
  ])('no name: %j', (text) => expect(found(text)).toEqual([]));
});

describe('a second name joined by a conjunction to a cued one', () => {
  it.each([
    ['this is Priya and Tomasz from the claims team', ['PERSON:Priya', 'PERSON:Tomasz']],
    ['the account is in the names of Olu and Bettina Akande', ['PERSON:Olu', 'PERSON:Bettina Akande']],
    ['je suis Priya et Tomasz du service sinistres', ['PERSON:Priya', 'PERSON:Tomasz']],
    ['mein Name ist Priya und das ist Tomasz', ['PERSON:Priya']],
    ['aqui fala a Priya e o Tomasz, da equipe de sinistros', ['PERSON:Priya', 'PERSON:Tomasz']],
  ])('%j', (text, expected) => expect(found(text)).toEqual(expected));

  it.each([
    ['this is Priya and Team Leader Support', ['PERSON:Priya']],
    ['my name is Priya and Monday works for me', ['PERSON:Priya']],
    ['the account is in the name of Olu and Sons Ltd', ['PERSON:Olu']],
  ])('the ordinary word after the conjunction stays: %j', (text, expected) => expect(found(text)).toEqual(expected));
});

describe('who served the caller (a given name the lexicon takes for a word, before a listed name)', () => {
  it.each([
    ['quem me atendeu foi o João Vitor, ele disse que ia retornar', 'PERSON:João Vitor'],
    ['fui atendida pela Ilse ontem', 'PERSON:Ilse'],
    ['quien me atendió fue Ilse, muy amable', 'PERSON:Ilse'],
    ['falei com a Ilse ontem e ela não resolveu', 'PERSON:Ilse'],
    ["j'ai été aidée par Ilse hier", 'PERSON:Ilse'],
    ['Hablé con Ilse ayer, muy amable', 'PERSON:Ilse'],
  ])('%j', (text, expected) => expect(found(text)).toContain(expected));

  it.each([
    'quem me atendeu foi o Suporte Técnico, que não resolveu',
    'fui atendida pela Central ontem',
    'falei com o Banco ontem',
    'hablé con Movistar ayer',
    'falei com o Mercado Livre e nada',
  ])('no name: %j', (text) => expect(found(text)).toEqual([]));
});

describe('a birth date said as three numbers in Spanish or Portuguese', () => {
  it.each([
    ['nací el quince del cuatro del ochenta y cinco', 'DATE_OF_BIRTH:quince del cuatro del ochenta y cinco'],
    [
      'fecha de nacimiento: tres de marzo de mil novecientos noventa',
      'DATE_OF_BIRTH:tres de marzo de mil novecientos noventa',
    ],
    ['mi fecha de nacimiento es el dos del once del noventa y uno', 'DATE_OF_BIRTH:dos del once del noventa y uno'],
    ['nací el 15 del 4 del 85', 'DATE_OF_BIRTH:15 del 4 del 85'],
    ['nasci no dia quinze do quatro de oitenta e cinco', 'DATE_OF_BIRTH:quinze do quatro de oitenta e cinco'],
  ])('%j', (text, expected) => expect(found(text)).toEqual([expected]));

  it.each([
    'nací el quince del trece del ochenta y cinco',
    'la cita es el quince del cuatro del ochenta y cinco',
    'nací el quince del cuatro del año pasado',
  ])('no birth date: %j', (text) => expect(found(text)).toEqual([]));
});

describe('a Brazilian area code (DDD) said as a number, named by "DDD", or written before a "9" apart', () => {
  it.each([
    ['meu celular é (onze) 9 8765-4321', ['PHONE:(onze) 9 8765-4321']],
    ['DDD 21, 98765-4321', ['PHONE:21, 98765-4321']],
    [
      'zero onze nove oito sete seis cinco quatro três dois um',
      ['PHONE:zero onze nove oito sete seis cinco quatro três dois um'],
    ],
    [
      'meu celular é vinte e um, nove oito sete seis cinco quatro três dois um',
      ['PHONE:vinte e um, nove oito sete seis cinco quatro três dois um'],
    ],
    ['o DDD é vinte e um, e o número é 98765-4321', ['PHONE:vinte e um', 'PHONE:98765-4321']],
    ['meu celular: (11) 9 8765 4321', ['PHONE:(11) 9 8765 4321']],
  ])('%j', (text, expected) => expect(found(text)).toEqual(expected));

  it.each([
    'paguei onze, 98765 pontos no total',
    'o pedido 21, 98765-4321 chegou',
    'foram onze, 9876-5432 hoje',
    'protocolo número onze, nove oito sete seis cinco quatro três dois um',
    'o pedido número 11 9 8765-4321 chegou',
    'onze, nove oito sete seis cinco quatro três dois um',
  ])('no phone: %j', (text) => expect(found(text)).toEqual([]));
});

describe('Portuguese and Spanish given names the name lists missed (faker locales in the lexicon)', () => {
  it.each([
    ['o João Vitor ligou ontem', 'PERSON:João Vitor'],
    ['João Pereira, boa tarde', 'PERSON:João Pereira'],
    ['falei com o João ontem e ele não resolveu', 'PERSON:João'],
    ['o Joaquim Henrique ficou de ligar', 'PERSON:Joaquim Henrique'],
  ])('%j', (text, expected) => expect(found(text)).toContain(expected));

  it.each(['o São Paulo ganhou ontem', 'moro em João Pessoa desde 2010', 'falei com o Banco ontem'])(
    'no name: %j',
    (text) => expect(found(text)).toEqual([]),
  );
});

describe('Portuguese cues with the article a given name takes', () => {
  it.each([
    ['bom dia, quem fala é o João', 'PERSON:João'],
    ['o titular da conta é o Reinaldo', 'PERSON:Reinaldo'],
    ['pode me chamar de Tomasz', 'PERSON:Tomasz'],
    ['o meu marido, o Reinaldo, ligou ontem', 'PERSON:Reinaldo'],
    ['a conta está em nome do Reinaldo', 'PERSON:Reinaldo'],
    ['meu nome completo é Reinaldo Azevedo', 'PERSON:Reinaldo Azevedo'],
    ['está falando com a Ilse', 'PERSON:Ilse'],
  ])('%j', (text, expected) => expect(found(text)).toEqual([expected]));

  it.each([
    'bom dia, quem fala é a Central',
    'o titular da conta é a Empresa',
    'a conta está em nome da Empresa',
    'está falando com o Suporte',
  ])('no name: %j', (text) => expect(found(text)).toEqual([]));
});
