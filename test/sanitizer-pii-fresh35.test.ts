/**
 * Issue 12, the fresh35 pass: the forms names take (fresh35-pii.jsonl). Italian and Dutch cues, relatives and titles,
 * lower-case self-introductions abroad, particles in a lower-case name, spelling words of Italian and Dutch and a German
 * umlaut read out, a German relative before a name, Gaelic prefixes in a name said with no cue, signed lines of seven
 * languages. Each rule has its positive and a near miss that stays; positives are not the set's lines.
 */
import { detectPii } from '../domain/sanitizer/pii';

const found = (text: string): string[] => detectPii(text).map((s) => `${s.type}:${text.slice(s.start, s.end)}`);

describe('fresh35: Italian and Dutch cues, relatives and titles', () => {
  it.each([
    ['Klant: goedemorgen, u spreekt met Wouter Kuipers.', ['PERSON:Wouter Kuipers']],
    ['Agent: Spreek ik met mevrouw Brouwer?', ['PERSON:Brouwer']],
    ['Klant: mijn zoon Thijs kan niet inloggen.', ['PERSON:Thijs']],
    ['Cliente: mia figlia Beatrice non riceve le email.', ['PERSON:Beatrice']],
    ['Cliente: la bolletta è intestata a mio marito, Gianluca.', ['PERSON:Gianluca']],
    ['Cliente: sono Federica Marchetti, vi ho scritto ieri.', ['PERSON:Federica Marchetti']],
    ['Client : mon collègue Bastien a passé la commande.', ['PERSON:Bastien']],
    ['Client : le colis est chez mon voisin, M. Kerbrat.', ['PERSON:Kerbrat']],
  ])('%j', (text, values) => expect(found(text)).toEqual(values));

  it.each([
    'Klant: mijn zoon kan niet inloggen.',
    'Klant: ik ben Tevreden met de service.',
    'Cliente: sono Contento del servizio.',
    'Agent: Spreek ik met de Klantenservice?',
    'Cliente: mia figlia non riceve le email.',
    'Client : mon collègue a passé la commande.',
    // A nationality, a firm an agent names: one word alone after these cues must be a listed name.
    'Cliente: Sono Italiano e vivo a Roma.',
    'Agent: Goedemiddag, u spreekt met Ziggo, waarmee kan ik u helpen?',
    'Agente: Buongiorno, parla con Fastweb, come posso aiutarla?',
  ])('stays: %j', (text) => expect(found(text)).toEqual([]));

  it.each([
    ['Agent: Goedemiddag, spreek ik met Pieter?', ['PERSON:Pieter']],
    ['Agente: Buongiorno, parla con Lorenzo.', ['PERSON:Lorenzo']],
    // After "ik ben" and "sono", a word of no list that ends its clause.
    ['Klant: Hallo, ik ben Lieke.', ['PERSON:Lieke']],
    ['Agente: Buonasera, sono Benedetta, come posso aiutarla?', ['PERSON:Benedetta']],
  ])('a listed name alone: %j', (text, values) => expect(found(text)).toEqual(values));

  it.each(['Klant: Ik ben Duitser, ik woon in Utrecht.', 'Klant: Ik ben Klant sinds 2010.'])('stays: %j', (text) =>
    expect(found(text)).toEqual([]),
  );
});

describe('fresh35: lower-case self-introductions abroad', () => {
  it.each([
    ['klant: ik ben tobias en ik bel over mijn factuur', ['PERSON:tobias']],
    ['cliente: buonasera sono rodrigo ho un problema', ['PERSON:rodrigo']],
    ['cliente: aqui fala a bernadette da silva sobre a fatura', ['PERSON:bernadette da silva']],
    ["client: c'est moi gwendolyn je rappelle pour la box", ['PERSON:gwendolyn']],
    ['kunde: ja hier spricht die bernadette von der post', ['PERSON:bernadette']],
  ])('%j', (text, values) => expect(found(text)).toEqual(values));

  it.each([
    'klant: ik ben al twee weken aan het wachten',
    'cliente: sono molto arrabbiato con voi',
    'cliente: sono io il titolare della linea',
    "client: c'est moi qui ai appelé hier",
    'klant: mijn naam is fout geschreven op de brief',
    'kunde: hier ist der zähler kaputt',
    'cliente: mi chiamo fuori da questa storia',
  ])('stays: %j', (text) => expect(found(text)).toEqual([]));
});

describe('fresh35: a relative named in lower case abroad', () => {
  it.each([
    ['cliente: mi hermana lucía tiene la otra tarjeta', ['PERSON:lucía']],
    ['cliente: mia moglie beatrice non riesce ad entrare', ['PERSON:beatrice']],
    ['klant: mijn broer matteo belt morgen', ['PERSON:matteo']],
    ['kunde: meine tochter lotte hat bestellt', ['PERSON:lotte']],
    ['cliente: meu filho anselmo fez a compra', ['PERSON:anselmo']],
  ])('%j', (text, values) => expect(found(text)).toEqual(values));

  it.each([
    'cliente: mi hermana tiene la otra tarjeta',
    'cliente: mia moglie non riesce ad entrare',
    'klant: mijn broer belt morgen',
    'kunde: meine tochter hat bestellt',
    'cliente: meu filho fez a compra',
    // A written turn capitalises the name: a listed name that is an ordinary word of the language is no name here.
    '¿Puedo añadir a mi hija como usuaria autorizada?',
    'Klant: mijn zoon kan niet inloggen.',
  ])('stays: %j', (text) => expect(found(text)).toEqual([]));
});

describe('fresh35: particles inside a lower-case name after a strong cue', () => {
  it.each([
    ['cliente: me llamo rocío sánchez de la vega', ['PERSON:rocío sánchez de la vega']],
    ['kunde: mein name ist jannik van den bosch', ['PERSON:jannik van den bosch']],
  ])('%j', (text, values) => expect(found(text)).toEqual(values));

  it.each([
    ['cliente: me llamo rocío y mi correo no funciona', ['PERSON:rocío']],
    ['kunde: mein name ist jannik von der firma', ['PERSON:jannik']],
  ])('stops at ordinary speech: %j', (text, values) => expect(found(text)).toEqual(values));
});

describe('fresh35: spelling words of Italian and Dutch, German umlauts read out', () => {
  it.each([
    ['Cliente: Lombardi, L come Livorno, O, M, B, A, R, D, I', 'PERSON:L come Livorno, O, M, B, A, R, D, I'],
    ['Klant: Jansen, J van Johan, A, N, S, E, N', 'PERSON:J van Johan, A, N, S, E, N'],
    ['Kunde: Jürgens, J wie Julius, Ü, R, G, E, N, S', 'PERSON:J wie Julius, Ü, R, G, E, N, S'],
  ])('%j', (text, value) => expect(found(text)).toContain(value));

  it.each(['Cliente: il codice è A come Ancona 7 e poi B', 'Klant: het is B van Bernard 12, bus 3'])(
    'stays: %j',
    (text) => expect(found(text).filter((v) => v.startsWith('PERSON'))).toEqual([]),
  );
});

describe('fresh35: a first letter and "apostrophe" before hyphenated letters', () => {
  it.each([
    ["Customer: it's D'Arcy, D apostrophe A-R-C-Y", ["PERSON:D'Arcy", 'PERSON:D apostrophe A-R-C-Y']],
    ["Customer: surname O'Hare, O, apostrophe, H-A-R-E", ["PERSON:O'Hare", 'PERSON:O, apostrophe, H-A-R-E']],
  ])('%j', (text, values) => expect(found(text).sort()).toEqual([...values].sort()));

  it.each(['Customer: the code is X apostrophe A-B-C-D', "Customer: it's Dermot, D apostrophe A-R-C-Y"])(
    'stays: %j',
    (text) => expect(found(text).filter((v) => v.includes('apostrophe'))).toEqual([]),
  );
});

describe('fresh35: a German relative before a name, Gaelic prefixes said with no cue', () => {
  it.each([
    ['Kunde: Meine Frau Henrike hat die Rechnung bezahlt.', ['PERSON:Henrike']],
    ['Customer: the parcel was for Eilidh MacLeod and it never came.', ['PERSON:Eilidh MacLeod']],
  ])('%j', (text, values) => expect(found(text)).toEqual(values));

  it.each([
    'Kunde: Ich lese gerade Thomas Mann, sehr schön.',
    "Customer: I got the voucher at McDonald's and it won't scan.",
    'Customer: the McAfee licence renewed without asking.',
  ])('stays as it was: %j', (text) => expect(found(text).filter((v) => !v.includes('Thomas Mann'))).toEqual([]));
});

describe('fresh35: signed lines of seven languages', () => {
  it.each([
    ['Grazie per la risposta.\nDistinti saluti,\nOttavio Ferrante', ['PERSON:Ottavio Ferrante']],
    ['Bedankt voor de hulp.\nMet hartelijke groet,\nWillemijn Brouwer', ['PERSON:Willemijn Brouwer']],
    ['Gracias.\nUn saludo cordial,\nItxaso Arrizabalaga\nTel. 943 123 456', ['PERSON:Itxaso Arrizabalaga']],
  ])('%j', (text, values) => expect(found(text).filter((v) => v.startsWith('PERSON'))).toEqual(values));

  it.each([
    'Gracias.\nUn saludo cordial,\nAtención Cliente\nTel. 943 123 456',
    'Grazie.\nCordiali saluti,\nServizio Clienti',
    'Bedankt.\nMet vriendelijke groet,\nKlantenservice',
  ])('stays: %j', (text) => expect(found(text).filter((v) => v.startsWith('PERSON'))).toEqual([]));
});

describe('fresh35: particles after "it\'s" and "de los", "con" before a spelling, more relatives', () => {
  it.each([
    ["Customer: yes it's Bruno de Souza.", ['PERSON:Bruno de Souza']],
    ['Cliente: soy María José de las Heras.', ['PERSON:María José de las Heras']],
    ['Cliente: Ybarra, con Y de Yegua, B, A, R, R, A', ['PERSON:Ybarra', 'PERSON:Y de Yegua, B, A, R, R, A']],
    ['Cliente: mi suegra Remedios tiene la otra línea.', ['PERSON:Remedios']],
    ['Kunde: meine Kollegin Svenja hat das bestellt.', ['PERSON:Svenja']],
    ['Cliente: a minha vizinha Joelma recebeu o pacote.', ['PERSON:Joelma']],
  ])('%j', (text, values) => expect(found(text)).toEqual(values));

  it.each([
    "Customer: it's Banco de Portugal.",
    'Cliente: el código, con B de Burgos, X, Z, W',
    'Cliente: mi suegra tiene la otra línea.',
    'Kunde: meine Kollegin hat das bestellt.',
    'Cliente: a minha vizinha recebeu o pacote.',
  ])('stays: %j', (text) => expect(found(text).filter((v) => v.startsWith('PERSON'))).toEqual([]));
});

describe('fresh35 shapes said over and over, 200 KB', () => {
  it.each([
    'ik ben al ',
    'sono io ',
    'mijn naam is de de ',
    'me llamo ana de la de la ',
    "O'O'Mc",
    'McMac O’Neill ',
    'mio figlio Matteo ',
    'Mein Mann Jörg ',
    'L come Livorno, O, ',
    'Distinti saluti,\nOttavio Ferrante\n',
    'mi hijo iker ',
    'ma voisine ma voisine ',
    'D apostrophe A-N-G-E-L-O ',
    'A-B-C-D ',
    "it's Bruno de los de la ",
    'Ybarra, con Y de Yegua, B, ',
  ])('%j: no throw, at most one span a repeat', (phrase) => {
    const repeats = Math.ceil(200_000 / phrase.length);
    const started = Date.now();
    const spans = detectPii(phrase.repeat(repeats), {});
    expect(spans.length).toBeLessThanOrEqual(repeats);
    expect(Date.now() - started).toBeLessThan(4000);
  });
});
