import type { Client } from '@temporalio/client';
import { loadEnv, type Env } from '../config/env';
import { loadModelMatrix, type ModelMatrix } from '../config/modelMatrix';
import { loadPiiRules, type PiiRules } from '../config/piiRules';
import { createDataConverter, loadKeyring } from '../infra/codec';
import { connectClient } from '../infra/temporal/connection';
import { probeTemporalAddress, TemporalUnreachableError } from '../infra/temporal/probe';

/** An unreachable Temporal fails the command within this long, naming the address and the cause. */
const CONNECT_FAIL_FAST_MS = 4000;

export interface CliContextOptions {
  /** Where stage changes go while a command waits; unset = quiet (the default when stderr is not a terminal). */
  progress?: (line: string) => void;
}

/** What commands need, created lazily so `sanitize --help` never dials Temporal. */
export class CliContext {
  private envCache?: Env;
  private clientCache?: Promise<Client>;
  private modelsCache?: ModelMatrix;
  private piiRulesCache?: PiiRules;
  /** Set by a command whose outcome is not success (see ExitCode); the CLI returns it. */
  exitCode?: number;
  /** --json: stdout carries exactly one JSON document (errors included); nothing else is printed. */
  json = false;
  readonly progress?: (line: string) => void;

  constructor(
    private readonly source: NodeJS.ProcessEnv = process.env,
    readonly out: (line: string) => void = lineWriter(process.stdout),
    readonly err: (line: string) => void = lineWriter(process.stderr),
    options: CliContextOptions = { progress: process.stderr.isTTY ? lineWriter(process.stderr) : undefined },
  ) {
    this.progress = options.progress;
  }

  get env(): Env {
    this.envCache ??= loadEnv(this.source);
    return this.envCache;
  }

  piiRules(): PiiRules {
    this.piiRulesCache ??= loadPiiRules(this.env.ROUTER_PII_FILE);
    return this.piiRulesCache;
  }

  models(): ModelMatrix {
    this.modelsCache ??= loadModelMatrix(this.env.ROUTER_MODELS_FILE);
    return this.modelsCache;
  }

  temporal(): Promise<Client> {
    this.clientCache ??= this.connect();
    return this.clientCache;
  }

  /** Fails within about CONNECT_FAIL_FAST_MS naming the address and the cause; the SDK alone waits 10 s per try. */
  private async connect(): Promise<Client> {
    const dataConverter = createDataConverter(loadKeyring(this.env));
    const address = this.env.TEMPORAL_ADDRESS;
    const half = CONNECT_FAIL_FAST_MS / 2;
    await probeTemporalAddress(address, half);
    return connectClient(this.env, dataConverter, { connectTimeoutMs: half }).catch((err: Error) => {
      // A connection failure already says the transport and cause without the API key: keep its reason, not its message.
      const cause = err instanceof TemporalUnreachableError ? err.reason : err.message;
      throw new TemporalUnreachableError(address, `no Temporal frontend answered within ${half} ms (${cause})`);
    });
  }

  async close(): Promise<void> {
    if (this.clientCache) await (await this.clientCache).connection.close();
  }
}

const writers = new Map<NodeJS.WriteStream, (line: string) => void>();

/**
 * Writes lines to a process stream that may be a pipe closed early (`status | head -3`): once the reader is gone
 * (EPIPE) further output is dropped instead of crashing the command with an unhandled 'error' event.
 */
export function lineWriter(stream: NodeJS.WriteStream): (line: string) => void {
  let writer = writers.get(stream);
  if (!writer) {
    let readerGone = false;
    stream.on('error', (err: NodeJS.ErrnoException) => {
      if (err.code !== 'EPIPE') throw err;
      readerGone = true;
    });
    writer = (line) => {
      if (!readerGone) stream.write(`${line}\n`);
    };
    writers.set(stream, writer);
  }
  return writer;
}
