/**
 * Voice: which communications carry the customer's side, and how Speech and Text Analytics
 * transcript documents become one ordered list of chat turns. Pure and deterministic.
 */
import type { TranscriptMessage } from '../../contracts/transcript';
import type { Conversation, TranscriptDocument, TranscriptPhrase } from './genesysSchemas';

/** Participant purposes that are the customer's side (conversation-level and phrase-level vocabularies). */
const CUSTOMER_PURPOSES = new Set(['customer', 'external']);

export interface VoiceParties {
  /** The customer's calls: their transcript is required. */
  required: string[];
  /** Other outside parties conferenced in: included when their transcript is ready, else skipped with a note. */
  optional: string[];
}

/**
 * Whose transcript a voice routing needs. Participants with purpose `customer` are the customer; with none (an
 * outbound call lists the callee as `external`), the first `external` participant is. Every other external
 * participant is a conferenced party. Call ids in order of appearance, each once.
 */
export function voiceParties(conversation: Conversation): VoiceParties {
  const outside = conversation.participants.filter((p) => CUSTOMER_PURPOSES.has((p.purpose ?? '').toLowerCase()));
  const customers = outside.filter((p) => (p.purpose ?? '').toLowerCase() === 'customer');
  const requiredParticipants = customers.length > 0 ? customers : outside.slice(0, 1);
  const callsOf = (ps: typeof outside) => [...new Set(ps.flatMap((p) => (p.calls ?? []).map((call) => call.id)))];
  const required = callsOf(requiredParticipants);
  const optional = callsOf(outside.filter((p) => !requiredParticipants.includes(p))).filter(
    (id) => !required.includes(id),
  );
  return { required, optional };
}

/** Two time-ordered turn lists as one, in time order (stable: equal times keep the first list first). */
export function mergeByTime(first: TranscriptMessage[], second: TranscriptMessage[]): TranscriptMessage[] {
  const at = (m: TranscriptMessage) => (m.timestamp ? Date.parse(m.timestamp) : 0);
  return [...first, ...second]
    .map((m, i) => ({ m, i }))
    .sort((a, b) => at(a.m) - at(b.m) || a.i - b.i)
    .map(({ m }) => m);
}

/** Phrase speaker -> chat role: `external` (or `customer`) is the user; agent, IVR, ACD and bots are the assistant. */
export function roleOfPhrase(participantPurpose: string): TranscriptMessage['role'] {
  return CUSTOMER_PURPOSES.has(participantPurpose.toLowerCase()) ? 'user' : 'assistant';
}

/** `decoratedText` (punctuated) is preferred; plain `text` otherwise. Blank phrases are dropped. */
export function phraseText(phrase: TranscriptPhrase): string {
  const decorated = phrase.decoratedText?.trim();
  return decorated ? decorated : phrase.text.trim();
}

/**
 * Merge several transcript documents (several communications or recordings) into one list in time order.
 * A recording reached through two communications is counted once (same recording or transcript id).
 */
export function normalizeVoiceTranscripts(documents: TranscriptDocument[]): TranscriptMessage[] {
  const seen = new Set<string>();
  const phrases: TranscriptPhrase[] = [];
  documents.forEach((doc, docIndex) => {
    doc.transcripts.forEach((transcript, transcriptIndex) => {
      const key = transcript.transcriptId ?? `${doc.recordingId ?? `doc${docIndex}`}#${transcriptIndex}`;
      if (seen.has(key)) return;
      seen.add(key);
      phrases.push(...transcript.phrases);
    });
  });
  // Array.prototype.sort is stable, so phrases with equal start times keep their document order.
  return phrases
    .map((phrase) => ({ phrase, content: phraseText(phrase) }))
    .filter(({ content }) => content.length > 0)
    .sort((a, b) => a.phrase.startTimeMs - b.phrase.startTimeMs)
    .map(({ phrase, content }) => ({
      role: roleOfPhrase(phrase.participantPurpose),
      content,
      timestamp: new Date(phrase.startTimeMs).toISOString(),
    }));
}
