/**
 * The keys of the payload codec. One key encrypts (the active id); every key in the ring decrypts, so a key can be
 * rotated by adding a new id, making it active, and keeping the old one until no history needs it.
 */
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import type { Env } from '../../config/env';
import { ConfigError, describeIssues } from '../../config/errors';

export interface Keyring {
  readonly activeKeyId: string;
  readonly keys: ReadonlyMap<string, Buffer>;
}

/** Key ids travel in clear text in payload metadata: keep them short and plain. */
export const KeyIdSchema = z
  .string()
  .regex(/^[A-Za-z0-9._-]{1,64}$/, 'key id may contain only letters, digits, ".", "_" and "-" (at most 64)');

/** Strict base64 of exactly 32 bytes; the message never repeats the value. */
const Aes256KeySchema = z
  .string()
  .trim()
  .regex(/^[A-Za-z0-9+/]+={0,2}$/, 'must be base64')
  .transform((v) => Buffer.from(v, 'base64'))
  .refine((key) => key.length === 32, 'must be base64 of exactly 32 bytes (AES-256)');

const KeyFileSchema = z
  .record(KeyIdSchema, Aes256KeySchema)
  .refine((keys) => Object.keys(keys).length > 0, 'holds no keys');

export function createKeyring(activeKeyId: string, keys: Record<string, Buffer> | Map<string, Buffer>): Keyring {
  const map = new Map(keys instanceof Map ? keys : Object.entries(keys));
  const id = KeyIdSchema.safeParse(activeKeyId);
  if (!id.success) throw new ConfigError(`PAYLOAD_ENCRYPTION_KEY_ID: ${describeIssues(id.error)}`);
  if (!map.has(activeKeyId))
    throw new ConfigError(`PAYLOAD_ENCRYPTION_KEY_ID: no key with id "${activeKeyId}" is configured`);
  for (const [keyId, key] of map) {
    if (key.length !== 32) throw new ConfigError(`encryption key "${keyId}" must be 32 bytes (AES-256)`);
  }
  return { activeKeyId, keys: map };
}

function parseKeyFile(path: string, readFile: (path: string) => string): Map<string, Buffer> {
  let raw: unknown;
  try {
    raw = JSON.parse(readFile(path));
  } catch (error) {
    const cause = (error as NodeJS.ErrnoException).code ?? 'not valid JSON';
    throw new ConfigError(`PAYLOAD_ENCRYPTION_KEY_FILE: cannot read a JSON key file (${cause})`);
  }
  const parsed = KeyFileSchema.safeParse(raw);
  if (!parsed.success) throw new ConfigError(`PAYLOAD_ENCRYPTION_KEY_FILE: ${describeIssues(parsed.error)}`);
  return new Map(Object.entries(parsed.data));
}

/**
 * Keys from PAYLOAD_ENCRYPTION_KEY (id PAYLOAD_ENCRYPTION_KEY_ID) and/or PAYLOAD_ENCRYPTION_KEY_FILE.
 * Returns undefined when neither is set: encryption is off.
 */
export function loadKeyring(
  env: Pick<Env, 'PAYLOAD_ENCRYPTION_KEY' | 'PAYLOAD_ENCRYPTION_KEY_FILE' | 'PAYLOAD_ENCRYPTION_KEY_ID'>,
  readFile: (path: string) => string = (path) => readFileSync(path, 'utf8'),
): Keyring | undefined {
  if (!env.PAYLOAD_ENCRYPTION_KEY && !env.PAYLOAD_ENCRYPTION_KEY_FILE) return undefined;
  const keys = env.PAYLOAD_ENCRYPTION_KEY_FILE
    ? parseKeyFile(env.PAYLOAD_ENCRYPTION_KEY_FILE, readFile)
    : new Map<string, Buffer>();
  if (env.PAYLOAD_ENCRYPTION_KEY) {
    const key = Aes256KeySchema.safeParse(env.PAYLOAD_ENCRYPTION_KEY);
    if (!key.success) throw new ConfigError(`PAYLOAD_ENCRYPTION_KEY: ${describeIssues(key.error)}`);
    const fromFile = keys.get(env.PAYLOAD_ENCRYPTION_KEY_ID);
    if (fromFile && !fromFile.equals(key.data)) {
      throw new ConfigError(
        `PAYLOAD_ENCRYPTION_KEY: key id "${env.PAYLOAD_ENCRYPTION_KEY_ID}" also names a different key in the key file`,
      );
    }
    keys.set(env.PAYLOAD_ENCRYPTION_KEY_ID, key.data);
  }
  return createKeyring(env.PAYLOAD_ENCRYPTION_KEY_ID, keys);
}
