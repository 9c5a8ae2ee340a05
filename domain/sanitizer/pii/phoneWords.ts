/**
 * The words said around a phone number: the phone words near it in each language, and an extension after it.
 */
import { groupByFirstCharacter as grouped } from './alternation';
import { LETTER } from './letters';
import { SPOKEN_DIGIT_ALTERNATION } from './spokenDigits';

/**
 * Words that say a number is a phone, in EN/ES/FR/DE/PT/NL/IT (stems: "Telefonnummer", "Handynummer", "telefoonnummer"),
 * and the abbreviations a form or a signature labels one with ("ph: ...", "mob: ...").
 * With one near, a national number that the default region rejects is tried in the regions callers come from.
 */
export const PHONE_CUE = new RegExp(
  `(?<![${LETTER}])(?:${grouped(
    'phone|ph(?=\\.?\\s*[:#])|mob(?=\\.?\\s*[:#])|mobile|cell|cel|number(?!\\s+of)|call|calling|ring|reach|landline|tel|telephone|text|whatsapp|fax|dial' +
      '|tel[eé]fono|m[oó]vil|celular|ll[aá]m\\w*|n[uú]mero(?!\\s+de)|fijo|t[eé]l[eé]phone|portable|num[eé]ro(?!\\s+d)|joindre|appel\\w*|rappel\\w*|fixe' +
      '|telefon\\w*|handy\\w*|mobil\\w*|\\w*nummer|anruf\\w*|erreich\\w*|festnetz|telem[oó]vel|ligar|contacto|contato|bel|bellen|telefoon\\w*|mobiel|cellulare|telefonino|chiam\\w*|contact',
    true,
  )})(?![${LETTER}])`,
  'i',
);

/**
 * "ext 318", "poste 204", "Durchwahl 17", "ramal 5", "interno 45", "toestel 12": an extension right after the number
 * (after a comma the sets label it apart: "212 555 0147, extension 22"), its digits written or said ("extension four
 * two").
 */
const SPOKEN_EXTENSION_DIGIT = `(?:${SPOKEN_DIGIT_ALTERNATION}|oh)`;
const SPOKEN_EXTENSION = `${SPOKEN_EXTENSION_DIGIT}(?:[\\s-]+${SPOKEN_EXTENSION_DIGIT}){0,5}(?![${LETTER}])`;
const EXTENSION_WORDS = 'ext\\.?|extension|extensión|poste|durchwahl|ramal|interno|toestel';
/** "x" and "dw." stand for an extension only before written digits. */
export const EXTENSION = new RegExp(
  `^\\s*(?:(?:${EXTENSION_WORDS}|x|dw\\.?)\\s*\\d{1,6}\\b|(?:${EXTENSION_WORDS})\\s+${SPOKEN_EXTENSION})`,
  'i',
);
/** What an extension starts with past white space. */
export const EXTENSION_FIRST = /[eExXpPdDrRiItT]/;
