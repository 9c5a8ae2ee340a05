/**
 * The byte budget of one transcript fetch, shared by all its downloads (several recordings, several message pages).
 * Counting happens while the bytes arrive, so an oversized transcript is refused after one partial download instead
 * of being returned whole and rejected by Temporal as a payload over its limit (then retried, and downloaded again).
 */
import type { Readable } from 'node:stream';
import { FailureTypes, routingFailure } from '../../contracts/failures';

export class TranscriptBudget {
  private used = 0;

  constructor(
    readonly conversationId: string,
    readonly limitBytes: number,
  ) {}

  /** Counts bytes received; throws TranscriptTooLarge once the total passes the limit. */
  take(bytes: number, declaredTotal?: number): void {
    this.used += bytes;
    if (this.used > this.limitBytes)
      throw this.tooLarge(declaredTotal !== undefined ? { exact: declaredTotal } : { atLeast: this.used });
  }

  /** A download that announces its length is refused before its body is read. */
  checkDeclared(contentLength: number): void {
    if (this.used + contentLength > this.limitBytes) throw this.tooLarge({ exact: this.used + contentLength });
  }

  /** Reads a body stream to text, stopping (and destroying the stream) as soon as the budget is spent. */
  async readText(stream: Readable): Promise<string> {
    const parts: Buffer[] = [];
    try {
      for await (const chunk of stream) {
        const part = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk as string);
        this.take(part.length);
        parts.push(part);
      }
    } finally {
      stream.destroy();
    }
    return Buffer.concat(parts).toString('utf8');
  }

  /** Size and limit only: never a byte of the transcript. */
  private tooLarge(size: { exact: number } | { atLeast: number }) {
    const bytes = 'exact' in size ? size.exact : size.atLeast;
    const what = 'exact' in size ? `${bytes} bytes` : `at least ${bytes} bytes`;
    return routingFailure(
      FailureTypes.TranscriptTooLarge,
      `transcript of conversation ${this.conversationId} is ${what}, over the limit of ${this.limitBytes} bytes (GENESYS_TRANSCRIPT_MAX_BYTES)`,
      { details: { sizeBytes: bytes, sizeIsExact: 'exact' in size, limitBytes: this.limitBytes } },
    );
  }
}
