/** The simulator's own description of a conversation; payloads.ts renders it in Genesys' shapes. */
export interface SimTurn {
  speaker: 'customer' | 'agent';
  text: string;
  /** Offset from the conversation start. */
  atMs: number;
}

export interface SimConversation {
  /** UUID, as Genesys uses. */
  id: string;
  mediaType: 'voice' | 'message';
  /** ISO-8601 start; the analytics query filters on it. */
  startTime: string;
  /** ISO-8601 end; absent = still active, so `conversationEnd exists` excludes it. */
  endTime?: string;
  turns: SimTurn[];
  customerName?: string;
  /** The agent's display name (Genesys names the agent participant after the user). */
  agentName?: string;
  /** Voice: `tel:+1...`; messaging: the customer's address. */
  customerAddress?: string;
  /** Voice: split the transcript across this many recordings of the customer call (default 1). */
  recordings?: number;
  /** Voice: false = transcript URLs answer 404 until `setTranscriptReady` (default true). */
  transcriptReady?: boolean;
  messengerType?: 'webmessaging' | 'sms' | 'whatsapp' | 'open';
  /** Voice: outside parties conferenced in (purpose `external`), each on its own call with its own transcript. */
  conferencedParties?: SimConferencedParty[];
}

export interface SimConferencedParty {
  address?: string;
  turns: { text: string; atMs: number }[];
  /** false = its transcript URLs answer 404 (STA never transcribed that leg); default true. */
  transcriptReady?: boolean;
}

export type SimRoute =
  | 'token'
  | 'conversation'
  | 'messageConversation'
  | 'messagesBulk'
  /** Both the singular transcripturl and the plural transcripturls endpoints. */
  | 'transcripturl'
  /** The pre-signed transcript document GET (/s3/...). */
  | 'transcriptDocument'
  | 'analyticsQuery'
  | 'analyticsConversation';

export interface SimFault {
  route: SimRoute;
  /** HTTP status to answer with; omit to only delay. */
  status?: number;
  /** How many matching requests the fault affects (default 1; Infinity = until removed). */
  times?: number;
  /** Seconds for the Retry-After header (429 and 503). */
  retryAfter?: number;
  /** Hold the response this long first (beyond 16 s to trip the SDK timeout). */
  delayMs?: number;
  /** Close the socket without answering (a network error for the client). */
  dropConnection?: boolean;
  /** Permission named by a 403 (default: the route's real permission). */
  permission?: string;
}

export interface SimRequestRecord {
  route: SimRoute | 'unknown';
  method: string;
  path: string;
  status: number;
  hadAuthorization: boolean;
  /** The inin-correlation-id the response carried (also the ErrorBody contextId). */
  correlationId: string;
}
