/**
 * One client-credentials token per process. The SDK never refreshes such a token, so this logs in again
 * shortly before expiry and once after a 401; every concurrent caller awaits the same in-flight login,
 * so a burst of activities (or a burst of 401s) costs one login, not one each.
 */
export interface LoginResult {
  accessToken: string;
  /** Epoch ms at which Genesys stops accepting the token. */
  tokenExpiryTime: number;
}

/** Renew this long before expiry (the reference's advice), or half the lifetime for short-lived tokens. */
export const RENEW_BEFORE_EXPIRY_MS = 5 * 60_000;

export class TokenCache {
  private current?: { accessToken: string; renewAt: number };
  private inFlight?: Promise<string>;
  logins = 0;

  constructor(
    private readonly login: () => Promise<LoginResult>,
    private readonly now: () => number = Date.now,
  ) {}

  /** A token that is still comfortably valid, logging in first when there is none or it is about to expire. */
  async token(): Promise<string> {
    if (this.current && this.now() < this.current.renewAt) return this.current.accessToken;
    return this.renew();
  }

  /**
   * Genesys refused `rejected`. If another caller already replaced it, use the replacement; otherwise log in
   * again (shared with any concurrent caller).
   */
  async renewAfterRejection(rejected: string): Promise<string> {
    if (this.current && this.current.accessToken !== rejected) return this.current.accessToken;
    this.current = undefined;
    return this.renew();
  }

  private renew(): Promise<string> {
    if (!this.inFlight) {
      const startedAt = this.now();
      this.inFlight = this.login()
        .then(({ accessToken, tokenExpiryTime }) => {
          this.logins += 1;
          const lifetime = Math.max(0, tokenExpiryTime - startedAt);
          this.current = { accessToken, renewAt: tokenExpiryTime - Math.min(RENEW_BEFORE_EXPIRY_MS, lifetime / 2) };
          return accessToken;
        })
        .finally(() => {
          this.inFlight = undefined;
        });
    }
    return this.inFlight;
  }
}
