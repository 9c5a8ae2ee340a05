/**
 * Loaded by path (DataConverter.failureConverterPath) both in the worker and inside the workflow bundle, so it may
 * import only sandbox-safe code. Encoding common attributes moves failure messages and stack traces into a payload,
 * which the encryption codec then encrypts like any other.
 */
import { DefaultFailureConverter } from '@temporalio/common';

export const failureConverter = new DefaultFailureConverter({ encodeCommonAttributes: true });
