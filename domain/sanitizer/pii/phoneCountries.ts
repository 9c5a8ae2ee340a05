/**
 * Countries a phone number is read for by what the text says of them, not by the default region: a country the caller
 * names ("my SG number is 9123 4567", "a Danish mobile") and a caller region's country code written without its "+"
 * ("44 7723 900461"). Split from phone.ts, which asks these of its candidates.
 */
import type { CountryCode } from 'libphonenumber-js/max';
import { groupByFirstCharacter as grouped } from './alternation';
import { LETTER } from './letters';

/**
 * Eleven to thirteen digits from the country code of a caller region ("447723900461", "33 6 12 34 56 78"): a number
 * whose "+" was left out (written or said: "four four seven seven ..."), when valid with it and a phone word is near.
 */
const CALLERS_COUNTRY_CODES = '1|3[1-49]|35[13]|4[1349]|5[25]|6[14]|91';
const CALLERS_COUNTRY_CODE = new RegExp(`^(?:${CALLERS_COUNTRY_CODES})`);
const CALLERS_COUNTRY_CODE_ALONE = new RegExp(`^(?:${CALLERS_COUNTRY_CODES})$`);
export const startsWithCallersCountryCode = (digits: string): boolean =>
  digits.length >= 11 && digits.length <= 13 && CALLERS_COUNTRY_CODE.test(digits);

/** Whether a digit group is a caller region's country code and nothing more ("44", "33"). */
export const isCallersCountryCode = (digits: string): boolean => CALLERS_COUNTRY_CODE_ALONE.test(digits);

/**
 * A country's adjective in German and French, in every form a caller says it with: "eine dänische Nummer", "meine
 * dänischen Nummern", "ein norwegisches Handy", "un numéro danois", "une ligne norvégienne", "des lignes chinoises".
 */
function adjectiveForms(
  region: CountryCode,
  germanStem: string,
  french: string,
  frenchFeminine: string,
): Record<string, CountryCode> {
  const forms = [
    ...['', 'e', 'en', 'er', 'es'].map((ending) => germanStem + ending),
    ...new Set([french, `${french}s`.replace(/ss$/, 's'), frenchFeminine, `${frenchFeminine}s`]),
  ];
  return Object.fromEntries(forms.map((form) => [form, region]));
}

/**
 * Countries whose national numbers no caller region's rules take (eight digits with no trunk "0", "9123 4567", or
 * another length), by the words a caller names them with: "my SG number", "a Danish mobile", "mi número de Costa Rica".
 */
const REGION_NAMES: Readonly<Record<string, CountryCode>> = {
  singapore: 'SG',
  singaporean: 'SG',
  singapur: 'SG',
  sg: 'SG',
  'hong kong': 'HK',
  hk: 'HK',
  denmark: 'DK',
  danish: 'DK',
  dänemark: 'DK',
  ...adjectiveForms('DK', 'dänisch', 'danois', 'danoise'),
  norway: 'NO',
  norwegian: 'NO',
  norwegen: 'NO',
  ...adjectiveForms('NO', 'norwegisch', 'norvégien', 'norvégienne'),
  china: 'CN',
  chinese: 'CN',
  chino: 'CN',
  ...adjectiveForms('CN', 'chinesisch', 'chinois', 'chinoise'),
  taiwan: 'TW',
  taiwanese: 'TW',
  qatar: 'QA',
  qatari: 'QA',
  kuwait: 'KW',
  kuwaiti: 'KW',
  bahrain: 'BH',
  bahraini: 'BH',
  malta: 'MT',
  maltese: 'MT',
  cyprus: 'CY',
  cypriot: 'CY',
  latvia: 'LV',
  latvian: 'LV',
  estonia: 'EE',
  estonian: 'EE',
  iceland: 'IS',
  icelandic: 'IS',
  luxembourg: 'LU',
  monaco: 'MC',
  mauritius: 'MU',
  'costa rica': 'CR',
  panamá: 'PA',
  panama: 'PA',
  guatemala: 'GT',
  'el salvador': 'SV',
  honduras: 'HN',
  nicaragua: 'NI',
  uruguay: 'UY',
};
const REGION_NAME = new RegExp(
  `(?<![${LETTER}])(${grouped(Object.keys(REGION_NAMES).join('|'), true)})(?![${LETTER}])`,
  'i',
);
/** Whether `text` names a country of REGION_NAMES anywhere. */
export const namesRegion = (text: string): boolean => REGION_NAME.test(text);
/** The country of the first name of REGION_NAMES in `text`, or undefined. */
export function regionNamedIn(text: string): CountryCode | undefined {
  const m = REGION_NAME.exec(text);
  return m ? REGION_NAMES[m[1].toLowerCase()] : undefined;
}
