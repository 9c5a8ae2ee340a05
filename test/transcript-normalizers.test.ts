import { RoutingError } from '../contracts/failures';
import { conversationMediaType } from '../domain/transcript/conversationKind';
import { buildConversationDetailsQuery, parseIsoInterval } from '../domain/transcript/discoveryQuery';
import {
  ConversationSchema,
  MessageConversationSchema,
  MessagesBulkSchema,
  parseGenesysPayload,
  TranscriptDocumentSchema,
} from '../domain/transcript/genesysSchemas';
import { inBatches, messageIdsOf, normalizeMessages } from '../domain/transcript/messaging';
import { namedParticipants } from '../domain/transcript/participants';
import { mergeByTime, normalizeVoiceTranscripts, roleOfPhrase, voiceParties } from '../domain/transcript/voice';
import part1 from './fixtures/genesys/sta-transcript-part1.json';
import part2 from './fixtures/genesys/sta-transcript-part2.json';
import bulk from './fixtures/genesys/messages-bulk.json';
import messageConversation from './fixtures/genesys/message-conversation.json';

const doc = (raw: unknown) => parseGenesysPayload(TranscriptDocumentSchema, raw, 'transcript document');

describe('voice transcript normalization', () => {
  it('maps speakers to roles, prefers decoratedText, drops blank phrases and keeps time order', () => {
    const messages = normalizeVoiceTranscripts([doc(part1)]);
    expect(messages).toEqual([
      {
        role: 'assistant',
        content: 'Thanks for calling, how can I help?',
        timestamp: new Date(1795600801000).toISOString(),
      },
      { role: 'user', content: 'Hi, my order is late.', timestamp: new Date(1795600805200).toISOString() },
      { role: 'assistant', content: 'let me check that for you', timestamp: new Date(1795600812000).toISOString() },
    ]);
  });

  it('merges several recordings by phrase time, and counts a recording reached twice once', () => {
    const messages = normalizeVoiceTranscripts([doc(part2), doc(part1), doc(part1)]);
    expect(messages.map((m) => m.content)).toEqual([
      'Thanks for calling, how can I help?',
      'Hi, my order is late.',
      'It was due on Monday.',
      'let me check that for you',
      'Please hold.',
    ]);
    expect(messages.map((m) => m.role)).toEqual(['assistant', 'user', 'user', 'assistant', 'assistant']);
  });

  it('tolerates both phrase-level and conversation-level purpose vocabularies', () => {
    expect(['external', 'customer', 'EXTERNAL'].map(roleOfPhrase)).toEqual(['user', 'user', 'user']);
    expect(['internal', 'agent', 'ivr', 'acd', 'botflow'].map(roleOfPhrase)).toEqual(Array(5).fill('assistant'));
  });

  it('requires the customer calls and takes other external calls as conferenced parties', () => {
    const conversation = parseGenesysPayload(
      ConversationSchema,
      {
        id: 'c1',
        participants: [
          { purpose: 'customer', calls: [{ id: 'call-a' }, { id: 'call-b' }] },
          { purpose: 'agent', calls: [{ id: 'call-agent' }] },
          { purpose: 'external', calls: [{ id: 'call-a' }, { id: 'call-c' }] },
          { purpose: 'acd' },
        ],
      },
      'conversation',
    );
    expect(voiceParties(conversation)).toEqual({ required: ['call-a', 'call-b'], optional: ['call-c'] });
    expect(conversationMediaType(conversation)).toBe('voice');
  });

  it('takes the first external participant as the customer when none is named customer (outbound calls)', () => {
    const conversation = parseGenesysPayload(
      ConversationSchema,
      {
        id: 'c2',
        participants: [
          { purpose: 'agent', calls: [{ id: 'call-agent' }] },
          { purpose: 'external', calls: [{ id: 'call-callee' }] },
          { purpose: 'external', calls: [{ id: 'call-third' }] },
        ],
      },
      'conversation',
    );
    expect(voiceParties(conversation)).toEqual({ required: ['call-callee'], optional: ['call-third'] });
  });

  it('merges two turn lists in time order, the first list first on equal times', () => {
    const turn = (content: string, timestamp: string) => ({ role: 'user' as const, content, timestamp });
    const merged = mergeByTime(
      [turn('a', '2026-01-01T00:00:01Z'), turn('c', '2026-01-01T00:00:03Z')],
      [turn('b', '2026-01-01T00:00:02Z'), turn('c2', '2026-01-01T00:00:03Z')],
    );
    expect(merged.map((m) => m.content)).toEqual(['a', 'b', 'c', 'c2']);
  });
});

describe('messaging normalization', () => {
  it('collects message ids from both nestings, once each, in order', () => {
    const conversation = parseGenesysPayload(MessageConversationSchema, messageConversation, 'message conversation');
    expect(messageIdsOf(conversation)).toEqual(['m1', 'm3', 'm2']);
  });

  it('sorts by timestamp, maps direction to role, falls back to textBody only when normalizedMessage has no text', () => {
    const { entities } = parseGenesysPayload(MessagesBulkSchema, bulk, 'messages bulk');
    expect(normalizeMessages(entities)).toEqual([
      { role: 'user', content: 'My order is late', timestamp: '2026-11-20T10:00:00.000Z' },
      { role: 'assistant', content: 'Sorry! Let me check.', timestamp: '2026-11-20T10:00:05.000Z' },
      { role: 'user', content: 'Order ORD-1 please', timestamp: '2026-11-20T10:00:09.000Z' },
    ]);
  });

  it('splits ids into batches of at most the given size', () => {
    const ids = Array.from({ length: 230 }, (_, i) => `m${i}`);
    const batches = inBatches(ids, 100);
    expect(batches.map((b) => b.length)).toEqual([100, 100, 30]);
    expect(batches.flat()).toEqual(ids);
    expect(() => inBatches(ids, 0)).toThrow(RangeError);
  });

  it('classifies a conversation with only message communications as messaging, and one with neither as unknown', () => {
    const parse = (raw: unknown) => parseGenesysPayload(ConversationSchema, raw, 'conversation');
    expect(
      conversationMediaType(parse({ id: 'x', participants: [{ purpose: 'customer', messages: [{ id: 'comm' }] }] })),
    ).toBe('message');
    expect(
      conversationMediaType(parse({ id: 'x', participants: [{ purpose: 'customer', emails: [{ id: 'e' }] }] })),
    ).toBeUndefined();
  });
});

describe('named participants', () => {
  it('maps purposes to roles, skips queues, IVRs and unnamed participants, and lists each person once', () => {
    const conversation = ConversationSchema.parse({
      id: 'c',
      participants: [
        { purpose: 'customer', name: 'Jordan Miller', calls: [{ id: 'a' }] },
        { purpose: 'acd', name: 'Customer Care' },
        { purpose: 'ivr', name: 'Main menu' },
        { purpose: 'agent', name: ' Alex Rivera ' },
        { purpose: 'user', name: 'Alex Rivera' },
        { purpose: 'external', name: 'Sam Lee' },
        { purpose: 'agent' },
      ],
    });
    expect(namedParticipants(conversation)).toEqual([
      { role: 'customer', name: 'Jordan Miller' },
      { role: 'agent', name: 'Alex Rivera' },
      { role: 'external', name: 'Sam Lee' },
    ]);
  });
});

describe('Genesys payload validation', () => {
  it('fails non-retryably with InvalidGenesysPayload naming the field path, never the value', () => {
    const broken = structuredClone(part1) as { transcripts: { phrases: Record<string, unknown>[] }[] };
    broken.transcripts[0].phrases[1].startTimeMs = 'secret customer words';
    let failure: unknown;
    try {
      doc(broken);
    } catch (error) {
      failure = error;
    }
    expect(failure).toBeInstanceOf(RoutingError);
    const f = failure as RoutingError;
    expect(f.type).toBe('InvalidGenesysPayload');
    expect(f.nonRetryable).toBe(true);
    expect(f.message).toContain('transcripts[0].phrases[1].startTimeMs');
    expect(f.message).not.toContain('secret customer words');
  });

  it('ignores unknown fields but rejects a used field of the wrong type', () => {
    expect(() =>
      parseGenesysPayload(MessagesBulkSchema, { entities: [], somethingNew: { nested: true } }, 'messages bulk'),
    ).not.toThrow();
    expect(() =>
      parseGenesysPayload(
        MessagesBulkSchema,
        { entities: [{ id: 'm', timestamp: 'yesterday', direction: 'inbound' }] },
        'messages bulk',
      ),
    ).toThrow(/entities\[0\]\.timestamp/);
  });
});

describe('discovery query', () => {
  it('accepts an ISO start/end interval and rejects malformed ones with the reason', () => {
    expect(parseIsoInterval('2026-11-20T00:00:00Z/2026-11-21T00:00:00Z').start.toISOString()).toBe(
      '2026-11-20T00:00:00.000Z',
    );
    expect(() => parseIsoInterval('2026-11-20')).toThrow(/<start>\/<end>/);
    expect(() => parseIsoInterval('2026-11-20T00:00:00Z/tomorrow')).toThrow(/end must be an ISO-8601 date-time/);
    expect(() => parseIsoInterval('2026-11-21T00:00:00Z/2026-11-20T00:00:00Z')).toThrow(/start must be before end/);
  });

  it('asks for ended conversations of the chosen media, 100 per page', () => {
    const body = buildConversationDetailsQuery({ interval: 'a/b', mediaTypes: ['voice', 'message'] }, 3);
    expect(body.paging).toEqual({ pageSize: 100, pageNumber: 3 });
    expect(body.conversationFilters[0].predicates).toEqual([{ dimension: 'conversationEnd', operator: 'exists' }]);
    expect(body.segmentFilters[0]).toEqual({
      type: 'or',
      predicates: [
        { dimension: 'mediaType', value: 'voice' },
        { dimension: 'mediaType', value: 'message' },
      ],
    });
  });
});
