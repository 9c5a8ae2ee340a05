/**
 * Download of a Speech and Text Analytics transcript document from its pre-signed URL: a plain GET through
 * our own axios instance, never the SDK, with NO Authorization header (S3 refuses a request carrying both a
 * query signature and a bearer token, and the token must not travel to a storage host anyway). The body is
 * streamed through the fetch's byte budget, so an oversized document is abandoned part way.
 */
import type { Readable } from 'node:stream';
import axios from 'axios';
import {
  parseGenesysPayload,
  TranscriptDocumentSchema,
  type TranscriptDocument,
} from '../../domain/transcript/genesysSchemas';
import { FailureTypes, RoutingError, routingFailure } from '../../contracts/failures';
import { classifyGenesysError, type ClassifyContext } from './errors';
import type { TranscriptBudget } from './transcriptBudget';

const http = axios.create({ timeout: 30_000, responseType: 'stream' });
// Belt and braces: even if someone sets axios.defaults.headers.common.Authorization, it never goes out here.
http.interceptors.request.use((config) => {
  config.headers.delete('Authorization');
  return config;
});

export async function downloadTranscriptDocument(
  url: string,
  options: { signal?: AbortSignal; transcriptWait: ClassifyContext['transcriptWait']; budget: TranscriptBudget },
): Promise<TranscriptDocument> {
  let text: string;
  try {
    const response = await http.get<Readable>(url, { signal: options.signal, headers: { Accept: 'application/json' } });
    const declared = Number(response.headers['content-length']);
    if (Number.isFinite(declared) && declared > 0) {
      try {
        options.budget.checkDeclared(declared);
      } catch (tooLarge) {
        response.data.destroy();
        throw tooLarge;
      }
    }
    text = await options.budget.readText(response.data);
  } catch (error) {
    if (options.signal?.aborted) throw options.signal.reason ?? error;
    if (error instanceof RoutingError) throw error; // TranscriptTooLarge from the budget
    (error as { response?: { data?: Readable } }).response?.data?.destroy?.();
    throw classifyGenesysError(error, {
      operation: 'download transcript document',
      presignedDownload: true,
      transcriptWait: options.transcriptWait,
    });
  }
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    throw routingFailure(FailureTypes.InvalidGenesysPayload, 'Genesys transcript document is not valid JSON');
  }
  return parseGenesysPayload(TranscriptDocumentSchema, body, 'transcript document');
}
