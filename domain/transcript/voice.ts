/**
 * Voice: which communications carry the customer's side, and how Speech and Text Analytics
 * transcript documents become one ordered list of chat turns. Pure and deterministic.
 */
import type { TranscriptMessage } from '../../contracts/transcript';
import type { Conversation, TranscriptDocument, TranscriptPhrase } from './genesysSchemas';

/** Participant purposes that are the customer's side (conversation-level and phrase-level vocabularies). */
const CUSTOMER_PURPOSES = new Set(['customer', 'external']);

/**
 * Call ids of the customer/external participants: STA keys transcripts by these communications,
 * and each holds both sides of the dialogue. Order of appearance, duplicates removed.
 */
export function customerCallIds(conversation: Conversation): string[] {
  const ids = conversation.participants
    .filter((p) => CUSTOMER_PURPOSES.has((p.purpose ?? '').toLowerCase()))
    .flatMap((p) => (p.calls ?? []).map((call) => call.id));
  return [...new Set(ids)];
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
