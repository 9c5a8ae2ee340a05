export const INJECTION_FAMILIES = [
  'instruction_override',
  'prompt_exfiltration',
  'roleplay_jailbreak',
  'delimiter_injection',
  'tool_abuse',
] as const;
export type InjectionFamily = (typeof INJECTION_FAMILIES)[number];

/** One signal: a pattern over normalized (lower-case, accent-free) text and how strongly it indicates an attack. */
export interface Signal {
  family: InjectionFamily;
  pattern: RegExp;
  /** The same pattern without word boundaries, for spaced-out runs whose word gaps were lost. */
  loose: RegExp;
  /** 0..1; signals combine as a noisy-OR, so two weak ones can cross the threshold together. */
  weight: number;
}

/**
 * Builds a pattern: a space in `source` means "optional whitespace", so phrases still match after
 * spaced-out letters were joined ("ignoreallprevious..."). No `g` flag: the patterns are used with .test().
 */
export function phrase(source: string): RegExp {
  let out = '';
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const ch = source[i];
    if (ch === '\\') {
      out += ch + (source[i + 1] ?? '');
      i++;
    } else {
      if (ch === '[') inClass = true;
      else if (ch === ']') inClass = false;
      out += ch === ' ' && !inClass ? '\\s?' : ch; // spaces inside [...] stay literal
    }
  }
  return new RegExp(out);
}

export const signals = (family: InjectionFamily, list: [string, number][]): Signal[] =>
  list.map(([source, weight]) => ({ family, pattern: phrase(source), loose: phrase(source.replace(/\\b/g, '')), weight }));
