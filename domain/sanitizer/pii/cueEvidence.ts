/**
 * One native test standing for many: the union of the gates (native tests, each a pattern or a literal) that the
 * scans of a family run before their own patterns. When it fails on a text, every gate in it would have failed, so
 * the family can skip its scans and their tests (a turn whose only name cue is "thanks" or "hi" passes none of the
 * rarer scans' thirty-odd gates, each a native call of its own). The union holds the gates' own sources, so it says
 * no exactly when each of them would.
 */

/** A gate: a pattern without the flags that change what its source matches, or a literal searched for as it is. */
export type Gate = RegExp | string;

const escaped = (literal: string): string => literal.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

/** A case-insensitive gate over plain lower-case letters only, spelled with a class per letter ("nom" -> [nN][oO][mM]). */
function anyCaseSource(gate: RegExp): string {
  if (!/^[a-z|]+$/.test(gate.source)) throw new Error(`cueEvidence: cannot rewrite /${gate.source}/i`);
  return gate.source.replace(/[a-z]/g, (c) => `[${c}${c.toUpperCase()}]`);
}

function sourceOf(gate: Gate): string {
  if (typeof gate === 'string') return escaped(gate);
  const flags = gate.flags.replace(/[dgy]/g, '');
  if (flags === 'i') return anyCaseSource(gate);
  if (flags !== '') throw new Error(`cueEvidence: a gate with flags ${gate.flags} cannot join the union`);
  return gate.source;
}

/** A pattern that matches a text exactly when one of `gates` would (a literal: when the text includes it). */
export function anyGate(gates: readonly Gate[]): RegExp {
  return new RegExp(gates.map((gate) => `(?:${sourceOf(gate)})`).join('|'));
}
