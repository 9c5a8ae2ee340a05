import picocolors from 'picocolors';
import type { RoutingResult, RoutingStatus } from '../contracts/routingState';

/**
 * Colours only where a person reads them: stdout is a terminal and NO_COLOR is unset (FORCE_COLOR forces them).
 * picocolors alone also colours whenever CI is set, which puts escape codes into piped output.
 */
export const pc = picocolors.createColors(
  !process.env.NO_COLOR && (Boolean(process.env.FORCE_COLOR) || process.stdout.isTTY === true),
);

/** Exit codes an operator's script can branch on. */
export const ExitCode = {
  ok: 0,
  error: 1,
  usage: 2,
  blocked: 3,
  failed: 4,
  cancelled: 5,
  review: 6,
} as const;

/** The exit code of a routing's outcome (completed, blocked, review, failed, cancelled); anything else is an error. */
export function exitCodeFor(state: string): number {
  const codes: Record<string, number> = {
    completed: ExitCode.ok,
    blocked: ExitCode.blocked,
    review: ExitCode.review,
    failed: ExitCode.failed,
    cancelled: ExitCode.cancelled,
  };
  return codes[state] ?? ExitCode.error;
}

export function webUiLink(uiBase: string, namespace: string, workflowId: string, runId?: string): string {
  const base = `${uiBase.replace(/\/$/, '')}/namespaces/${encodeURIComponent(namespace)}/workflows/${encodeURIComponent(workflowId)}`;
  return runId ? `${base}/${encodeURIComponent(runId)}/history` : base;
}

export function paintState(state: string): string {
  if (state === 'completed') return pc.green(state);
  if (state === 'blocked' || state === 'review' || state === 'cancelled') return pc.yellow(state);
  if (state === 'failed') return pc.red(state);
  return pc.cyan(state);
}

export function formatResult(result: RoutingResult): string[] {
  const lines = [
    `${pc.bold('state')}      ${paintState(result.finalState)}${result.reason ? ` (${result.reason})` : ''}`,
  ];
  if (result.answer !== undefined) lines.push(`${pc.bold('answer')}     ${oneLine(result.answer, 160)}`);
  const d = result.dispatches.at(-1);
  if (d?.metrics) {
    const m = d.metrics;
    lines.push(
      `${pc.bold('model')}      ${d.model}   ${pc.bold('tokens')} ${m.usage.prompt_tokens} in / ${m.usage.completion_tokens} out (${m.usage.source})`,
      `${pc.bold('latency')}    ${m.latencyMs} ms (first token ${m.timeToFirstTokenMs ?? '-'} ms, attempt ${d.attempt ?? '-'})`,
      `${pc.bold('cost')}       ${formatCost(m.cost)}   ${pc.bold('request id')} ${m.requestId ?? '-'}`,
    );
  }
  // The models the last dispatch fell back from, in order, each with the refusal that moved it on.
  let firstOfChain = result.dispatches.length - 1;
  while (firstOfChain > 0 && result.dispatches[firstOfChain]!.trigger === 'fallback') firstOfChain--;
  const chain = result.dispatches.slice(Math.max(firstOfChain, 0));
  if (chain.length > 1) {
    const hops = chain
      .map((x) => (x.outcome === 'failed' ? `${x.model} (${x.failure ?? 'failed'})` : x.model))
      .join(' -> ');
    lines.push(`${pc.bold('fallback')}   ${hops}`);
  }
  if (result.sanitization) {
    const r = result.sanitization.report;
    const pii =
      Object.entries(r.pii)
        .filter(([, n]) => n > 0)
        .map(([t, n]) => `${t} ${n}`)
        .join(', ') || 'none';
    lines.push(
      `${pc.bold('redacted')}   ${pii}`,
      `${pc.bold('injection')}  ${r.injection.verdict}${r.injection.families.length ? ` [${r.injection.families.join(', ')}]` : ''} (score ${r.injection.score})`,
      `${pc.bold('context')}    ${r.tokens.before} -> ${r.tokens.after} tokens, ${r.turnsDropped} turns dropped`,
    );
    if (r.guard) {
      const kept = r.guard.decided ? '' : ', local verdict kept';
      lines.splice(
        -1,
        0,
        `${pc.bold('guard')}      ${r.guard.model}: ${r.guard.verdict} (${r.guard.latencyMs} ms${kept})`,
      );
    }
  }
  lines.push(
    `${pc.bold('vector')}     ${result.vectorSyncStatus}   ${pc.bold('dispatches')} ${result.dispatches.length}`,
  );
  return lines;
}

export function formatStatus(status: RoutingStatus): string[] {
  const lines = [
    `${pc.bold('stage')}      ${paintState(status.finalState ?? status.stage)}${status.reason ? ` (${status.reason})` : ''}`,
    `${pc.bold('profile')}    ${status.profile}   ${pc.bold('dispatches')} ${status.dispatches.length}   ${pc.bold('pending replays')} ${status.pendingReplays}`,
  ];
  for (const [step, progress] of Object.entries(status.steps)) {
    lines.push(
      `  ${step.padEnd(11)} ${progress?.durationMs !== undefined ? `${progress.durationMs} ms` : 'running'}${progress?.attempt ? `, attempt ${progress.attempt}` : ''}`,
    );
  }
  return lines;
}

/** "$0.000285 (gateway)": enough digits for one request's fraction of a cent. */
export function formatCost(cost: { usd: number; source: string } | undefined): string {
  if (!cost) return 'unknown (no gateway figure, no price in the model matrix)';
  return `$${cost.usd.toFixed(cost.usd >= 0.01 ? 4 : 6)} (${cost.source})`;
}

function oneLine(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}
