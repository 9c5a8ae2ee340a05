/**
 * Token-for-session exchange of the codec server. The Temporal Web UI cannot send a custom bearer token to a codec
 * endpoint; it can only send cookies ("Include cross-origin credentials", fetch with credentials: 'include'). So an
 * operator opens GET /session on the codec server, pastes CODEC_SERVER_TOKEN, and gets an HttpOnly cookie holding an
 * opaque random session id (never the token) that /encode and /decode accept instead of the bearer header.
 *
 * The cookie is SameSite=Strict: a site is scheme + host without the port, so a UI at http://127.0.0.1:8233 calling
 * the codec at http://127.0.0.1:8888 is cross-origin but same-site and the browser sends the cookie. The UI and the
 * codec must therefore be opened under the same host name (127.0.0.1 with 127.0.0.1, not localhost with 127.0.0.1).
 * Cookies are not isolated by port, so the name carries the codec's port and other local services on that host also
 * receive the (HttpOnly) cookie. Sessions live in this process's memory only: a restart signs everyone out.
 */
import { createHash, randomBytes } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { secretMatches } from '../http/credentials';
import { BodyTooLargeError, readBody } from '../http/readBody';

export const SESSION_TTL_MS = 8 * 60 * 60 * 1000;
const MAX_SESSIONS = 1000;
const MAX_LOGIN_BODY_BYTES = 4096;
/** Failed sign-ins allowed per window, for the whole server (behind a proxy every client shares one address). */
const MAX_FAILURES = 10;
const FAILURE_WINDOW_MS = 60_000;

const digest = (value: string) => createHash('sha256').update(value).digest();

export interface SessionStoreOptions {
  token: string;
  cookieName: string;
  ttlMs?: number;
  now?: () => number;
}

export class SessionStore {
  /** sha256(session id) -> expiry (ms); insertion order is creation order. */
  private readonly sessions = new Map<string, number>();
  private failures: number[] = [];
  readonly ttlMs: number;
  private readonly now: () => number;

  constructor(private readonly options: SessionStoreOptions) {
    this.ttlMs = options.ttlMs ?? SESSION_TTL_MS;
    this.now = options.now ?? Date.now;
  }

  get cookieName(): string {
    return this.options.cookieName;
  }

  /** Milliseconds until sign-in is allowed again, or 0. */
  lockedForMs(): number {
    const now = this.now();
    this.failures = this.failures.filter((at) => now - at < FAILURE_WINDOW_MS);
    return this.failures.length >= MAX_FAILURES ? this.failures[0]! + FAILURE_WINDOW_MS - now : 0;
  }

  /** A new session id if the token is right and sign-in is not locked, else undefined; a wrong token counts. */
  signIn(token: string): { id: string; expiresAt: number } | undefined {
    if (this.lockedForMs() > 0) return undefined;
    if (!secretMatches(token, this.options.token)) {
      this.failures.push(this.now());
      return undefined;
    }
    this.sweep();
    while (this.sessions.size >= MAX_SESSIONS) this.sessions.delete(this.sessions.keys().next().value as string);
    const id = randomBytes(32).toString('base64url');
    const expiresAt = this.now() + this.ttlMs;
    this.sessions.set(digest(id).toString('hex'), expiresAt);
    return { id, expiresAt };
  }

  /** Expiry of the first valid session among the request's cookies, or undefined. */
  validSession(req: IncomingMessage): number | undefined {
    for (const id of this.cookieValues(req)) {
      const expiresAt = this.sessions.get(digest(id).toString('hex'));
      if (expiresAt !== undefined && expiresAt > this.now()) return expiresAt;
    }
    return undefined;
  }

  signOut(req: IncomingMessage): void {
    for (const id of this.cookieValues(req)) this.sessions.delete(digest(id).toString('hex'));
  }

  setCookie(res: ServerResponse, id: string): void {
    const maxAge = Math.floor(this.ttlMs / 1000);
    res.setHeader('Set-Cookie', `${this.cookieName}=${id}; Path=/; Max-Age=${maxAge}; HttpOnly; SameSite=Strict`);
  }

  clearCookie(res: ServerResponse): void {
    res.setHeader('Set-Cookie', `${this.cookieName}=; Path=/; Max-Age=0; HttpOnly; SameSite=Strict`);
  }

  private cookieValues(req: IncomingMessage): string[] {
    return (req.headers.cookie ?? '')
      .split(';')
      .map((part) => part.trim().split('='))
      .filter(([name, value]) => name === this.cookieName && value)
      .map(([, value]) => value!);
  }

  private sweep(): void {
    const now = this.now();
    for (const [key, expiresAt] of this.sessions) if (expiresAt <= now) this.sessions.delete(key);
  }
}

/** The token from a form (`token=...`) or JSON (`{"token": "..."}`) body; '' when absent or unreadable. */
export async function readPresentedToken(req: IncomingMessage): Promise<string> {
  let raw: string;
  try {
    raw = (await readBody(req, MAX_LOGIN_BODY_BYTES)).toString('utf8');
  } catch (error) {
    if (error instanceof BodyTooLargeError) return '';
    throw error;
  }
  if ((req.headers['content-type'] ?? '').includes('application/json')) {
    try {
      const token = (JSON.parse(raw) as { token?: unknown } | null)?.token;
      return typeof token === 'string' ? token.trim() : '';
    } catch {
      return '';
    }
  }
  return (new URLSearchParams(raw).get('token') ?? '').trim();
}

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/** The sign-in page: no script, no external asset; `endpoint` is this codec server's URL as the browser sees it. */
export function sessionPage(endpoint: string, state: { expiresAt?: number; error?: string }): string {
  const e = escapeHtml(endpoint);
  const body = state.expiresAt
    ? `<p class="ok">Signed in until ${escapeHtml(new Date(state.expiresAt).toISOString())}.</p>
<p>In the Temporal Web UI open the Codec Server settings, choose <b>Use my browser setting and ignore
Cluster-level setting</b>, enter <code>${e}</code> as the endpoint, tick <b>Include cross-origin credentials</b> and
apply. Open the UI under the same host name as this page.</p>
<form method="post" action="/session/logout"><button type="submit">Sign out</button></form>`
    : `${state.error ? `<p class="err">${escapeHtml(state.error)}</p>` : ''}
<form method="post" action="/session">
<label for="token">Codec server token (CODEC_SERVER_TOKEN)</label><br>
<input id="token" name="token" type="password" autocomplete="off" required autofocus size="48">
<button type="submit">Sign in</button>
</form>`;
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Codec server sign-in</title>
<style>body{font:15px system-ui,sans-serif;max-width:44rem;margin:3rem auto;padding:0 1rem}
.ok{color:#14642d}.err{color:#a4161a}input,button{font:inherit;padding:.3rem .5rem}</style></head>
<body><h1>Payload codec server</h1>
<p>Signing in lets the Temporal Web UI in this browser show decoded payloads until the session expires.</p>
${body}
</body></html>
`;
}

/** Headers for the HTML page: no caching, no framing, nothing loaded from elsewhere. */
export function setPageHeaders(res: ServerResponse): void {
  res.setHeader('Content-Type', 'text/html; charset=utf-8');
  res.setHeader('Cache-Control', 'no-store');
  res.setHeader(
    'Content-Security-Policy',
    "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; frame-ancestors 'none'",
  );
  res.setHeader('X-Frame-Options', 'DENY');
  res.setHeader('Referrer-Policy', 'no-referrer');
}

function reply(res: ServerResponse, status: number, body?: unknown): void {
  res.statusCode = status;
  if (body === undefined) return void res.end();
  res.setHeader('Content-Type', 'application/json');
  res.setHeader('Cache-Control', 'no-store');
  res.end(JSON.stringify(body));
}

/**
 * GET /session (the page), POST /session (token in a form or JSON body -> cookie), POST /session/logout or
 * DELETE /session (forget the session, clear the cookie). A form gets HTML or a 303 back to the page, JSON gets JSON.
 */
export async function handleSessionRoute(
  store: SessionStore,
  req: IncomingMessage,
  res: ServerResponse,
  path: string,
): Promise<void> {
  const fromForm = (req.headers['content-type'] ?? '').includes('application/x-www-form-urlencoded');
  const proto = req.headers['x-forwarded-proto'] === 'https' ? 'https' : 'http';
  const host = /^[A-Za-z0-9.:[\]-]+$/.test(req.headers.host ?? '') ? req.headers.host! : '127.0.0.1';
  const page = (status: number, state: { expiresAt?: number; error?: string }) => {
    setPageHeaders(res);
    res.statusCode = status;
    res.end(sessionPage(`${proto}://${host}`, state));
  };
  const backToPage = () => {
    res.statusCode = 303;
    res.setHeader('Location', '/session');
    res.end();
  };

  if ((path === '/session/logout' && req.method === 'POST') || (path === '/session' && req.method === 'DELETE')) {
    req.resume();
    store.signOut(req);
    store.clearCookie(res);
    return fromForm ? backToPage() : reply(res, 204);
  }
  if (path !== '/session') return reply(res, 404, { error: 'use /session' });
  if (req.method === 'GET') return page(200, { expiresAt: store.validSession(req) });
  if (req.method !== 'POST') return reply(res, 405, { error: 'use GET or POST /session' });

  const lockedMs = store.lockedForMs();
  if (lockedMs > 0) {
    req.resume();
    res.setHeader('Retry-After', String(Math.ceil(lockedMs / 1000)));
    const error = 'too many failed sign-ins; try again later';
    return fromForm ? page(429, { error }) : reply(res, 429, { error });
  }
  const session = store.signIn(await readPresentedToken(req));
  if (!session) {
    const error = 'wrong token';
    return fromForm ? page(401, { error }) : reply(res, 401, { error });
  }
  store.setCookie(res, session.id);
  return fromForm ? backToPage() : reply(res, 200, { expiresAt: new Date(session.expiresAt).toISOString() });
}
