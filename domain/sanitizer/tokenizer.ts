/**
 * Token counting with the model family's real BPE (gpt-tokenizer): o200k_base for the gpt-4o, gpt-4.1,
 * gpt-5 and o-series families, cl100k_base for gpt-4 and gpt-3.5. Other models (claude-*, llama, ...)
 * publish no compatible tokenizer, so they get an estimate: the cl100k count times a safety factor, since
 * those tokenizers split English and especially numbers and non-English text somewhat finer than cl100k.
 * gpt-tokenizer counts the same tokens as tiktoken (the tests cross-check against js-tiktoken) about nine
 * times faster. Each encoding is loaded on first use and cached for the life of the process.
 */
type EncodingName = 'o200k_base' | 'cl100k_base';
type Counter = (text: string) => number;

/** Margin for models whose tokenizer we cannot run (documented as the report's tokenizer name). */
export const ESTIMATE_SAFETY_FACTOR = 1.25;

export interface TokenCounter {
  /** What the report's `tokens.tokenizer` says, e.g. "o200k_base" or "estimate:cl100k_base*1.25". */
  name: string;
  count(text: string): number;
}

const counters = new Map<EncodingName, Counter>();
const PLAIN_TEXT = { disallowedSpecial: new Set<string>() };

function encoding(name: EncodingName): Counter {
  let count = counters.get(name);
  if (!count) {
    // Required lazily: each rank table is megabytes, and most processes need one of them at most.
    /* eslint-disable @typescript-eslint/no-require-imports */
    const module = (
      name === 'o200k_base' ? require('gpt-tokenizer/encoding/o200k_base') : require('gpt-tokenizer/encoding/cl100k_base')
    ) as { countTokens(text: string, options: { disallowedSpecial: Set<string> }): number };
    /* eslint-enable @typescript-eslint/no-require-imports */
    // Transcript text is data: "<|im_start|>" typed by a customer is counted as plain text, never as a special token.
    count = (text) => module.countTokens(text, PLAIN_TEXT);
    counters.set(name, count);
  }
  return count;
}

const O200K_MODELS = /^(?:gpt-4o|chatgpt-4o|gpt-4\.1|gpt-4\.5|gpt-5|o1|o3|o4)(?:\b|-|$)/i;
const CL100K_MODELS = /^(?:gpt-4|gpt-3\.5|text-embedding-3|text-embedding-ada-002)(?:\b|-|$)/i;

export function tokenCounterFor(modelId: string): TokenCounter {
  if (O200K_MODELS.test(modelId)) return exact('o200k_base');
  if (CL100K_MODELS.test(modelId)) return exact('cl100k_base');
  return {
    name: `estimate:cl100k_base*${ESTIMATE_SAFETY_FACTOR}`,
    count: (text) => Math.ceil(encoding('cl100k_base')(text) * ESTIMATE_SAFETY_FACTOR),
  };
}

function exact(name: EncodingName): TokenCounter {
  return { name, count: (text) => encoding(name)(text) };
}
