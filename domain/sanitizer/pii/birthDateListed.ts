/**
 * A second person's birth date listed right after a cued one: "my husband's date of birth is 14/02/1979 and mine is
 * 02/09/1981", "... y la mía el 3 de mayo de 1985", "... et la mienne le 4 avril 1990", "... und meins ist der
 * 01.09.1968". The possessive names whose date it is ("mine", "my son's", "Ana's", "la mía", "o meu", "die van mijn
 * zoon"); a date after another noun ("and his appointment is 02/09/2026") stays.
 */
import { LETTER } from './letters';
import { DATE } from './birthDateShapes';

/**
 * Whose date: a possessive pronoun, or a relative's with "'s" (or their Romance, German and Dutch forms); not any
 * noun's ("and my appointment's 02/09/2026").
 */
const RELATIVE = 'wife|husband|partner|son|daughter|child|kid|mum|mom|mother|dad|father|brother|sister|baby|boy|girl';
const WHOSE =
  `mine|his|hers|theirs|(?:my|his|her|our|their) (?:${RELATIVE})['’]s|` +
  '(?:el|la) m[ií][oa]|(?:el|la) suy[oa]|(?:el|la) de mi [a-záéíóúñ]+' +
  '|le mien|la mienne|(?:celle|celui) de (?:mon|ma) [a-zéèêàç]+|meins|meine|(?:das|die) (?:meiner|meines) [a-zäöüß]+' +
  '|o meu|a minha|(?:o|a) d[oa] (?:meu|minha) [a-zãõçáéíóú]+|il mio|la mia|quell[ao] di mi[oa] [a-z]+|die van (?:mij|mijn [a-z]+)|de mijne';
/** "is", "es el", "est le", "ist der", "é", "è il", "is": the verb and article before the date, or none. */
const LINK = "(?:\\s+(?:is|was|would be|es|est|ist|é|è|c['’]est|was))?(?:\\s+(?:the|el|le|der|o|il|a|de))?";

export const LISTED_DATE = new RegExp(
  `[\\s,;]*(?:and|y|et|und|e|en)\\s+(?:${WHOSE})${LINK}\\s+((?:${DATE}))(?![\\d${LETTER}])`,
  'diy',
);
