/**
 * Spend attribution for OpenAI-compatible gateways: the `user` field and a `metadata` object, which LiteLLM and
 * similar proxies use to split spend by end user and by tag. Only opaque ids and operator-configured tags go here:
 * the interaction id (a Genesys UUID), the profile name and the routing's workflow id, never transcript text.
 */
export interface AttributionInput {
  interactionId: string;
  profile?: string;
  workflowId?: string;
  /** Operator tags (LLM_ATTRIBUTION_TAGS); they never override the router's own keys. */
  tags?: Readonly<Record<string, string>>;
}

export interface Attribution {
  user: string;
  metadata: Record<string, string>;
}

export function buildAttribution(input: AttributionInput): Attribution {
  const own: Record<string, string> = { interaction_id: input.interactionId, source: 'genesys-llm-router' };
  if (input.profile) own.profile = input.profile;
  if (input.workflowId) own.workflow_id = input.workflowId;
  return { user: `genesys-interaction:${input.interactionId}`, metadata: { ...input.tags, ...own } };
}

/** OpenAI caps metadata at 16 pairs with keys of 64 and values of 512 characters; the router uses 5 of the pairs. */
const TAG = /^([A-Za-z0-9_.-]{1,64})=([A-Za-z0-9_.:/@+-]{1,512})$/;
export const MAX_ATTRIBUTION_TAGS = 11;

/** "team=cx,env=prod" -> { team: 'cx', env: 'prod' }; throws naming the bad entry's position, not its value. */
export function parseAttributionTags(text: string | undefined): Record<string, string> {
  const tags: Record<string, string> = {};
  const entries = (text ?? '')
    .split(',')
    .map((e) => e.trim())
    .filter(Boolean);
  if (entries.length > MAX_ATTRIBUTION_TAGS) throw new Error(`at most ${MAX_ATTRIBUTION_TAGS} tags`);
  entries.forEach((entry, i) => {
    const match = TAG.exec(entry);
    if (!match)
      throw new Error(`tag ${i + 1} is not key=value (letters, digits, _ . - in the key; no spaces or commas)`);
    tags[match[1]!] = match[2]!;
  });
  return tags;
}
