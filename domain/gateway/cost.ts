/**
 * What a dispatch cost, in USD. The gateway's own figure wins (LiteLLM sends `usage.cost` in the usage chunk and
 * x-litellm-response-cost as a header); otherwise the model matrix's price table times the usage, labelled so
 * nobody mistakes our arithmetic for the gateway's bill. No figure at all is `undefined`, never 0.
 */
import type { ModelPrice } from '../../contracts/inference';
import type { DispatchCost, TokenUsage } from '../../contracts/results';
import { headerValue, type HeaderBag } from '../http/httpFailure';

export const COST_HEADERS = ['x-litellm-response-cost'] as const;

const asCost = (value: unknown): number | undefined => {
  const n = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
  return typeof n === 'number' && Number.isFinite(n) && n >= 0 ? n : undefined;
};

export function resolveCost(input: {
  usageCost?: unknown;
  headers: HeaderBag;
  usage: TokenUsage;
  price?: ModelPrice;
}): DispatchCost | undefined {
  const fromUsage = asCost(input.usageCost);
  if (fromUsage !== undefined) return { usd: fromUsage, source: 'gateway' };
  for (const name of COST_HEADERS) {
    const fromHeader = asCost(headerValue(input.headers, name));
    // A streaming answer's headers leave before its tokens are counted: a 0 there means "not known yet".
    if (fromHeader !== undefined && fromHeader > 0) return { usd: fromHeader, source: 'gateway' };
  }
  if (!input.price) return undefined;
  const { prompt_tokens, completion_tokens } = input.usage;
  const usd =
    (prompt_tokens * input.price.inputPerMillion + completion_tokens * input.price.outputPerMillion) / 1_000_000;
  return { usd: roundUsd(usd), source: 'price-table' };
}

/** Micro-dollar precision: enough for one request, free of float noise such as 0.00030000000000000003. */
const roundUsd = (usd: number): number => Math.round(usd * 1e9) / 1e9;
