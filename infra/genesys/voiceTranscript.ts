/**
 * Voice transcripts through Speech and Text Analytics: the customer's calls are required, conferenced parties are
 * included when ready and skipped with a note once the transcript wait has ended (never failing the routing).
 */
import { FailureTypes, routingFailure } from '../../contracts/failures';
import type { TranscriptMessage } from '../../contracts/transcript';
import { TranscriptUrlsSchema, type TranscriptDocument } from '../../domain/transcript/genesysSchemas';
import { mergeByTime, normalizeVoiceTranscripts, type VoiceParties } from '../../domain/transcript/voice';
import { callGenesys, type CallDeps } from './call';
import { transcriptMissing, type ClassifyContext } from './errors';
import type { TranscriptBudget } from './transcriptBudget';
import { downloadTranscriptDocument } from './transcriptDocument';
import type { FetchContext } from './transcriptSource';

type TranscriptWait = NonNullable<ClassifyContext['transcriptWait']>;

/** The customer's turns of a voice conversation, kept by an attempt that then waited for conferenced parties. */
export interface VoiceCheckpoint {
  conversationId: string;
  customerMessages: TranscriptMessage[];
}

export function createVoiceTranscriptReader(deps: CallDeps, transcriptWaitSeconds: number, now: () => number) {
  /** Every transcript document of one communication (several recordings make several documents). */
  async function communicationDocuments(
    conversationId: string,
    communicationId: string,
    ctx: FetchContext,
    transcriptWait: TranscriptWait,
    budget: TranscriptBudget,
  ) {
    const { urls } = await callGenesys(
      deps,
      (api) => api.getTranscriptUrls(conversationId, communicationId),
      { schema: TranscriptUrlsSchema, payloadName: 'transcript URLs' },
      { operation: 'get transcript URLs', transcriptWait, signal: ctx.signal },
    );
    if (urls.length === 0) throw transcriptMissing(transcriptWait, 'get transcript URLs');
    const documents: TranscriptDocument[] = [];
    // URLs expire 10 minutes after issue: download each at once, never keep one for a later attempt.
    for (const { url } of urls)
      documents.push(await downloadTranscriptDocument(url, { signal: ctx.signal, transcriptWait, budget }));
    return documents;
  }

  /**
   * The customer's transcript is required (404 -> TranscriptNotReady, retried until the wait ends). A conferenced
   * party's is included when ready, waited for like the customer's, and skipped with a note once the wait has ended.
   * The customer's turns are handed to `checkpoint` as soon as they are in hand, so an attempt that waits only for
   * the others does not download them again.
   */
  async function voiceTranscript(
    conversationId: string,
    parties: VoiceParties,
    ctx: FetchContext,
    budget: TranscriptBudget,
  ) {
    const transcriptWait = {
      firstAttemptAt: ctx.firstAttemptAt ?? now(),
      waitSeconds: transcriptWaitSeconds,
      now: now(),
    };
    if (parties.required.length === 0) {
      throw routingFailure(
        FailureTypes.TranscriptUnavailable,
        `conversation ${conversationId} has no customer call to transcribe`,
      );
    }
    let customer = ctx.resumeFrom?.conversationId === conversationId ? ctx.resumeFrom.customerMessages : undefined;
    if (customer) budget.take(Buffer.byteLength(JSON.stringify(customer)));
    else {
      const documents: TranscriptDocument[] = [];
      for (const id of parties.required)
        documents.push(...(await communicationDocuments(conversationId, id, ctx, transcriptWait, budget)));
      customer = normalizeVoiceTranscripts(documents);
      ctx.checkpoint?.({ conversationId, customerMessages: customer });
    }
    const others: TranscriptDocument[] = [];
    const notes: string[] = [];
    let waiting = 0;
    for (const [index, communicationId] of parties.optional.entries()) {
      try {
        others.push(...(await communicationDocuments(conversationId, communicationId, ctx, transcriptWait, budget)));
      } catch (error) {
        const type = (error as { type?: string }).type;
        if (type === FailureTypes.TranscriptNotReady) waiting += 1;
        else if (type === FailureTypes.TranscriptUnavailable) {
          notes.push(
            `conferenced party ${index + 1} (communication ${communicationId}) skipped: no transcript after ${transcriptWaitSeconds}s`,
          );
        } else throw error;
      }
    }
    if (waiting > 0) {
      const waited = Math.floor((transcriptWait.now - transcriptWait.firstAttemptAt) / 1000);
      throw routingFailure(
        FailureTypes.TranscriptNotReady,
        `the customer's transcript is in; waiting for ${waiting} conferenced part${waiting === 1 ? 'y' : 'ies'} (${waited}s of ${transcriptWaitSeconds}s)`,
        { details: { waitedSeconds: waited, waitingParties: waiting } },
      );
    }
    return { messages: mergeByTime(customer, normalizeVoiceTranscripts(others)), notes };
  }

  return voiceTranscript;
}
