/**
 * Every way a CLI command can fail, as one report: a kind a script can branch on, the exit code and a message that
 * names the field or the cause. Printed as text on stderr, or as `{"error": {...}}` on stdout with --json.
 */
import { WorkflowNotFoundError } from '@temporalio/client';
import { CommanderError } from 'commander';
import { ZodError } from 'zod';
import { ConfigError, describeIssues } from '../config/errors';
import { AuditSinkError } from '../infra/audit';
import { TemporalUnreachableError } from '../infra/temporal/probe';
import { ExitCode } from './output';

export type ErrorKind =
  | 'usage'
  | 'config'
  | 'not_found'
  | 'refused'
  | 'unreachable'
  | 'payload_key'
  | 'search_attributes'
  | 'audit_missing'
  | 'audit_unreachable'
  | 'unexpected';

export interface ErrorReport {
  kind: ErrorKind;
  message: string;
  exitCode: number;
  [detail: string]: unknown;
}

/** A bad option or argument: exit 2, message names the option. */
export class UsageError extends Error {
  override name = 'UsageError';
}

/**
 * The routing's state refuses the request (already routed, already finished, too late to cancel): exit 2, with the
 * routing's real state in the details.
 */
export class RefusedError extends Error {
  override name = 'RefusedError';
  constructor(
    message: string,
    readonly details: Record<string, unknown>,
  ) {
    super(message);
  }
}

/** The namespace lacks the router's search attributes: `setup` registers them. */
export class SearchAttributesMissingError extends Error {
  override name = 'SearchAttributesMissingError';
}

export function toErrorReport(err: unknown): ErrorReport {
  if (err instanceof CommanderError) {
    const message =
      err.code === 'commander.help' ? 'no command given (see --help)' : err.message.replace(/^error: /, '');
    return { kind: 'usage', exitCode: ExitCode.usage, message };
  }
  if (err instanceof UsageError) return { kind: 'usage', exitCode: ExitCode.usage, message: err.message };
  if (err instanceof ConfigError) return { kind: 'config', exitCode: ExitCode.usage, message: err.message };
  if (err instanceof ZodError) {
    return { kind: 'usage', exitCode: ExitCode.usage, message: `invalid input: ${describeIssues(err)}` };
  }
  if (err instanceof RefusedError)
    return { kind: 'refused', exitCode: ExitCode.usage, message: err.message, ...err.details };
  if (err instanceof WorkflowNotFoundError) {
    return {
      kind: 'not_found',
      exitCode: ExitCode.usage,
      message: `no routing found: ${err.message}`,
      workflowId: err.workflowId,
    };
  }
  if (err instanceof TemporalUnreachableError) {
    return {
      kind: 'unreachable',
      exitCode: ExitCode.error,
      message: err.message,
      address: err.address,
      cause: err.reason,
    };
  }
  if (err instanceof AuditSinkError) {
    // Not Temporal's fault: the message names the file or the database (a missing file is bad input).
    const missing = err.problem === 'missing';
    return {
      kind: missing ? 'audit_missing' : 'audit_unreachable',
      exitCode: missing ? ExitCode.usage : ExitCode.error,
      message: err.message,
    };
  }
  if (err instanceof SearchAttributesMissingError) {
    return { kind: 'search_attributes', exitCode: ExitCode.usage, message: err.message };
  }
  const message = err instanceof Error ? err.message : String(err);
  if (message.includes('binary/encrypted')) {
    return {
      kind: 'payload_key',
      exitCode: ExitCode.usage,
      message:
        "the routing's payloads are encrypted and no key is configured: set PAYLOAD_ENCRYPTION_KEY or " +
        'PAYLOAD_ENCRYPTION_KEY_FILE (for the demo: PAYLOAD_ENCRYPTION_KEY_FILE=.data/demo-keys.json PAYLOAD_ENCRYPTION_KEY_ID=demo)',
    };
  }
  return { kind: 'unexpected', exitCode: ExitCode.error, message };
}
