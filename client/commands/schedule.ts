/**
 * `schedule create|describe|pause|unpause|trigger`: the Temporal Schedule that runs the discovery workflow, so every
 * ended conversation is routed even when no event arrives (trigger service down, a delivery lost). Overlap policy
 * SKIP, also for a manual trigger: two discovery runs never work at once.
 */
import { ScheduleOverlapPolicy, type Client } from '@temporalio/client';
import type { Command } from 'commander';
import {
  DISCOVERY_SCHEDULE_ID,
  DISCOVERY_WORKFLOW_TYPE,
  DiscoveryResultSchema,
  type DiscoveryInput,
} from '../../contracts/discovery';
import type { discoverConversations } from '../../workflows';
import type { CliContext } from '../context';
import { describeTotals, parseMediaOption } from './routeBatch';
import { UsageError, checkProfile } from './routing';

interface CreateOptions {
  every: string;
  since?: string;
  profile: string;
  media: string;
  settleSeconds: string;
  lookbackHours: string;
}

const UNIT_MS = { s: 1_000, m: 60_000, h: 3_600_000 } as const;

function durationMs(option: string, value: string): number {
  const match = /^(\d+)\s*([smh])$/.exec(value.trim());
  const parsed = match ? Number(match[1]) * UNIT_MS[match[2] as keyof typeof UNIT_MS] : 0;
  if (parsed < 1000) throw new UsageError(`${option}: must be a duration of at least 1s, such as 30s, 5m or 1h`);
  return parsed;
}

const seconds = (msValue: number) => `${Math.round(msValue / 1000)}s`;

function wholeNumber(option: string, value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new UsageError(`${option}: must be a whole number`);
  return n;
}

async function describeSchedule(client: Client, scheduleId: string, ctx: CliContext): Promise<void> {
  const d = await client.schedule.getHandle(scheduleId).describe();
  const every = d.spec.intervals?.map((i) => seconds(Number(i.every))).join(', ') ?? '-';
  const last = d.info.recentActions.at(-1);
  const handle = last && client.workflow.getHandle<typeof discoverConversations>(last.action.workflow.workflowId);
  const lastStatus = handle && (await handle.describe()).status.name;
  const lastResult =
    handle && lastStatus === 'COMPLETED' ? DiscoveryResultSchema.safeParse(await handle.result()).data : undefined;
  if (ctx.json) {
    const { paused, note } = d.state;
    const { numActionsTaken, numActionsSkippedOverlap, nextActionTimes } = d.info;
    const lastRun = last && { workflowId: last.action.workflow.workflowId, status: lastStatus, result: lastResult };
    return ctx.out(
      JSON.stringify({
        scheduleId,
        paused,
        note,
        every,
        overlap: d.policies.overlap,
        nextActionTimes,
        numActionsTaken,
        numActionsSkippedOverlap,
        lastRun,
      }),
    );
  }
  const out = ctx.out;
  out(`schedule   ${d.scheduleId}`);
  out(`state      ${d.state.paused ? 'paused' : 'active'}${d.state.note ? ` (${d.state.note})` : ''}`);
  out(`every      ${every}, overlap ${d.policies.overlap}`);
  out(
    `next runs  ${
      d.info.nextActionTimes
        .slice(0, 3)
        .map((t) => t.toISOString())
        .join(', ') || '-'
    }`,
  );
  out(
    `runs       ${d.info.numActionsTaken} taken, ${d.info.numActionsSkippedOverlap} skipped (a run was still going), ${d.info.runningActions.length} running`,
  );
  if (!last || !lastStatus) return;
  out(`last run   ${last.action.workflow.workflowId} ${lastStatus.toLowerCase()}`);
  if (lastResult) {
    out(`watermark  ${lastResult.watermark} (every conversation that ended before it has a routing)`);
    out(`last run   ${describeTotals(lastResult)}`);
  }
}

export function registerScheduleCommands(program: Command, ctx: CliContext): void {
  const schedule = program
    .command('schedule')
    .description('the Temporal Schedule that discovers ended conversations and routes each once')
    .option('--id <scheduleId>', 'schedule id', DISCOVERY_SCHEDULE_ID);
  const scheduleId = () => schedule.opts<{ id: string }>().id;
  const handle = async () => (await ctx.temporal()).schedule.getHandle(scheduleId());
  const say = (json: object, line: string) => ctx.out(ctx.json ? JSON.stringify(json) : line);

  schedule
    .command('create')
    .description('create the schedule (overlap policy SKIP: never two discovery runs at once)')
    .option('-e, --every <duration>', 'how often discovery runs, e.g. 5m', '5m')
    .option('-s, --since <iso>', 'where the first run starts (default: one interval ago)')
    .option('-p, --profile <name>', 'model matrix profile of the routings it starts', 'standard')
    .option('-m, --media <list>', 'media types to include', 'voice,message')
    .option(
      '--settle-seconds <n>',
      'stop this far short of now: analytics rows appear shortly after a conversation ends',
      '120',
    )
    .option(
      '--lookback-hours <n>',
      'the longest conversation to expect: analytics lists conversations by their start',
      '24',
    )
    .action(async (opts: CreateOptions) => {
      const everyMs = durationMs('--every', opts.every);
      const media = parseMediaOption(opts.media);
      if (opts.since !== undefined && Number.isNaN(Date.parse(opts.since)))
        throw new UsageError('--since: must be an ISO-8601 date-time');
      checkProfile(ctx, opts.profile);
      const input: DiscoveryInput = {
        profile: opts.profile,
        mediaTypes: media,
        since: new Date(opts.since ? Date.parse(opts.since) : Date.now() - everyMs).toISOString(),
        settleSeconds: wholeNumber('--settle-seconds', opts.settleSeconds),
        lookbackHours: Math.max(1, wholeNumber('--lookback-hours', opts.lookbackHours)),
      };
      const client = await ctx.temporal();
      await client.schedule.create({
        scheduleId: scheduleId(),
        spec: { intervals: [{ every: everyMs }] },
        action: {
          type: 'startWorkflow',
          workflowType: DISCOVERY_WORKFLOW_TYPE,
          workflowId: scheduleId(),
          taskQueue: ctx.env.TEMPORAL_TASK_QUEUE,
          args: [input],
        },
        policies: { overlap: ScheduleOverlapPolicy.SKIP, catchupWindow: '1 day' },
      });
      say(
        { scheduleId: scheduleId(), created: true, every: seconds(everyMs), since: input.since, overlap: 'SKIP' },
        `created schedule ${scheduleId()}: discovery every ${seconds(everyMs)} from ${input.since}, overlap SKIP`,
      );
    });

  schedule
    .command('describe')
    .description('state, next runs, and the watermark the last run reached')
    .action(async () => describeSchedule(await ctx.temporal(), scheduleId(), ctx));

  schedule
    .command('pause')
    .option('-n, --note <text>', 'why', 'paused by operator')
    .action(async (opts: { note: string }) => {
      await (await handle()).pause(opts.note);
      say(
        { scheduleId: scheduleId(), paused: true },
        `paused ${scheduleId()}; ended conversations are picked up from the watermark on unpause`,
      );
    });

  schedule
    .command('unpause')
    .option('-n, --note <text>', 'why', 'unpaused by operator')
    .action(async (opts: { note: string }) => {
      await (await handle()).unpause(opts.note);
      say({ scheduleId: scheduleId(), paused: false }, `unpaused ${scheduleId()}`);
    });

  schedule
    .command('trigger')
    .description('run discovery now (skipped if a run is still going)')
    .action(async () => {
      await (await handle()).trigger(ScheduleOverlapPolicy.SKIP);
      say({ scheduleId: scheduleId(), triggered: true }, `triggered ${scheduleId()}`);
    });
}
