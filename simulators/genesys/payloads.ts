/**
 * Renders a SimConversation in the shapes Genesys Cloud returns (reference §3-§5). Ids are deterministic
 * UUIDs (v5 of the conversation id), so every request sees the same communication and message ids.
 */
import { v5 as uuidv5 } from 'uuid';
import type { SimConversation, SimTurn } from './types';

const NAMESPACE = '6b0f3c2e-4d1a-5e8f-9a7b-1c2d3e4f5a6b';
export const SIM_ORGANIZATION_ID = 'f2b4c6d8-1a3c-4e5f-8a9b-0c1d2e3f4a5b';
export const SIM_DIVISION_ID = 'a1c3e5f7-2b4d-4f6a-8c0e-1f2a3b4c5d6e';
export const SIM_QUEUE_ID = 'c7e9a1b3-5d7f-4a2c-9e4b-6d8f0a2c4e6a';
export const SIM_AGENT_USER_ID = 'e3a5c7e9-1b3d-4f5a-8b7c-9d1e3f5a7b9c';

export const derivedId = (conversationId: string, what: string): string =>
  uuidv5(`${conversationId}:${what}`, NAMESPACE);

export const ids = (c: SimConversation) => ({
  customerParticipant: derivedId(c.id, 'participant:customer'),
  acdParticipant: derivedId(c.id, 'participant:acd'),
  agentParticipant: derivedId(c.id, 'participant:agent'),
  customerCommunication: derivedId(c.id, 'communication:customer'),
  acdCommunication: derivedId(c.id, 'communication:acd'),
  agentCommunication: derivedId(c.id, 'communication:agent'),
  recording: (index: number) => derivedId(c.id, `recording:${index}`),
  conferenceParticipant: (index: number) => derivedId(c.id, `participant:conference:${index}`),
  conferenceCommunication: (index: number) => derivedId(c.id, `communication:conference:${index}`),
  conferenceRecording: (index: number) => derivedId(c.id, `recording:conference:${index}`),
  message: (index: number) => derivedId(c.id, `message:${index}`),
});

const at = (c: SimConversation, offsetMs: number): string => new Date(Date.parse(c.startTime) + offsetMs).toISOString();
const endOf = (c: SimConversation): string | undefined => c.endTime;
const commState = (c: SimConversation) => (c.endTime ? 'disconnected' : 'connected');

/** GET /api/v2/conversations/{id}: voice participants carry calls[], messaging participants messages[]. */
export function liveConversation(c: SimConversation) {
  const id = ids(c);
  const voice = c.mediaType === 'voice';
  const media = (communicationId: string, extra: Record<string, unknown>, messages: SimTurn[]) =>
    voice
      ? { calls: [{ id: communicationId, state: commState(c), direction: 'inbound', recording: true, ...extra }] }
      : {
          messages: [
            {
              id: communicationId,
              state: commState(c),
              type: c.messengerType ?? 'webmessaging',
              messages: messages.map((turn) => ({
                messageId: id.message(c.turns.indexOf(turn)),
                messageTime: at(c, turn.atMs),
                messageStatus: 'delivered',
              })),
            },
          ],
        };
  return {
    id: c.id,
    startTime: c.startTime,
    endTime: endOf(c),
    divisions: [
      {
        division: { id: SIM_DIVISION_ID, selfUri: `/api/v2/authorization/divisions/${SIM_DIVISION_ID}` },
        entities: [],
      },
    ],
    participants: [
      {
        id: id.customerParticipant,
        purpose: 'customer',
        name: c.customerName,
        address: c.customerAddress,
        ...media(
          id.customerCommunication,
          { recordingId: id.recording(0) },
          c.turns.filter((t) => t.speaker === 'customer'),
        ),
      },
      {
        id: id.acdParticipant,
        purpose: 'acd',
        name: 'Customer Care',
        queueId: SIM_QUEUE_ID,
        ...media(id.acdCommunication, {}, []),
      },
      {
        id: id.agentParticipant,
        purpose: 'agent',
        name: c.agentName,
        userId: SIM_AGENT_USER_ID,
        queueId: SIM_QUEUE_ID,
        ...media(
          id.agentCommunication,
          {},
          c.turns.filter((t) => t.speaker === 'agent'),
        ),
      },
      ...(voice ? (c.conferencedParties ?? []) : []).map((party, i) => ({
        id: id.conferenceParticipant(i),
        purpose: 'external',
        address: party.address,
        calls: [
          {
            id: id.conferenceCommunication(i),
            state: commState(c),
            direction: 'outbound',
            recording: true,
            recordingId: id.conferenceRecording(i),
          },
        ],
      })),
    ],
    selfUri: `/api/v2/conversations/${c.id}`,
  };
}

/** GET /api/v2/conversations/messages/{id}: MessageMediaParticipant.messages[] are MessageDetails. */
export function messageConversation(c: SimConversation) {
  const id = ids(c);
  const details = (speaker: SimTurn['speaker']) =>
    c.turns
      .map((turn, index) => ({ turn, index }))
      .filter(({ turn }) => turn.speaker === speaker)
      .map(({ turn, index }) => ({
        messageId: id.message(index),
        messageURI: `/api/v2/conversations/messages/${c.id}/messages/${id.message(index)}`,
        messageStatus: speaker === 'customer' ? 'received' : 'delivered',
        messageTime: at(c, turn.atMs),
        media: [],
        stickers: [],
      }));
  const participant = (participantId: string, purpose: string, direction: string, speaker: SimTurn['speaker']) => ({
    id: participantId,
    purpose,
    state: commState(c),
    direction,
    type: c.messengerType ?? 'webmessaging',
    fromAddress: { addressNormalized: speaker === 'customer' ? c.customerAddress : 'Customer Care' },
    messages: details(speaker),
  });
  return {
    id: c.id,
    participants: [
      participant(id.customerParticipant, 'customer', 'inbound', 'customer'),
      participant(id.agentParticipant, 'agent', 'outbound', 'agent'),
    ],
    selfUri: `/api/v2/conversations/messages/${c.id}`,
  };
}

/** Entities of POST .../messages/bulk keyed by message id. Every fifth message still uses textBody only. */
export function messageEntities(c: SimConversation): Map<string, Record<string, unknown>> {
  const id = ids(c);
  const entities = new Map<string, Record<string, unknown>>();
  c.turns.forEach((turn, index) => {
    const inbound = turn.speaker === 'customer';
    const legacy = index % 5 === 4;
    entities.set(id.message(index), {
      id: id.message(index),
      conversationId: c.id,
      timestamp: at(c, turn.atMs),
      direction: inbound ? 'inbound' : 'outbound',
      status: inbound ? 'received' : 'sent',
      messengerType: c.messengerType ?? 'webmessaging',
      ...(legacy ? { textBody: turn.text } : { normalizedMessage: { type: 'Text', text: turn.text, content: [] } }),
      ...(inbound ? {} : { createdBy: { id: SIM_AGENT_USER_ID } }),
      selfUri: `/api/v2/conversations/messages/${c.id}/messages/${id.message(index)}`,
    });
  });
  return entities;
}

/** One element of the analytics details query's conversations[]. */
export function analyticsConversation(c: SimConversation) {
  const id = ids(c);
  const mediaType = c.mediaType;
  const segment = (extra: Record<string, unknown> = {}) => ({
    segmentType: 'interact',
    segmentStart: c.startTime,
    segmentEnd: endOf(c),
    ...extra,
  });
  return {
    conversationId: c.id,
    conversationStart: c.startTime,
    conversationEnd: endOf(c),
    originatingDirection: 'inbound',
    divisionIds: [SIM_DIVISION_ID],
    participants: [
      {
        participantId: id.customerParticipant,
        participantName: c.customerName,
        purpose: 'customer',
        sessions: [
          {
            sessionId: id.customerCommunication,
            mediaType,
            direction: 'inbound',
            ani: c.customerAddress,
            recording: mediaType === 'voice' || undefined,
            segments: [segment()],
          },
        ],
      },
      {
        participantId: id.acdParticipant,
        participantName: 'Customer Care',
        purpose: 'acd',
        sessions: [{ sessionId: id.acdCommunication, mediaType, segments: [segment({ queueId: SIM_QUEUE_ID })] }],
      },
      {
        participantId: id.agentParticipant,
        purpose: 'agent',
        userId: SIM_AGENT_USER_ID,
        sessions: [
          {
            sessionId: id.agentCommunication,
            mediaType,
            direction: 'inbound',
            segments: [segment(), segment({ segmentType: 'wrapup' })],
          },
        ],
      },
    ],
  };
}

/** What STA does to speech: lower case, no punctuation. decoratedText keeps the formatted form. */
const rawText = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}@.'\s-]/gu, '')
    .replace(/\s+/g, ' ')
    .trim();

export interface SimTranscriptDocument {
  communicationId: string;
  recordingId: string;
  document: Record<string, unknown>;
  /** false = not served yet (404 from the transcript URL endpoints). */
  ready: boolean;
}

/** Every STA transcript document of a voice conversation: the customer call's, then each conferenced party's. */
export function transcriptDocuments(c: SimConversation): SimTranscriptDocument[] {
  return [...customerDocuments(c), ...conferenceDocuments(c)];
}

/** A conferenced party's leg: its own phrases only (speaker `external`), one recording. */
function conferenceDocuments(c: SimConversation): SimTranscriptDocument[] {
  const id = ids(c);
  const start = Date.parse(c.startTime);
  return (c.conferencedParties ?? []).map((party, i) => ({
    communicationId: id.conferenceCommunication(i),
    recordingId: id.conferenceRecording(i),
    ready: party.transcriptReady !== false,
    document: {
      organizationId: SIM_ORGANIZATION_ID,
      conversationId: c.id,
      communicationId: id.conferenceCommunication(i),
      recordingId: id.conferenceRecording(i),
      mediaType: 'call',
      startTime: start,
      conversationStartTime: start,
      participants: [{ participantPurpose: 'external', ani: party.address, startTimeMs: start }],
      transcripts: [
        {
          transcriptId: derivedId(c.id, `transcript:conference:${i}`),
          language: 'en-US',
          startTime: start,
          phrases: party.turns.map((turn, n) => ({
            phraseIndex: n,
            participantPurpose: 'external',
            text: rawText(turn.text),
            decoratedText: turn.text,
            stability: 1,
            confidence: 0.9,
            offset: { milliseconds: turn.atMs },
            startTimeMs: start + turn.atMs,
            duration: { milliseconds: Math.max(800, turn.text.length * 55) },
          })),
          analytics: { sentiment: [], topics: [], acoustic: [] },
        },
      ],
    },
  }));
}

/** STA transcript documents of the customer call: the turns split into `recordings` consecutive parts. */
function customerDocuments(c: SimConversation): SimTranscriptDocument[] {
  const id = ids(c);
  const parts = Math.max(1, c.recordings ?? 1);
  const perPart = Math.ceil(c.turns.length / parts) || 1;
  const start = Date.parse(c.startTime);
  return Array.from({ length: parts }, (_, part) => {
    const turns = c.turns.slice(part * perPart, (part + 1) * perPart);
    const recordingId = id.recording(part);
    const partStart = start + (turns[0]?.atMs ?? 0);
    const phrases = turns.map((turn, i) => ({
      phraseIndex: i,
      participantPurpose: turn.speaker === 'customer' ? 'external' : 'internal',
      text: rawText(turn.text),
      // Real files sometimes lack decoratedText (it is not in the published schema): leave every 7th out.
      ...((part * perPart + i) % 7 === 6 ? {} : { decoratedText: turn.text }),
      stability: 1,
      confidence: 0.9,
      offset: { milliseconds: start + turn.atMs - partStart },
      startTimeMs: start + turn.atMs,
      duration: { milliseconds: Math.max(800, turn.text.length * 55) },
    }));
    const document = {
      organizationId: SIM_ORGANIZATION_ID,
      conversationId: c.id,
      communicationId: id.customerCommunication,
      recordingId,
      mediaType: 'call',
      startTime: partStart,
      conversationStartTime: start,
      duration: { milliseconds: (turns.at(-1)?.atMs ?? 0) - (turns[0]?.atMs ?? 0) + 5000 },
      participants: [
        {
          participantPurpose: 'customer',
          ani: c.customerAddress,
          startTimeMs: start,
          endTimeMs: c.endTime ? Date.parse(c.endTime) : undefined,
        },
        { participantPurpose: 'agent', userId: SIM_AGENT_USER_ID, queueId: SIM_QUEUE_ID, startTimeMs: start },
      ],
      transcripts: [
        {
          transcriptId: derivedId(c.id, `transcript:${part}`),
          language: 'en-US',
          startTime: partStart,
          phrases,
          analytics: { sentiment: [], topics: [], acoustic: [] },
        },
      ],
    };
    return { communicationId: id.customerCommunication, recordingId, document, ready: c.transcriptReady !== false };
  });
}
