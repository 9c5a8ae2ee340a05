/** Runs in a worker thread: the pure sanitizer, on input that crossed the thread boundary by structured clone. */
import type { ModelProfile } from '../../contracts/inference';
import { isRoutingError, type FailureType } from '../../contracts/failures';
import type { SanitizeOutcome } from '../../contracts/results';
import { sanitizeTranscript, type SanitizeOptions, type Turn } from '../../domain/sanitizer';

export interface SanitizeTask {
  messages: Turn[];
  profile: ModelProfile;
  /** Cloneable options: a Buffer key would arrive as a plain Uint8Array, so keys travel as strings. */
  options: SanitizeOptions & { pseudonymKey?: string };
}

/** A typed failure as data: an Error's class does not survive the thread boundary, and retryability hangs on it. */
export type SanitizeTaskResult = { outcome: SanitizeOutcome } | { failure: { type: FailureType; message: string } };

export default function runSanitizeTask(task: SanitizeTask): SanitizeTaskResult {
  try {
    return { outcome: sanitizeTranscript(task.messages, task.profile, task.options) };
  } catch (err) {
    if (isRoutingError(err)) return { failure: { type: err.type, message: err.message } };
    throw err;
  }
}
