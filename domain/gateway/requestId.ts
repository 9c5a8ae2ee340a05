/**
 * The id that finds this request in the gateway's own logs. Gateways name it differently (OpenAI and most proxies
 * x-request-id, LiteLLM x-litellm-call-id, Anthropic request-id, Azure apim-request-id, Portkey x-portkey-trace-id,
 * Helicone helicone-id, Kong x-kong-request-id, AWS x-amzn-requestid); the stream's chunk `id` is the last resort.
 */
import { headerValue, type HeaderBag } from '../http/httpFailure';

export const REQUEST_ID_HEADERS = [
  'x-request-id',
  'x-litellm-call-id',
  'request-id',
  'x-portkey-trace-id',
  'helicone-id',
  'apim-request-id',
  'x-kong-request-id',
  'x-amzn-requestid',
  'x-correlation-id',
] as const;

// Ids are opaque tokens; anything else (or an overlong value) is not recorded, so a header cannot smuggle text in.
const ID_SHAPE = /^[\x21-\x7e]{1,200}$/;

export function requestIdFrom(headers: HeaderBag, streamId?: string): string | undefined {
  for (const name of REQUEST_ID_HEADERS) {
    const value = headerValue(headers, name)?.trim();
    if (value && ID_SHAPE.test(value)) return value;
  }
  return streamId && ID_SHAPE.test(streamId) ? streamId : undefined;
}
