/**
 * The `review` injection policy end to end on a dev server: a held routing waits durably with RoutingOutcome
 * `review`, an operator releases it (it dispatches) or rejects it (blocked), a deadline without a decision ends
 * it blocked, and the audit record says what was decided and by whom. Activities are scripted doubles.
 */
import { randomUUID } from 'node:crypto';
import type { Client } from '@temporalio/client';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { runCli } from '../client/cli';
import { CliContext } from '../client/context';
import { ExitCode } from '../client/output';
import { WORKFLOW_TYPE, reviewSignal, statusQuery, workflowIdFor } from '../contracts/routing';
import type { RoutingResult } from '../contracts/routingState';
import { RoutingOutcomeKey, RoutingStageKey } from '../contracts/searchAttributes';
import { profile, report, scriptedActivities, withWorker } from './helpers/scriptedRouting';
import { startTemporalServer } from './helpers/temporalServer';

let testEnv: TestWorkflowEnvironment;
beforeAll(async () => {
  testEnv = await startTemporalServer();
}, 120_000);
afterAll(() => testEnv?.teardown());

/** The scripted routing, its sanitizer holding every transcript for review. */
function heldActivities(reviewTimeoutMinutes?: number) {
  const script = scriptedActivities({});
  const held = { ...profile, injectionPolicy: 'review' as const, reviewTimeoutMinutes };
  const injection = {
    verdict: 'injection' as const,
    score: 0.93,
    families: ['instruction_override'],
    policy: 'review' as const,
  };
  const payload = {
    model: held.modelId,
    temperature: 0.2,
    max_tokens: 512,
    stream: true,
    messages: [{ role: 'user' as const, content: 'hello' }],
  };
  script.activities.sanitizeTranscript = async () => ({
    status: 'review',
    profile: held,
    report: { ...report, injection },
    payload,
    attempt: 1,
  });
  return { activities: script.activities, audits: script.audits, dispatches: script.dispatchKeys };
}

/** The operator's CLI, talking to the test server. */
async function cli(...args: string[]): Promise<{ code: number; out: string[]; err: string[] }> {
  const out: string[] = [];
  const err: string[] = [];
  const ctx = new (class extends CliContext {
    override temporal() {
      return Promise.resolve(testEnv.client);
    }
  })(
    {},
    (l) => out.push(l),
    (l) => err.push(l),
  );
  return { code: await runCli(args, ctx), out, err };
}

/** Polls until `check` holds (a held routing has no event to await from outside). */
async function eventually<T>(probe: () => Promise<T>, check: (value: T) => boolean): Promise<T> {
  for (let i = 0; i < 200; i++) {
    const value = await probe().catch(() => undefined);
    if (value !== undefined && check(value)) return value;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('condition not reached');
}

async function startHeld(client: Client, taskQueue: string) {
  const interactionId = `review-${randomUUID()}`;
  const handle = await client.workflow.start(WORKFLOW_TYPE, {
    taskQueue,
    workflowId: workflowIdFor(interactionId),
    args: [{ interactionId, profile: 'standard' }],
  });
  const status = await eventually(
    () => handle.query(statusQuery),
    (s) => s.stage === 'awaiting_review',
  );
  return { handle, status };
}

describe('review policy', () => {
  it("a held routing's stack trace query answers without frames: workflow promises capture no stacks", async () => {
    const { activities } = heldActivities();
    await withWorker(testEnv, activities, async (client, taskQueue) => {
      const { handle } = await startHeld(client, taskQueue);
      const stack = await handle.query<string>('__stack_trace');
      expect(stack).not.toMatch(/\bat\s/); // with stacks captured, it names the workflow's frames ("at condition …")
      await handle.signal(reviewSignal, { decision: 'reject', operator: 'dana' });
      expect(((await handle.result()) as RoutingResult).finalState).toBe('blocked');
    });
  });

  it('holds the routing with RoutingOutcome review, then dispatches once released; the audit names the operator', async () => {
    const { activities, audits, dispatches } = heldActivities();
    await withWorker(testEnv, activities, async (client, taskQueue) => {
      const { handle, status } = await startHeld(client, taskQueue);
      expect(status.review?.decision).toBeUndefined();
      expect(Date.parse(status.review!.deadline) - Date.parse(status.review!.heldAt)).toBe(24 * 60 * 60_000);
      const described = await eventually(
        () => handle.describe(),
        (d) => d.typedSearchAttributes.get(RoutingOutcomeKey) === 'review',
      );
      expect(described.typedSearchAttributes.get(RoutingStageKey)).toBe('awaiting_review');
      expect(dispatches).toHaveLength(0);

      const listed = await eventually(
        () => cli('--json', 'review', 'list'),
        ({ out }) => out.join('').includes(handle.workflowId),
      );
      const entry = (JSON.parse(listed.out.join('')) as { workflowId: string }[]).find(
        (e) => e.workflowId === handle.workflowId,
      );
      expect(entry).toMatchObject({
        score: 0.93,
        families: ['instruction_override'],
        deadline: status.review!.deadline,
      });
      expect(listed.out.join('\n')).not.toContain('hello'); // the transcript never shows

      expect((await cli('review', 'release', handle.workflowId, '--by', 'dana')).code).toBe(ExitCode.ok);
      const result = (await handle.result()) as RoutingResult;
      expect(result.finalState).toBe('completed');
      expect(dispatches).toHaveLength(1);
      expect(audits[0].review).toMatchObject({ decision: 'released', decidedBy: 'dana' });
      expect((await handle.describe()).typedSearchAttributes.get(RoutingOutcomeKey)).toBe('completed');
      const late = await cli('review', 'reject', handle.workflowId, '--by', 'dana');
      expect(late.code).toBe(ExitCode.usage);
      expect([...late.err, ...late.out].join('\n')).toMatch(/is not waiting for review/);
    });
  });

  it('ends blocked when rejected, without dispatching; an invalid decision is ignored', async () => {
    const { activities, audits, dispatches } = heldActivities();
    await withWorker(testEnv, activities, async (client, taskQueue) => {
      const { handle } = await startHeld(client, taskQueue);
      await handle.signal(reviewSignal, { decision: 'release', operator: '  ' });
      await handle.signal(reviewSignal, { decision: 'reject', operator: 'sam' });
      const result = (await handle.result()) as RoutingResult;
      expect(result.finalState).toBe('blocked');
      expect(result.reason).toBe('prompt injection: instruction_override; review rejected');
      expect(dispatches).toHaveLength(0);
      expect(audits[0].review).toMatchObject({ decision: 'rejected', decidedBy: 'sam' });
    });
  });

  it('ends blocked when nobody decides before the profile deadline', async () => {
    const { activities, audits, dispatches } = heldActivities(0.01);
    await withWorker(testEnv, activities, async (client, taskQueue) => {
      const { handle } = await startHeld(client, taskQueue);
      const result = (await handle.result()) as RoutingResult;
      expect(result.finalState).toBe('blocked');
      expect(result.reason).toMatch(/review expired$/);
      expect(dispatches).toHaveLength(0);
      expect(audits[0].review?.decision).toBe('expired');
      expect(audits[0].review?.decidedBy).toBeUndefined();
    });
  });
});
