/**
 * Fits redacted turns into the model's context window. Budget = maxContextWindow - maxTokens - the system
 * prompt - per-message overhead. The opening turns (the customer's reason for calling) and the most recent
 * turns are kept; whole turns are dropped from the middle and replaced by one marker turn. A turn is cut
 * inside only when it alone cannot fit, keeping its beginning and end.
 */
import { routingFailure, FailureTypes } from '../../contracts/failures';
import type { SplitText, TokenCounter } from './tokenizer';

export interface Turn {
  role: 'user' | 'assistant';
  content: string;
}

/** Chat formats wrap each message in a few tokens (role, separators); OpenAI documents 3-4 per message. */
export const MESSAGE_OVERHEAD_TOKENS = 4;
/** The reply is primed with a few tokens ("<|start|>assistant<|message|>"). */
export const REPLY_PRIMING_TOKENS = 3;
/** Opening turns kept when the middle must go. */
export const OPENING_TURNS = 2;

export const omittedMarker = (n: number): string =>
  `[... ${n} turn${n === 1 ? '' : 's'} omitted to fit the context window ...]`;
const CUT_MARKER = ' [... truncated to fit the context window ...] ';
/** Room a cut turn needs at least: its marker plus a little text (the estimate tokenizer inflates counts). */
const MIN_CUT_TURN_TOKENS = 40;

export interface FitReport {
  before: number;
  after: number;
  budget: number;
  turnsDropped: number;
  truncatedTurns: number;
}

export interface FitLimits {
  maxContextWindow: number;
  maxTokens: number;
  systemPrompt: string;
}

export function contextBudget(limits: FitLimits, counter: TokenCounter): number {
  return (
    limits.maxContextWindow -
    limits.maxTokens -
    systemPromptTokens(limits.systemPrompt, counter) -
    MESSAGE_OVERHEAD_TOKENS -
    REPLY_PRIMING_TOKENS
  );
}

/**
 * A worker routes with a few profiles, and each sends its system prompt (often longer than a short transcript)
 * with every routing: each counter remembers the prompts it counted. Bounded; it starts over when full.
 */
const PROMPT_TOKENS = new Map<string, Map<string, number>>();
const MAX_REMEMBERED_PROMPTS = 64;

function systemPromptTokens(prompt: string, counter: TokenCounter): number {
  let known = PROMPT_TOKENS.get(counter.name);
  if (!known) PROMPT_TOKENS.set(counter.name, (known = new Map()));
  let tokens = known.get(prompt);
  if (tokens === undefined) {
    tokens = counter.count(prompt);
    if (known.size >= MAX_REMEMBERED_PROMPTS) known.clear();
    known.set(prompt, tokens);
  }
  return tokens;
}

/** Counts of the omitted-turns marker by the count it shows, per counter: every fitting asks for one. */
const MARKER_TOKENS = new WeakMap<TokenCounter, number[]>();
/** Markers remembered per counter: counts up to this many turns. */
const MAX_REMEMBERED_MARKER = 1024;

function markerTokens(dropped: number, counter: TokenCounter): number {
  if (dropped > MAX_REMEMBERED_MARKER) return counter.count(omittedMarker(dropped));
  let known = MARKER_TOKENS.get(counter);
  if (!known) MARKER_TOKENS.set(counter, (known = []));
  return (known[dropped] ??= counter.count(omittedMarker(dropped)));
}

/** Token cost of the turns as sent, overhead included (what the budget is compared with). */
export const turnsCost = (turns: readonly Turn[], counter: TokenCounter): number =>
  turns.reduce((sum, t) => sum + counter.count(t.content) + MESSAGE_OVERHEAD_TOKENS, 0);

export function fitToContext(
  turns: readonly Turn[],
  limits: FitLimits,
  counter: TokenCounter,
): { turns: Turn[]; report: FitReport } {
  const budget = contextBudget(limits, counter);
  // The marker's cost with the largest count it could show, so the real marker never costs more.
  const markerCost = markerTokens(Math.max(turns.length, 1), counter) + MESSAGE_OVERHEAD_TOKENS;
  // Only the last turn is ever cut, and only when it alone exceeds what is left beside the marker: when its bound
  // says it might, it is counted by splitting it into the pieces the cut's probes reuse.
  const last = turns.length - 1;
  const lastPieces =
    last >= 0 && counter.atMost(turns[last].content) + MESSAGE_OVERHEAD_TOKENS > budget - markerCost
      ? counter.split(turns[last].content, CUT_MARKER)
      : undefined;
  // Each turn is counted once; `after` reuses those counts and only counts what fitting wrote.
  const costs = turns.map(
    (t, i) => (i === last && lastPieces ? lastPieces.tokens : counter.count(t.content)) + MESSAGE_OVERHEAD_TOKENS,
  );
  const before = sum(costs);
  if (budget < markerCost + MESSAGE_OVERHEAD_TOKENS + MIN_CUT_TURN_TOKENS) {
    throw routingFailure(
      FailureTypes.ConfigError,
      'profile leaves no room for the transcript: maxContextWindow is too small for maxTokens and the system prompt',
      { details: { budget } },
    );
  }
  if (before <= budget) {
    return { turns: [...turns], report: { before, after: before, budget, turnsDropped: 0, truncatedTurns: 0 } };
  }

  for (let head = Math.min(OPENING_TURNS, turns.length - 1); head >= 0; head--) {
    let room = budget - markerCost - sum(costs.slice(0, head));
    let tailStart = turns.length;
    while (tailStart > head && costs[tailStart - 1] <= room) room -= costs[--tailStart];
    if (tailStart < turns.length) {
      const dropped = tailStart - head;
      const kept = [...turns.slice(0, head), markerTurn(dropped), ...turns.slice(tailStart)];
      const after = sum(costs.slice(0, head)) + turnsCost([markerTurn(dropped)], counter) + sum(costs.slice(tailStart));
      return { turns: kept, report: { before, after, budget, turnsDropped: dropped, truncatedTurns: 0 } };
    }
  }
  // Even the last turn alone is too long: keep only it, cut in the middle.
  const dropped = turns.length - 1;
  const room = budget - (dropped > 0 ? markerCost : 0) - MESSAGE_OVERHEAD_TOKENS;
  const text = turns[last].content;
  const cut = cutPieces(text, lastPieces ?? counter.split(text, CUT_MARKER), room);
  const cutTurn: Turn = { role: turns[last].role, content: cut.text };
  const kept = dropped > 0 ? [markerTurn(dropped), cutTurn] : [cutTurn];
  // The cut's count comes from its search; only the marker turn is counted here.
  const after = (dropped > 0 ? turnsCost([kept[0]], counter) : 0) + cut.tokens + MESSAGE_OVERHEAD_TOKENS;
  return { turns: kept, report: { before, after, budget, turnsDropped: dropped, truncatedTurns: 1 } };
}

const sum = (values: number[]): number => values.reduce((a, b) => a + b, 0);
const markerTurn = (dropped: number): Turn => ({ role: 'user', content: omittedMarker(dropped) });

/**
 * The longest "beginning + marker + end" of `text` (equal shares) whose token count is within `limit`.
 * The search starts where the text's own density of tokens puts the answer and gallops from there to a bracket
 * before halving it (about ten probes; the count grows with what is kept, as the bisection assumes too). The text
 * is split into pieces once (`counter.split`), so a probe re-reads only the pieces near the marker instead of
 * counting a text about as long as the answer.
 */
export function cutToTokens(text: string, limit: number, counter: TokenCounter, textTokens?: number): string {
  const pieces = counter.split(text, CUT_MARKER);
  return cutPieces(text, pieces, limit, textTokens ?? pieces.tokens).text;
}

/** `cutToTokens` over the text's pieces, with the cut text's token count. */
function cutPieces(
  text: string,
  pieces: SplitText,
  limit: number,
  textTokens = pieces.tokens,
): { text: string; tokens: number } {
  const bounds = (keep: number): [number, number] => {
    let headEnd = Math.floor(keep / 2);
    let tailStart = text.length - (keep - headEnd);
    if (isHighSurrogate(text.charCodeAt(headEnd - 1))) headEnd--; // never split an emoji into halves
    if (isLowSurrogate(text.charCodeAt(tailStart))) tailStart++;
    return [headEnd, tailStart];
  };
  const counts = new Map<number, number>();
  const tokensKeeping = (keep: number): number => {
    let n = counts.get(keep);
    if (n === undefined) {
      n = pieces.cut(...bounds(keep));
      counts.set(keep, n);
    }
    return n;
  };
  const fits = (keep: number): boolean => tokensKeeping(keep) <= limit;
  let low = 0;
  let high = text.length - 1;
  const guess = Math.min(high, Math.floor((text.length * limit) / Math.max(textTokens, 1)));
  let step = Math.max(16, Math.ceil(text.length / 4096));
  if (fits(guess)) {
    low = guess;
    while (low < high) {
      const next = Math.min(high, low + step);
      if (!fits(next)) {
        high = next - 1;
        break;
      }
      low = next;
      step *= 2;
    }
  } else {
    high = guess - 1;
    while (low < high) {
      const next = Math.max(low, high + 1 - step);
      if (fits(next)) {
        low = next;
        break;
      }
      high = next - 1;
      step *= 2;
    }
  }
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (fits(mid)) low = mid;
    else high = mid - 1;
  }
  const [headEnd, tailStart] = bounds(low);
  return { text: text.slice(0, headEnd) + CUT_MARKER + text.slice(tailStart), tokens: tokensKeeping(low) };
}

const isHighSurrogate = (code: number): boolean => code >= 0xd800 && code <= 0xdbff;
const isLowSurrogate = (code: number): boolean => code >= 0xdc00 && code <= 0xdfff;
