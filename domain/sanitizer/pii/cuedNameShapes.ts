/**
 * The shapes a cued name takes, shared by the cue patterns and the checks on what they find: a capitalized word, the
 * particles between words, a name of up to four words, the titles. Separate so that every cue module builds its
 * patterns from one definition of a name.
 */
import { LETTER, LOWER, UPPER } from './letters';

export const TITLES =
  'Mr|Mrs|Ms|Miss|Mister|Dr|Sr|Sra|Srta|Señor|Señora|Mme|Mlle|Monsieur|Madame|Herr|Herrn|Frau|Senhor|Senhora|Dona|Grandma|Grandpa|Aunt|Uncle|Signor|Signora|Meneer|Mevrouw';
/**
 * The lower-case titles both lower-case cues take ("mrs", "señora", "frau"): cuedNames.ts's titled name adds "dr",
 * "mlle" and their kin, rarerCuedNames.ts's one served adds "don", "sr", "dona", "seu". Each is a whole word followed by
 * a dot or white space there, so the order of the alternatives decides no match.
 */
export const LOWER_TITLES =
  'mr|mrs|ms|miss|mme|sra|madame|monsieur|frau|herrn?|señora|señor|senhora|senhor|doña|signora|signor|meneer|mevrouw';
/** Cue words (and each alternative in a group) match at either case of their first letter; no `i` flag, which would make the capital-letter class match any letter. */
export const anyFirstCase = (cue: string): string =>
  cue.replace(/(^|\s|\(\?:|\|)([a-zà-ÿ])/g, (_, space: string, c: string) => `${space}[${c.toUpperCase()}${c}]`);
/** A capitalized word, optionally with particles between words (de, da, van, von, O', Mc...). */
export const WORD = `[${UPPER}][${LETTER}'’]*(?:-[${LETTER}][${LOWER}'’]+)?`;
export const PARTICLE = '(?:de|da|do|dos|das|del|la|le|los|las|di|du|dal|della|van|von|der|den|ten|ter|y|e)';
/**
 * The particles a lower-case surname may hold ("ruiz de la fuente", "marco dal pozzo", "tobias von der heide"): not
 * "y" and "e", which join two names or clauses as often.
 */
export const SURNAME_PARTICLE = '(?:de|da|do|dos|das|del|la|le|los|las|di|du|dal|della|van|von|der|den|ten|ter)';
/** A surname may start with a Dutch or German particle in lower case ("van der Berg"). */
const LEADING_PARTICLE = '(?:(?:van|von|ten|ter)\\s+(?:der\\s+|den\\s+)?)';
/** Up to two initials before a name: "J. R. Okonkwo", "J.R. Okonkwo". */
export const INITIALS = `(?:(?:[${UPPER}]\\.\\s?){1,2}(?=[${UPPER}][${LOWER}]))?`;
export const NAME = `${LEADING_PARTICLE}?${WORD}(?:\\s+(?:${PARTICLE}\\s+){0,2}${WORD}){0,3}`;
export const PARTICLES = new Set(PARTICLE.slice(3, -1).split('|'));
