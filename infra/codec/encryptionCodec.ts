/**
 * AES-256-GCM PayloadCodec in the style of samples-typescript/encryption: the whole Payload (metadata and data) is
 * serialized as protobuf and encrypted, and the wrapper carries only `encoding: binary/encrypted` and the key id.
 *
 * Layout of `data`: 12-byte random IV | ciphertext | 16-byte GCM tag. The key id is also bound as additional
 * authenticated data, so rewriting the `encryption-key-id` metadata makes decryption fail instead of misreading.
 * Codecs run outside the workflow sandbox, so node:crypto is fine here.
 */
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import type { Payload, PayloadCodec } from '@temporalio/common';
import { temporal } from '@temporalio/proto';
import { PUBLIC_TEXT_PREFIX } from '../../contracts/publicText';
import type { Keyring } from './keyring';

export const ENCRYPTED_ENCODING = 'binary/encrypted';
export const METADATA_ENCODING_KEY = 'encoding';
export const METADATA_KEY_ID = 'encryption-key-id';
const IV_BYTES = 12;
const TAG_BYTES = 16;

const utf8 = (text: string): Uint8Array => Buffer.from(text, 'utf8');
const text = (bytes: Uint8Array | null | undefined): string | undefined =>
  bytes ? Buffer.from(bytes).toString('utf8') : undefined;

/** Raised when a payload cannot be decrypted. Its message names the key id and index, never payload bytes. */
export class PayloadDecryptionError extends Error {
  override name = 'PayloadDecryptionError';
}

export class AesGcmPayloadCodec implements PayloadCodec {
  constructor(private readonly keyring: Keyring) {}

  async encode(payloads: Payload[]): Promise<Payload[]> {
    const keyId = this.keyring.activeKeyId;
    const key = this.keyring.keys.get(keyId) as Buffer; // createKeyring guarantees the active key exists
    return payloads.map((payload) =>
      isPublicText(payload)
        ? payload
        : {
            metadata: { [METADATA_ENCODING_KEY]: utf8(ENCRYPTED_ENCODING), [METADATA_KEY_ID]: utf8(keyId) },
            data: encrypt(temporal.api.common.v1.Payload.encode(payload).finish(), key, keyId),
          },
    );
  }

  async decode(payloads: Payload[]): Promise<Payload[]> {
    return payloads.map((payload, index) => {
      // Payloads written before encryption was switched on stay readable.
      if (text(payload.metadata?.[METADATA_ENCODING_KEY]) !== ENCRYPTED_ENCODING) return payload;
      const keyId = text(payload.metadata?.[METADATA_KEY_ID]);
      if (!keyId) throw new PayloadDecryptionError(`payload ${index} is encrypted but carries no ${METADATA_KEY_ID}`);
      const key = this.keyring.keys.get(keyId);
      if (!key) throw new PayloadDecryptionError(`payload ${index} was encrypted with unknown key id "${keyId}"`);
      const plain = decrypt(payload.data ?? new Uint8Array(), key, keyId, index);
      return temporal.api.common.v1.Payload.decode(plain);
    });
  }
}

const PUBLIC_JSON_PREFIX = JSON.stringify(PUBLIC_TEXT_PREFIX).slice(0, -1); // '"routing · ' without the closing quote

/**
 * Summaries and current details the workflow writes for the Web UI (contracts/publicText.ts): a bare JSON string that
 * starts with the public prefix stays readable without the codec server. Everything else is encrypted.
 */
export function isPublicText(payload: Payload): boolean {
  if (text(payload.metadata?.[METADATA_ENCODING_KEY]) !== 'json/plain') return false;
  const data = text(payload.data);
  return data !== undefined && data.startsWith(PUBLIC_JSON_PREFIX) && data.endsWith('"');
}

function encrypt(plain: Uint8Array, key: Buffer, keyId: string): Uint8Array {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv('aes-256-gcm', key, iv, { authTagLength: TAG_BYTES });
  cipher.setAAD(utf8(keyId));
  const body = Buffer.concat([cipher.update(plain), cipher.final()]);
  return Buffer.concat([iv, body, cipher.getAuthTag()]);
}

function decrypt(data: Uint8Array, key: Buffer, keyId: string, index: number): Uint8Array {
  const bytes = Buffer.from(data);
  if (bytes.length < IV_BYTES + TAG_BYTES)
    throw new PayloadDecryptionError(`payload ${index} is too short to be encrypted data`);
  const decipher = createDecipheriv('aes-256-gcm', key, bytes.subarray(0, IV_BYTES), { authTagLength: TAG_BYTES });
  decipher.setAAD(utf8(keyId));
  decipher.setAuthTag(bytes.subarray(bytes.length - TAG_BYTES));
  try {
    return Buffer.concat([decipher.update(bytes.subarray(IV_BYTES, bytes.length - TAG_BYTES)), decipher.final()]);
  } catch {
    throw new PayloadDecryptionError(
      `payload ${index} failed authentication with key "${keyId}" (tampered or wrong key)`,
    );
  }
}
