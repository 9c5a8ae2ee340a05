/**
 * Genesys Cloud as the router's transcript source: voice transcripts through Speech and Text Analytics,
 * messaging through the bulk message API, and discovery of ended conversations through the analytics
 * details query. All calls go through the official SDK (an isolated client) except the pre-signed download.
 */
import { FailureTypes, routingFailure } from '../../contracts/failures';
import { DEFAULT_TRANSCRIPT_MAX_BYTES, type Transcript } from '../../contracts/transcript';
import { conversationMediaType } from '../../domain/transcript/conversationKind';
import {
  buildConversationDetailsQuery,
  DISCOVERY_PAGE_SIZE,
  IsoIntervalSchema,
  type DiscoveryMediaType,
} from '../../domain/transcript/discoveryQuery';
import {
  ConversationDetailsPageSchema,
  ConversationSchema,
  MessageConversationSchema,
  MessagesBulkSchema,
  type MessageEntity,
} from '../../domain/transcript/genesysSchemas';
import { inBatches, messageIdsOf, normalizeMessages } from '../../domain/transcript/messaging';
import { namedParticipants } from '../../domain/transcript/participants';
import { voiceParties } from '../../domain/transcript/voice';
import type { Logger } from '../logger';
import { callGenesys, type CallDeps } from './call';
import { createGenesysSdk, type GenesysSdk } from './sdkClient';
import { TokenCache } from './tokenCache';
import { TranscriptBudget } from './transcriptBudget';
import { createVoiceTranscriptReader, type VoiceCheckpoint } from './voiceTranscript';

export type { VoiceCheckpoint } from './voiceTranscript';

export interface GenesysSourceOptions {
  region: string;
  clientId: string;
  clientSecret: string;
  gatewayUrl?: string;
  /** How long a missing transcript (404) counts as "not ready yet" from the first attempt. */
  transcriptWaitSeconds: number;
  /** Largest transcript download accepted (all recordings or message pages together). */
  transcriptMaxBytes?: number;
  logger: Logger;
  /** Tests only: a clock for token renewal and the transcript wait. */
  now?: () => number;
  /** Tests only: the SDK facade (defaults to a real, isolated purecloud-platform-client-v2 client). */
  sdk?: GenesysSdk;
}

export interface FetchContext {
  signal?: AbortSignal;
  /** Epoch ms of the activity's first scheduling; the transcript wait counts from here. */
  firstAttemptAt?: number;
  /** What an earlier attempt already downloaded (the activity keeps it in its heartbeat details). */
  resumeFrom?: VoiceCheckpoint;
  checkpoint?: (state: VoiceCheckpoint) => void;
}

export interface DiscoveryRequest {
  interval: string;
  mediaTypes: DiscoveryMediaType[];
}

export interface EndedConversation {
  conversationId: string;
  /** ISO-8601. */
  conversationEnd: string;
}

export interface GenesysTranscriptSource {
  fetchTranscript(conversationId: string, ctx?: FetchContext): Promise<Transcript>;
  /** Every ended conversation of the interval, each id once, across all pages. */
  findEndedConversations(
    query: DiscoveryRequest,
    onPage?: (page: number, totalPages: number) => void,
  ): Promise<string[]>;
  /** The same, with each conversation's end (the interval selects by start; callers filter by end). */
  listEndedConversations(
    query: DiscoveryRequest,
    onPage?: (page: number, totalPages: number) => void,
  ): Promise<EndedConversation[]>;
  /** Logins performed so far (observability and tests). */
  loginCount(): number;
}

/** A safety bound on paging: 1,000 pages of 100; beyond that the async jobs API is the right tool. */
const MAX_DISCOVERY_PAGES = 1_000;

export function createGenesysTranscriptSource(options: GenesysSourceOptions): GenesysTranscriptSource {
  const now = options.now ?? Date.now;
  const sdk = options.sdk ?? createGenesysSdk({ region: options.region, gatewayUrl: options.gatewayUrl });
  const tokens = new TokenCache(() => sdk.login(options.clientId, options.clientSecret), now);
  const deps: CallDeps = { sdk, tokens, logger: options.logger };

  const readVoiceTranscript = createVoiceTranscriptReader(deps, options.transcriptWaitSeconds, now);

  async function messagingMessages(conversationId: string, ctx: FetchContext, budget: TranscriptBudget) {
    const conversation = await callGenesys(
      deps,
      (api) => api.getMessageConversation(conversationId),
      { schema: MessageConversationSchema, payloadName: 'message conversation' },
      { operation: 'get message conversation', signal: ctx.signal },
    );
    const entities: MessageEntity[] = [];
    for (const batch of inBatches(messageIdsOf(conversation))) {
      const page = await callGenesys(
        deps,
        (api) => api.getMessagesBulk(conversationId, batch),
        { schema: MessagesBulkSchema, payloadName: 'messages bulk' },
        { operation: 'get messages in bulk', signal: ctx.signal },
      );
      // The SDK hands pages over parsed: count each one's size before asking for the next.
      budget.take(Buffer.byteLength(JSON.stringify(page.entities)));
      entities.push(...page.entities);
    }
    return normalizeMessages(entities);
  }

  const source: GenesysTranscriptSource = {
    loginCount: () => tokens.logins,

    async fetchTranscript(conversationId, ctx = {}) {
      const conversation = await callGenesys(
        deps,
        (api) => api.getConversation(conversationId),
        { schema: ConversationSchema, payloadName: 'conversation' },
        { operation: 'get conversation', signal: ctx.signal },
      );
      const mediaType = conversationMediaType(conversation);
      if (!mediaType) {
        throw routingFailure(
          FailureTypes.InvalidInput,
          `conversation ${conversationId} is neither a voice call nor a messaging conversation`,
        );
      }
      const budget = new TranscriptBudget(conversationId, options.transcriptMaxBytes ?? DEFAULT_TRANSCRIPT_MAX_BYTES);
      const { messages, notes } =
        mediaType === 'voice'
          ? await readVoiceTranscript(conversationId, voiceParties(conversation), ctx, budget)
          : { messages: await messagingMessages(conversationId, ctx, budget), notes: [] };
      // Participants' names are PII: the log line counts them, never names them.
      const participants = namedParticipants(conversation);
      options.logger.info(
        {
          conversationId,
          mediaType,
          messageCount: messages.length,
          participantCount: participants.length,
          notes: notes.length,
        },
        'genesys transcript fetched',
      );
      return {
        interactionId: conversationId,
        mediaType,
        messages,
        ...(participants.length > 0 ? { participants } : {}),
        ...(notes.length > 0 ? { notes } : {}),
      };
    },

    async findEndedConversations(query, onPage) {
      return (await source.listEndedConversations(query, onPage)).map((c) => c.conversationId);
    },

    async listEndedConversations(query, onPage) {
      const interval = IsoIntervalSchema.safeParse(query.interval);
      if (!interval.success) {
        throw routingFailure(
          FailureTypes.InvalidInput,
          `interval: ${interval.error.issues.map((i) => i.message).join('; ')}`,
        );
      }
      if (query.mediaTypes.length === 0)
        throw routingFailure(FailureTypes.InvalidInput, 'mediaTypes: name at least one of voice, message');
      const found = new Map<string, string>();
      for (let pageNumber = 1; pageNumber <= MAX_DISCOVERY_PAGES; pageNumber += 1) {
        const page = await callGenesys(
          deps,
          (api) =>
            api.queryConversationDetails(
              buildConversationDetailsQuery({ interval: interval.data, mediaTypes: query.mediaTypes }, pageNumber),
            ),
          { schema: ConversationDetailsPageSchema, payloadName: 'conversation details query' },
          { operation: 'query conversation details' },
        );
        const conversations = page.conversations ?? [];
        // The query filters on conversationEnd already; checking again costs nothing and guards a loose proxy.
        for (const c of conversations) if (c.conversationEnd) found.set(c.conversationId, c.conversationEnd);
        const full = conversations.length >= DISCOVERY_PAGE_SIZE;
        const totalPages =
          page.totalHits !== undefined
            ? Math.max(pageNumber, Math.ceil(page.totalHits / DISCOVERY_PAGE_SIZE))
            : pageNumber + (full ? 1 : 0);
        onPage?.(pageNumber, totalPages);
        if (!full || pageNumber >= totalPages)
          return [...found].map(([conversationId, conversationEnd]) => ({ conversationId, conversationEnd }));
      }
      throw routingFailure(
        FailureTypes.InvalidInput,
        `interval: more than ${MAX_DISCOVERY_PAGES * DISCOVERY_PAGE_SIZE} conversations; use a shorter interval`,
      );
    },
  };
  return source;
}
