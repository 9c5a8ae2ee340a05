/**
 * The one DataConverter for client, worker and tests. In SDK 1.24 a DataConverter names its failure converter by
 * path (the workflow bundle must load it inside the sandbox), so `failureConverterPath` points at a module exporting
 * `new DefaultFailureConverter({ encodeCommonAttributes: true })`. The codec itself runs outside the sandbox.
 */
import type { DataConverter } from '@temporalio/common';
import { AesGcmPayloadCodec } from './encryptionCodec';
import type { Keyring } from './keyring';

export const FAILURE_CONVERTER_PATH = require.resolve('./failureConverter');

/** Without a keyring, encryption is off and failures keep the SDK's default plain-text conversion. */
export function createDataConverter(keyring?: Keyring): DataConverter {
  if (!keyring) return {};
  return { payloadCodecs: [new AesGcmPayloadCodec(keyring)], failureConverterPath: FAILURE_CONVERTER_PATH };
}
