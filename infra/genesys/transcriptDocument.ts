/**
 * Download of a Speech and Text Analytics transcript document from its pre-signed URL: a plain GET through
 * our own axios instance, never the SDK, with NO Authorization header (S3 refuses a request carrying both a
 * query signature and a bearer token, and the token must not travel to a storage host anyway).
 */
import axios from 'axios';
import { parseGenesysPayload, TranscriptDocumentSchema, type TranscriptDocument } from '../../domain/transcript/genesysSchemas';
import { classifyGenesysError, type ClassifyContext } from './errors';

const http = axios.create({ timeout: 30_000, maxContentLength: 50 * 1024 * 1024, responseType: 'json' });
// Belt and braces: even if someone sets axios.defaults.headers.common.Authorization, it never goes out here.
http.interceptors.request.use((config) => {
  config.headers.delete('Authorization');
  return config;
});

export async function downloadTranscriptDocument(
  url: string,
  options: { signal?: AbortSignal; transcriptWait: ClassifyContext['transcriptWait'] },
): Promise<TranscriptDocument> {
  let body: unknown;
  try {
    const response = await http.get(url, { signal: options.signal, headers: { Accept: 'application/json' } });
    body = response.data;
  } catch (error) {
    if (options.signal?.aborted) throw options.signal.reason ?? error;
    throw classifyGenesysError(error, { operation: 'download transcript document', presignedDownload: true, transcriptWait: options.transcriptWait });
  }
  return parseGenesysPayload(TranscriptDocumentSchema, body, 'transcript document');
}
