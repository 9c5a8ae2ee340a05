/**
 * POST {login prefix}/oauth/token (client credentials) and bearer checks, as the Genesys login host does:
 * Basic credentials, form body `grant_type=client_credentials`, OAuth-style error bodies, expiring tokens.
 */
import { randomBytes } from 'node:crypto';
import { z } from 'zod';
import { readBody, sendJson, type Exchange } from './http';

const TokenFormSchema = z.object({ grant_type: z.literal('client_credentials') });

export class TokenIssuer {
  private readonly tokens = new Map<string, number>();
  issued = 0;

  constructor(
    private readonly credentials: { clientId: string; clientSecret: string },
    private readonly ttlSeconds: number,
    private readonly now: () => number,
  ) {}

  async handleTokenRequest(ex: Exchange): Promise<void> {
    const oauthError = (status: number, error: string, description: string) =>
      sendJson(ex, status, { error, description, error_description: description });
    if (!(ex.req.headers['content-type'] ?? '').startsWith('application/x-www-form-urlencoded')) {
      return oauthError(400, 'invalid_request', 'content type must be application/x-www-form-urlencoded');
    }
    if (!this.basicCredentialsMatch(ex.req.headers.authorization)) {
      return oauthError(401, 'invalid_client', 'client not found or secret does not match');
    }
    const form = Object.fromEntries(new URLSearchParams(await readBody(ex.req)));
    if (!TokenFormSchema.safeParse(form).success) {
      return oauthError(400, 'unsupported_grant_type', 'grant_type must be client_credentials');
    }
    const token = randomBytes(32).toString('base64url');
    this.tokens.set(token, this.now() + this.ttlSeconds * 1000);
    this.issued += 1;
    sendJson(ex, 200, { access_token: token, token_type: 'bearer', expires_in: this.ttlSeconds });
  }

  /** True when the request carries a bearer token this simulator issued and that has not expired. */
  isAuthorized(authorization: string | undefined): boolean {
    const match = /^Bearer (\S+)$/i.exec(authorization ?? '');
    if (!match) return false;
    const expiresAt = this.tokens.get(match[1]);
    return expiresAt !== undefined && this.now() < expiresAt;
  }

  /** Invalidate every token (as an admin revoking the client's sessions would). */
  revokeAll(): void {
    this.tokens.clear();
  }

  private basicCredentialsMatch(authorization: string | undefined): boolean {
    const match = /^Basic (\S+)$/i.exec(authorization ?? '');
    if (!match) return false;
    const decoded = Buffer.from(match[1], 'base64').toString('utf8');
    const colon = decoded.indexOf(':');
    return (
      colon > 0 &&
      decoded.slice(0, colon) === this.credentials.clientId &&
      decoded.slice(colon + 1) === this.credentials.clientSecret
    );
  }
}
