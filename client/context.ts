import type { Client } from '@temporalio/client';
import { loadEnv, type Env } from '../config/env';
import { loadModelMatrix, type ModelMatrix } from '../config/modelMatrix';
import { createDataConverter, loadKeyring } from '../infra/codec';
import { connectClient } from '../infra/temporal/connection';

/** What commands need, created lazily so `sanitize --help` never dials Temporal. */
export class CliContext {
  private envCache?: Env;
  private clientCache?: Promise<Client>;
  private modelsCache?: ModelMatrix;
  /** Set by a command whose outcome is not success (see ExitCode); the CLI returns it. */
  exitCode?: number;

  constructor(
    private readonly source: NodeJS.ProcessEnv = process.env,
    readonly out: (line: string) => void = (line) => process.stdout.write(`${line}\n`),
    readonly err: (line: string) => void = (line) => process.stderr.write(`${line}\n`),
  ) {}

  get env(): Env {
    this.envCache ??= loadEnv(this.source);
    return this.envCache;
  }

  models(): ModelMatrix {
    this.modelsCache ??= loadModelMatrix(this.env.ROUTER_MODELS_FILE);
    return this.modelsCache;
  }

  temporal(): Promise<Client> {
    this.clientCache ??= connectClient(this.env, createDataConverter(loadKeyring(this.env)));
    return this.clientCache;
  }

  async close(): Promise<void> {
    if (this.clientCache) await (await this.clientCache).connection.close();
  }
}
