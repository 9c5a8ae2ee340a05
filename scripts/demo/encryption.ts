/**
 * The demo runs with payload encryption on. Unless the operator configured a key, it keeps a demo key
 * and a codec-server token under .data/ (created once, reused so earlier histories stay readable).
 */
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Env } from '../../config/env';
import { loadKeyring, startCodecServer } from '../../infra/codec';

export interface DemoEncryption {
  env: Env;
  codecUrl: string;
  tokenFile: string;
  /** One line telling the operator how the Web UI gets to show decoded payloads. */
  webUiHint: string;
  stop(): Promise<void>;
}

export async function prepareDemoEncryption(env: Env, dataDir: string): Promise<DemoEncryption> {
  mkdirSync(dataDir, { recursive: true });
  const next: Env = { ...env };
  if (!env.PAYLOAD_ENCRYPTION_KEY && !env.PAYLOAD_ENCRYPTION_KEY_FILE) {
    const keyFile = path.join(dataDir, 'demo-keys.json');
    if (!existsSync(keyFile)) writeSecret(keyFile, JSON.stringify({ demo: randomBytes(32).toString('base64') }));
    next.PAYLOAD_ENCRYPTION_KEY_FILE = keyFile;
    next.PAYLOAD_ENCRYPTION_KEY_ID = 'demo';
  }
  const tokenFile = path.join(dataDir, 'codec-token');
  if (!env.CODEC_SERVER_TOKEN && !existsSync(tokenFile)) writeSecret(tokenFile, randomBytes(24).toString('base64url'));
  next.CODEC_SERVER_TOKEN = env.CODEC_SERVER_TOKEN ?? readFileSync(tokenFile, 'utf8').trim();
  const keyring = loadKeyring(next)!;
  const server = await startCodecServer({
    port: next.CODEC_SERVER_PORT,
    keyring,
    token: next.CODEC_SERVER_TOKEN,
    corsOrigin: next.TEMPORAL_UI_URL,
  });
  const token = env.CODEC_SERVER_TOKEN ? 'CODEC_SERVER_TOKEN' : `the token from ${tokenFile}`;
  const webUiHint =
    `open ${server.url}/session and paste ${token}; then in the Web UI's Codec Server settings (glasses icon, top bar) ` +
    `choose "Use my browser setting", endpoint ${server.url}, tick "Include cross-origin credentials" and Apply`;
  return {
    env: next,
    codecUrl: server.url,
    tokenFile: env.CODEC_SERVER_TOKEN ? 'CODEC_SERVER_TOKEN' : tokenFile,
    webUiHint,
    stop: () => server.close(),
  };
}

function writeSecret(file: string, content: string): void {
  writeFileSync(file, `${content}\n`, { mode: 0o600 });
}
