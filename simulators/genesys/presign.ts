/**
 * Pre-signed transcript URLs on the simulator itself, behaving like S3: HMAC-signed query, a 600 s expiry
 * checked against the controllable clock, 400 when an Authorization header is also sent, XML errors.
 */
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Exchange } from './http';

export const PRESIGNED_EXPIRES_SECONDS = 600;

const amzDate = (ms: number) =>
  new Date(ms)
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
const parseAmzDate = (v: string) =>
  Date.parse(v.replace(/^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/, '$1-$2-$3T$4:$5:$6Z'));

export class Presigner {
  private readonly secret = randomBytes(32);

  constructor(private readonly now: () => number) {}

  private sign(path: string, date: string, expires: string): string {
    return createHmac('sha256', this.secret).update(`${path}\n${date}\n${expires}`).digest('hex');
  }

  url(baseUrl: string, path: string): string {
    const date = amzDate(this.now());
    const expires = String(PRESIGNED_EXPIRES_SECONDS);
    const query = new URLSearchParams({
      'X-Amz-Algorithm': 'AWS4-HMAC-SHA256',
      'X-Amz-Credential': `ASIASIMULATOR/${date.slice(0, 8)}/us-east-1/s3/aws4_request`,
      'X-Amz-Date': date,
      'X-Amz-Expires': expires,
      'X-Amz-SignedHeaders': 'host',
      'X-Amz-Signature': this.sign(path, date, expires),
    });
    return `${baseUrl}${path}?${query.toString()}`;
  }

  /** null when the request may be served; otherwise the S3-style error already sent. */
  verify(ex: Exchange, url: URL): 'ok' | 'rejected' {
    if (ex.req.headers.authorization) {
      sendXml(
        ex,
        400,
        'InvalidArgument',
        'Only one auth mechanism allowed; only the X-Amz-Algorithm query parameter, Signature query string parameter or the Authorization header should be specified',
      );
      return 'rejected';
    }
    const date = url.searchParams.get('X-Amz-Date') ?? '';
    const expires = url.searchParams.get('X-Amz-Expires') ?? '';
    const given = Buffer.from(url.searchParams.get('X-Amz-Signature') ?? '', 'utf8');
    const wanted = Buffer.from(this.sign(url.pathname, date, expires), 'utf8');
    if (given.length !== wanted.length || !timingSafeEqual(given, wanted)) {
      sendXml(
        ex,
        403,
        'SignatureDoesNotMatch',
        'The request signature we calculated does not match the signature you provided.',
      );
      return 'rejected';
    }
    if (this.now() > parseAmzDate(date) + Number(expires) * 1000) {
      sendXml(ex, 403, 'AccessDenied', 'Request has expired');
      return 'rejected';
    }
    return 'ok';
  }
}

export function sendXml(ex: Exchange, status: number, code: string, message: string): void {
  const body = `<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>${code}</Code><Message>${message}</Message><RequestId>${ex.correlationId}</RequestId></Error>`;
  ex.res.writeHead(status, { 'content-type': 'application/xml', 'content-length': Buffer.byteLength(body) });
  ex.res.end(body);
}
