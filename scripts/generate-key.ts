/**
 * `tsx scripts/generate-key.ts [keyId]`: prints a fresh AES-256 key as base64 for PAYLOAD_ENCRYPTION_KEY, or with a
 * key id, a JSON line to merge into the PAYLOAD_ENCRYPTION_KEY_FILE (then set PAYLOAD_ENCRYPTION_KEY_ID to rotate).
 */
import { randomBytes } from 'node:crypto';
import { KeyIdSchema } from '../infra/codec/keyring';

const key = randomBytes(32).toString('base64');
const keyId = process.argv[2];
if (keyId === undefined) {
  console.log(key);
} else {
  const parsed = KeyIdSchema.safeParse(keyId);
  if (!parsed.success) {
    console.error(`key id: ${parsed.error.issues[0]?.message}`);
    process.exit(1);
  }
  console.log(JSON.stringify({ [keyId]: key }));
}
