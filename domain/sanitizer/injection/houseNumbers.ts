/**
 * A house number is an address, not a record, and the people it picks out are someone else: "my neighbour at number
 * 12 said his bill went up" names no data, "the lady at number 12" is another person as much as "my neighbour" is.
 * A number word ("number", "número", "numéro", "Nummer", "numero", "nr") or a dwelling ("flat", "piso", "Wohnung",
 * "appartamento", "huis") after a word of place ("at", "del", "au", "von", "do", "al", "op", an article allowed
 * between) and before a short number (at most four digits and a letter: not a phone or account number) loses 'data';
 * a word for a person just before the place word, or "who lives" there ("quien vive en el número 4", "wer in Nummer 3
 * wohnt" is not read: the verb comes last), gets 'other'. "Call me on 0612345678" and "card number 4412" (no word of
 * place before) are not read.
 */
import { LIVES_VERBS } from './functionWords';
import { classBit, TURN_BREAK } from './lexicon';
import { onStreetAt } from './ownerLookups';

const DATA_BIT = classBit('data');
const OTHER_BIT = classBit('other');

const NUMBER_WORDS = ['number', 'numero', 'nummer', 'nr', 'hausnummer', 'huisnummer'];
const DWELLINGS = ['flat', 'apartment', 'apt', 'unit', 'piso', 'apartamento', 'appartement', 'wohnung'];
const MORE_DWELLINGS = ['appartamento', 'huis', 'woning'];
/** Words without one of which this reading finds nothing. */
/**
 * The households of a street, said in the plural: "which of the flats on Mill Road", "the customers on Oak Avenue",
 * "qué vecinos de la calle Mayor", "welche Häuser in der Hauptstraße". The plural word gets 'other' when a street follows
 * (onStreetAt): the people there are someone else. "Which houses on my street" (the caller's street) is not read.
 */
const HOUSEHOLDS = new Set([
  ...['houses', 'flats', 'homes', 'apartments', 'neighbours', 'neighbors', 'customers', 'residents', 'households'],
  ...['casas', 'pisos', 'vecinos', 'clientes', 'maisons', 'appartements', 'voisins', 'clients', 'hauser', 'haeuser'],
  ...['wohnungen', 'nachbarn', 'kunden', 'vizinhos', 'moradores', 'case', 'appartamenti', 'vicini', 'clienti'],
  ...['huizen', 'woningen', 'buren', 'klanten', 'bewoners'],
]);
/** Words without one of which this reading finds nothing. */
export const HOUSE_WORDS: ReadonlySet<string> = new Set([
  ...NUMBER_WORDS,
  ...DWELLINGS,
  ...MORE_DWELLINGS,
  ...HOUSEHOLDS,
]);
const HOUSEHOLD_REACH = 2;

const PLACE = new Set([
  ...['at', 'on', 'in', 'from', 'of', 'del', 'en', 'de', 'al', 'au', 'du', 'do', 'no', 'na', 'von', 'vom', 'aus'],
  ...['im', 'op', 'van', 'nel', 'dal', 'da', 'della', 'dem', 'der', 'dans'],
]);
const ARTICLES = new Set(['the', 'el', 'la', 'le', 'il', 'o', 'a', 'het', 'l', 'lo']);
/** People picked out by where they live. */
const PEOPLE = new Set([
  ...['lady', 'man', 'woman', 'guy', 'people', 'family', 'couple', 'gentleman', 'bloke', 'folks', 'girl', 'boy'],
  ...['senora', 'senor', 'hombre', 'mujer', 'chico', 'chica', 'gente', 'familia', 'dame', 'monsieur', 'homme'],
  ...['femme', 'gens', 'famille', 'frau', 'mann', 'herr', 'leute', 'familie', 'senhora', 'senhor', 'homem'],
  ...['mulher', 'signora', 'signore', 'uomo', 'donna', 'famiglia', 'vrouw', 'meneer', 'mevrouw', 'mensen'],
]);
const WHO = new Set(['who', 'whoever', 'quien', 'qui', 'quem', 'chi', 'wie']);
const LIVES = new Set(LIVES_VERBS);
const SHORT_NUMBER = /^\d{1,4}[a-z]?$/;

/**
 * Marks, in place, house numbers as no data and the people they pick out as 'other'.
 * `triggers` holds `trigger` at the words of HOUSE_WORDS (`runReadings`), where each reading here starts.
 */
export function markHouseNumbers(
  words: readonly string[],
  classBits: Int32Array,
  triggers: Int32Array,
  trigger: number,
): void {
  for (let i = 1; i + 1 < words.length; i++) {
    if ((triggers[i] & trigger) === 0) continue;
    if (HOUSEHOLDS.has(words[i])) {
      for (let k = i + 1; k <= i + HOUSEHOLD_REACH; k++)
        if (onStreetAt(words, k)) {
          classBits[i] |= OTHER_BIT;
          break;
        }
      continue;
    }
    if (!SHORT_NUMBER.test(words[i + 1])) continue;
    const place = ARTICLES.has(words[i - 1]) ? i - 2 : i - 1;
    if (place < 0 || !PLACE.has(words[place])) continue;
    classBits[i] &= ~DATA_BIT;
    const before = words[place - 1];
    if (before === undefined || before === TURN_BREAK) continue;
    if (PEOPLE.has(before)) classBits[place - 1] |= OTHER_BIT;
    else if (LIVES.has(before) && WHO.has(words[place - 2])) classBits[place - 2] |= OTHER_BIT;
  }
}
