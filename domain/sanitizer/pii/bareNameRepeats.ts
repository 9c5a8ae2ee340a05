/**
 * A name found said again: in full after a pause ("Jürgen... Jürgen Oberhauser"), a part of it alone elsewhere in the
 * turn ("under Okafor? Chidi Okafor"), or its short form right before it ("it's Bex, Rebecca Thornton").
 */
import * as bareNameHits from './bareNameHits';
import { foldName, type KnownNames } from './names';
import * as nameWordKinds from './nameWordKinds';
import type { Hit } from './nameWordKinds';
import { nicknamesOf } from './nicknames';
import { isProductNameSaidAgain } from './productNames';
import type { PiiSpan } from './types';

/** Read once: under tsx every use of an imported binding is a getter call, and these run for every capitalised word. */
const { KIND } = bareNameHits;
const { mayBeLowerCaseName, push } = nameWordKinds;

/**
 * "the engineer was Jürgen... Jürgen Oberhauser": the name just found said again with a surname (a word of no list or
 * a name) after a pause or a comma.
 */
export function saidAgainInFull(text: string, spans: readonly PiiSpan[], first: Hit, second: Hit): boolean {
  const last = spans[spans.length - 1];
  if (!last || last.end >= first.start || first.start - last.end > 5 || second.kind >= KIND.Word) return false;
  if (
    last.end - last.start !== first.end - first.start ||
    !text.startsWith(text.slice(last.start, last.end), first.start)
  )
    return false;
  return AGAIN_GAP.test(text.slice(last.end, first.start));
}
const AGAIN_GAP = /^(?:\.{2,3}|…|,|\s-)?\s+$/;

/**
 * "can you put the note under Okafor? Chidi Okafor": a word of a full name found here, said alone elsewhere in the
 * turn (before it or after), is the same person, when it is no ordinary word, place or brand (a word of no list or a
 * listed name that is none: not "Rose" of "Rose Okafor"). One pass over the capitalised words, in order.
 */
export function partsSaidAlone(
  text: string,
  hits: readonly Hit[],
  spans: PiiSpan[],
  names: KnownNames | undefined,
): void {
  let parts: Set<string> | undefined;
  for (const span of spans) {
    const said = text.slice(span.start, span.end);
    if (!said.includes(' ')) continue;
    for (const word of said.split(' '))
      if (word.length >= 3 && mayBeLowerCaseName(word)) (parts ??= new Set()).add(word);
  }
  if (parts === undefined) return;
  const found = [...spans].sort((x, y) => x.start - y.start);
  let next = 0; // the first span found that ends after the current word
  for (const hit of hits) {
    while (next < found.length && found[next].end <= hit.start) next++;
    if (next < found.length && found[next].start < hit.end) continue; // inside a name found
    if (!parts.has(text.slice(hit.start, hit.end))) continue;
    // "meu nome é Gabriela Souza, comprei o plano Gabriela": the word as a product's name, as repeatedNames.ts reads it
    if (isProductNameSaidAgain(text, hit.start, hit.end)) continue;
    push(spans, text, hit.start, hit.end, names);
  }
}

/**
 * "it's Bex, Rebecca Thornton", "Liz, Elizabeth Mensah", "Tomasz, Tomasz Wójcik": the first name or its short form said
 * right before the full name and a comma (its family's short form, or the first name's first letters).
 */
export function shortFormBefore(text: string, before: Hit, first: Hit): Hit | undefined {
  if (first.start - before.end !== 2 || text.charCodeAt(before.end) !== 0x2c || before.kind === KIND.Word)
    return undefined;
  const short = foldName(text.slice(before.start, before.end));
  const full = foldName(text.slice(first.start, first.end));
  if (short.length < 3) return undefined;
  // "it's Tomasz, Tomasz Wójcik": the first name said alone first is the same person.
  return full.startsWith(short) || nicknamesOf(full).includes(short) ? before : undefined;
}
