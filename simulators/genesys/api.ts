/** The /api/v2 routes and the pre-signed document route, over the simulator's conversation store. */
import { z } from 'zod';
import { runDetailsQuery, DetailsQuerySchema } from './analytics';
import { parseJson, readBody, sendError, sendJson, type Exchange } from './http';
import {
  analyticsConversation,
  liveConversation,
  messageConversation,
  messageEntities,
  transcriptDocuments,
} from './payloads';
import type { Presigner } from './presign';
import type { SimConversation, SimRoute } from './types';
import { describeIssues } from '../issues';

export interface ApiState {
  conversations: Map<string, SimConversation>;
  presigner: Presigner;
  baseUrl: () => string;
}

interface RouteDef {
  route: SimRoute;
  method: 'GET' | 'POST';
  pattern: RegExp;
  handle: (ex: Exchange, state: ApiState, params: string[], url: URL) => Promise<void> | void;
}

const BulkBodySchema = z.array(z.string().min(1)).min(1).max(1000);
const seg = '([^/]+)';

function invalidBody(ex: Exchange, error: z.ZodError): void {
  sendError(ex, 400, `The request body is invalid: ${describeIssues(error)}`, { code: 'invalid.value' });
}

async function jsonBody<T>(ex: Exchange, schema: z.ZodType<T>): Promise<T | undefined> {
  const parsed = parseJson(await readBody(ex.req));
  if (!parsed.ok) {
    sendError(ex, 400, 'The request body is not valid JSON.', { code: 'bad.request' });
    return undefined;
  }
  const result = schema.safeParse(parsed.value);
  if (!result.success) {
    invalidBody(ex, result.error);
    return undefined;
  }
  return result.data;
}

function find(
  ex: Exchange,
  state: ApiState,
  id: string,
  mediaType?: SimConversation['mediaType'],
): SimConversation | undefined {
  const c = state.conversations.get(id);
  if (!c || (mediaType && c.mediaType !== mediaType)) {
    sendError(ex, 404, `Conversation ${id} was not found.`, { code: 'not.found' });
    return undefined;
  }
  return c;
}

/** Transcript URL(s) of a transcribed call (the customer's or a conferenced party's); 404 while not ready or for another. */
function transcriptUrls(ex: Exchange, state: ApiState, [conversationId, communicationId]: string[]) {
  const c = find(ex, state, conversationId, 'voice');
  if (!c) return undefined;
  const documents = transcriptDocuments(c).filter((d) => d.communicationId === communicationId);
  if (documents.length === 0 || documents.some((d) => !d.ready) || !c.endTime) {
    sendError(ex, 404, 'No transcript exists for the communication.', { code: 'not.found' });
    return undefined;
  }
  return documents.map(({ recordingId }) => ({
    recording: { id: recordingId, selfUri: `/api/v2/conversations/${c.id}/recordings/${recordingId}` },
    url: state.presigner.url(
      state.baseUrl(),
      `/s3/genesys-sta-transcripts/${c.id}/${communicationId}/${recordingId}.json`,
    ),
  }));
}

export const API_ROUTES: RouteDef[] = [
  {
    route: 'analyticsQuery',
    method: 'POST',
    pattern: /^\/api\/v2\/analytics\/conversations\/details\/query$/,
    handle: async (ex, state) => {
      const query = await jsonBody(ex, DetailsQuerySchema);
      if (query) sendJson(ex, 200, runDetailsQuery(state.conversations.values(), query));
    },
  },
  {
    route: 'analyticsConversation',
    method: 'GET',
    pattern: new RegExp(`^/api/v2/analytics/conversations/${seg}/details$`),
    handle: (ex, state, [id]) => {
      const c = find(ex, state, id);
      if (c) sendJson(ex, 200, analyticsConversation(c));
    },
  },
  {
    route: 'messagesBulk',
    method: 'POST',
    pattern: new RegExp(`^/api/v2/conversations/messages/${seg}/messages/bulk$`),
    handle: async (ex, state, [id]) => {
      const c = find(ex, state, id, 'message');
      const body = c && (await jsonBody(ex, BulkBodySchema));
      if (!c || !body) return;
      const entities = messageEntities(c);
      sendJson(ex, 200, { entities: body.flatMap((messageId) => entities.get(messageId) ?? []) });
    },
  },
  {
    route: 'messageConversation',
    method: 'GET',
    pattern: new RegExp(`^/api/v2/conversations/messages/${seg}$`),
    handle: (ex, state, [id]) => {
      const c = find(ex, state, id, 'message');
      if (c) sendJson(ex, 200, messageConversation(c));
    },
  },
  {
    route: 'conversation',
    method: 'GET',
    pattern: new RegExp(`^/api/v2/conversations/${seg}$`),
    handle: (ex, state, [id]) => {
      const c = find(ex, state, id);
      if (c) sendJson(ex, 200, liveConversation(c));
    },
  },
  {
    route: 'transcripturl',
    method: 'GET',
    pattern: new RegExp(`^/api/v2/speechandtextanalytics/conversations/${seg}/communications/${seg}/transcripturls$`),
    handle: (ex, state, params) => {
      const urls = transcriptUrls(ex, state, params);
      if (urls)
        sendJson(ex, 200, {
          conversation: { id: params[0], selfUri: `/api/v2/conversations/${params[0]}` },
          communicationId: params[1],
          urls,
        });
    },
  },
  {
    route: 'transcripturl',
    method: 'GET',
    pattern: new RegExp(`^/api/v2/speechandtextanalytics/conversations/${seg}/communications/${seg}/transcripturl$`),
    handle: (ex, state, params) => {
      const urls = transcriptUrls(ex, state, params);
      if (urls) sendJson(ex, 200, { url: urls[0].url });
    },
  },
];

/** GET /s3/genesys-sta-transcripts/{conversationId}/{communicationId}/{recordingId}.json (no bearer token). */
export const DOCUMENT_PATTERN = new RegExp(`^/s3/genesys-sta-transcripts/${seg}/${seg}/${seg}\\.json$`);

export function serveDocument(
  ex: Exchange,
  state: ApiState,
  url: URL,
  [conversationId, , recordingId]: string[],
): void {
  if (state.presigner.verify(ex, url) === 'rejected') return;
  const c = state.conversations.get(conversationId);
  const doc = c && transcriptDocuments(c).find((d) => d.recordingId === recordingId);
  if (!doc) {
    ex.res.writeHead(404, { 'content-type': 'application/xml' });
    ex.res.end(
      '<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>NoSuchKey</Code><Message>The specified key does not exist.</Message></Error>',
    );
    return;
  }
  sendJson(ex, 200, doc.document);
}

/** The permission a 403 on each route names (reference §3-§5). */
export const ROUTE_PERMISSION: Record<SimRoute, string> = {
  token: 'n/a',
  conversation: 'conversation:communication:view',
  messageConversation: 'conversation:message:view',
  messagesBulk: 'conversation:message:view',
  transcripturl: 'recording:recording:view',
  transcriptDocument: 'n/a',
  analyticsQuery: 'analytics:conversationDetail:view',
  analyticsConversation: 'analytics:conversationDetail:view',
};
