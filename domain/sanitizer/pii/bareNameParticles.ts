/**
 * The particles of a surname between a listed first name and the surname: Irish ("Siobhán Ní Bhriain"), Romance, Dutch
 * or German ("Conceição dos Santos", "Wolfgang von Achenbach", "Hervé Le Goff").
 */
import * as bareNameHits from './bareNameHits';
import type { Hit } from './nameWordKinds';

/** Read once: under tsx every use of an imported binding is a getter call, and these run for every capitalised word. */
const { adjacent, KIND } = bareNameHits;

/** The particles of Irish surnames, between a first name and the surname ("Ní Bhriain", "Nic Giolla", "Uí Néill"). */
export const IRISH_PARTICLES = new Set(['Ní', 'Nic', 'Uí', 'Mac']);
/**
 * The surname after a particle that follows a listed first name, or undefined: "dos Santos" (the particle in lower
 * case between two capitalised words: `second` is the surname), "Le Goff" (`second` the capitalised particle, `third`
 * the surname). The surname is no ordinary word, place or brand ("Sophie de Paris" stays).
 */
export function particleBetween(text: string, first: Hit, second: Hit, third: Hit | undefined): Hit | undefined {
  const gap = second.start - first.end;
  if (gap > 1) {
    if (gap > 11 || second.kind >= KIND.Word || !PARTICLE_FIRST.has(text.charCodeAt(first.end + 1))) return undefined;
    return LOWER_PARTICLES.test(text.slice(first.end, second.start)) ? second : undefined;
  }
  if (
    !third ||
    second.possessive ||
    third.kind >= KIND.Word ||
    !CAPITAL_PARTICLES.has(text.slice(second.start, second.end)) ||
    !adjacent(text, first, second) ||
    !adjacent(text, second, third)
  )
    return undefined;
  return third;
}
/** The first letters of LOWER_PARTICLES: d, l, v, t, z. */
const PARTICLE_FIRST = new Set([100, 108, 118, 116, 122]);
const LOWER_PARTICLES = /^ (?:(?:de|da|do|dos|das|del|della|di|du|la|le|van|von|der|den|ter|ten|zu) ){1,2}$/;
const CAPITAL_PARTICLES = new Set([
  'De',
  'Da',
  'Do',
  'Dos',
  'Das',
  'Del',
  'Di',
  'Du',
  'La',
  'Le',
  'Van',
  'Von',
  'Der',
  'Den',
]);
