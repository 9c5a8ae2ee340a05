#!/usr/bin/env node
/**
 * The operator's trigger client: `npm run -s cli -- <command>` or the package bin `genesys-router`.
 * Exit codes: 0 completed/ok, 1 unexpected error, 2 usage or bad input, 3 blocked, 4 failed, 5 cancelled.
 */
import { WorkflowNotFoundError } from '@temporalio/client';
import { Command, CommanderError } from 'commander';
import { ZodError } from 'zod';
import { ConfigError, describeIssues } from '../config/errors';
import { CliContext } from './context';
import { registerOperationsCommands } from './commands/operations';
import { registerRoutingCommands, UsageError } from './commands/routing';
import { registerSanitizeCommand } from './commands/sanitize';
import { ExitCode } from './output';

export function buildProgram(ctx: CliContext): Command {
  const program = new Command('genesys-router')
    .description('Route Genesys Cloud interactions to the LLM gateway through Temporal')
    .showHelpAfterError()
    .exitOverride();
  registerRoutingCommands(program, ctx);
  registerOperationsCommands(program, ctx);
  registerSanitizeCommand(program, {
    models: () => ctx.models(),
    stdout: ctx.out,
    stderr: ctx.err,
    setExitCode: (code) => (ctx.exitCode = code),
  });
  return program;
}

export async function runCli(argv: string[], ctx = new CliContext()): Promise<number> {
  try {
    await buildProgram(ctx).parseAsync(argv, { from: 'user' });
    return ctx.exitCode ?? ExitCode.ok;
  } catch (err) {
    return reportError(err, ctx);
  } finally {
    await ctx.close().catch(() => undefined);
  }
}

function reportError(err: unknown, ctx: CliContext): number {
  if (err instanceof CommanderError) {
    return err.code === 'commander.helpDisplayed' || err.code === 'commander.version' || err.exitCode === 0 ? ExitCode.ok : ExitCode.usage;
  }
  if (err instanceof UsageError || err instanceof ConfigError) {
    ctx.err(err.message);
    return ExitCode.usage;
  }
  if (err instanceof ZodError) {
    ctx.err(`invalid input: ${describeIssues(err)}`);
    return ExitCode.usage;
  }
  if (err instanceof WorkflowNotFoundError) {
    ctx.err(`no routing found: ${err.message}`);
    return ExitCode.usage;
  }
  const message = err instanceof Error ? err.message : String(err);
  if (message.includes('binary/encrypted')) {
    ctx.err(
      'the routing\'s payloads are encrypted and no key is configured: set PAYLOAD_ENCRYPTION_KEY or PAYLOAD_ENCRYPTION_KEY_FILE ' +
        '(for the demo: PAYLOAD_ENCRYPTION_KEY_FILE=.data/demo-keys.json PAYLOAD_ENCRYPTION_KEY_ID=demo)',
    );
    return ExitCode.usage;
  }
  ctx.err(/connect|ECONNREFUSED|Failed to call|transport/i.test(message) ? `cannot reach Temporal: ${message}` : message);
  return ExitCode.error;
}

if (require.main === module) {
  runCli(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
