#!/usr/bin/env node
/**
 * The operator's trigger client: `npm run -s cli -- <command>` or the package bin `genesys-router`.
 * Exit codes: 0 completed/ok, 1 unexpected error, 2 usage, bad input or refused by the routing's state, 3 blocked,
 * 4 failed, 5 cancelled, 6 held for review. `--json` (any command): stdout carries one JSON document, errors included.
 */
import { Command, CommanderError } from 'commander';
import { version } from '../package.json';
import { CliContext } from './context';
import { toErrorReport } from './errors';
import { registerInspectCommands } from './commands/inspect';
import { registerOperationsCommands } from './commands/operations';
import { registerReviewCommands } from './commands/review';
import { registerRoutingCommands } from './commands/routing';
import { registerSanitizeCommand } from './commands/sanitize';
import { registerSetupCommand } from './commands/setup';
import { registerScheduleCommands } from './commands/schedule';
import { ExitCode } from './output';

export function buildProgram(ctx: CliContext): Command {
  const program = new Command('genesys-router')
    .description('Route Genesys Cloud interactions to the LLM gateway through Temporal')
    .version(version, '-V, --version')
    .option('--json', 'print one machine-readable JSON document, errors included as {"error": {...}}')
    .configureHelp({ showGlobalOptions: true })
    .configureOutput({
      writeOut: (text) => ctx.out(text.replace(/\n$/, '')),
      writeErr: (text) => (ctx.json ? undefined : ctx.err(text.replace(/\n$/, ''))),
      // Usage errors are reported once, by runCli, in the chosen format.
      outputError: () => undefined,
    })
    .showHelpAfterError()
    .exitOverride()
    .hook('preAction', (_program, action) => {
      ctx.json = Boolean(action.optsWithGlobals().json);
    });
  registerRoutingCommands(program, ctx);
  registerInspectCommands(program, ctx);
  registerSetupCommand(program, ctx);
  registerOperationsCommands(program, ctx);
  registerReviewCommands(program, ctx);
  registerScheduleCommands(program, ctx);
  registerSanitizeCommand(program, {
    models: () => ctx.models(),
    piiRules: () => ctx.piiRules(),
    stdout: ctx.out,
    // sanitize prints JSON lines; with --json an unreadable line is one more line, an error object.
    stderr: (line) =>
      ctx.json
        ? ctx.out(JSON.stringify({ error: { kind: 'usage', message: line, exitCode: ExitCode.usage } }))
        : ctx.err(line),
    setExitCode: (code) => (ctx.exitCode = code),
  });
  return program;
}

export async function runCli(argv: string[], ctx = new CliContext()): Promise<number> {
  // Known before parsing, so a usage error in a --json invocation is JSON too.
  ctx.json = argv.slice(0, argv.includes('--') ? argv.indexOf('--') : undefined).includes('--json');
  try {
    await buildProgram(ctx).parseAsync(argv, { from: 'user' });
    return ctx.exitCode ?? ExitCode.ok;
  } catch (err) {
    if (err instanceof CommanderError && err.exitCode === 0) return ExitCode.ok; // --help, --version
    // No command given: commander has printed the help (as text) already.
    if (err instanceof CommanderError && err.code === 'commander.help' && !ctx.json) return ExitCode.usage;
    const { kind, message, exitCode, ...details } = toErrorReport(err);
    if (ctx.json) ctx.out(JSON.stringify({ error: { kind, message, exitCode, ...details } }));
    else ctx.err(`error: ${message}`);
    return exitCode;
  } finally {
    await ctx.close().catch(() => undefined);
  }
}

if (require.main === module) {
  void runCli(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
