/** Payload encryption for client and worker: keys, the codec, the DataConverter, and the codec server. */
export { loadKeyring, createKeyring, type Keyring } from './keyring';
export { AesGcmPayloadCodec, PayloadDecryptionError, ENCRYPTED_ENCODING, METADATA_KEY_ID } from './encryptionCodec';
export { createDataConverter, FAILURE_CONVERTER_PATH } from './dataConverter';
export { startCodecServer, type CodecServer, type CodecServerOptions } from './codecServer';
