/**
 * `list` and `setup` on a real Temporal dev server: filtering through the router's typed search attributes, and
 * registering them on a namespace that lacks them.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { Client } from '@temporalio/client';
import { stripVTControlCharacters } from 'node:util';
import { msToTs } from '@temporalio/common/lib/time';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { runCli } from '../client/cli';
import { CliContext } from '../client/context';
import { WORKFLOW_TYPE } from '../contracts/routing';
import {
  InjectionVerdictKey,
  RoutingOutcomeKey,
  RoutingProfileKey,
  RoutingStageKey,
  type RoutingOutcome,
} from '../contracts/searchAttributes';
import { loadEnv } from '../config/env';
import { createDataConverter, loadKeyring } from '../infra/codec';
import { startTemporalServer } from './helpers/temporalServer';

let testEnv: TestWorkflowEnvironment;

beforeAll(async () => {
  testEnv = await startTemporalServer();
  // Registered by our own command (idempotent, so also where the server registered them at start).
  expect((await cli(['setup'])).code).toBe(0);
}, 180_000);

afterAll(async () => {
  await testEnv?.teardown();
});

async function cli(args: string[], namespace = 'default') {
  const out: string[] = [];
  const err: string[] = [];
  const ctx = new CliContext(
    { TEMPORAL_ADDRESS: testEnv.address, TEMPORAL_NAMESPACE: namespace },
    (l) => out.push(stripVTControlCharacters(l)),
    (l) => err.push(stripVTControlCharacters(l)),
    {},
  );
  const code = await runCli(args, ctx);
  return { code, out, err };
}

/**
 * A routing as the workflow leaves it in visibility: started on a task queue nobody polls, with the attributes the
 * workflow upserts and, as `route` starts it, an encrypted memo. The CLI (which has no payload key here) reads only
 * visibility, so this is what it sees of a real routing.
 */
async function seedRouting(outcome: RoutingOutcome, profile = 'standard'): Promise<string> {
  const workflowId = `route-list-${outcome}-${randomUUID()}`;
  const keyring = loadKeyring(loadEnv({ PAYLOAD_ENCRYPTION_KEY: randomBytes(32).toString('base64') }));
  const encrypting = new Client({ connection: testEnv.connection, dataConverter: createDataConverter(keyring) });
  await encrypting.workflow.start(WORKFLOW_TYPE, {
    memo: { profile },
    workflowId,
    taskQueue: `nobody-polls-${randomUUID()}`,
    args: [{ interactionId: workflowId.slice('route-'.length), profile }],
    typedSearchAttributes: [
      { key: RoutingOutcomeKey, value: outcome },
      { key: RoutingProfileKey, value: profile },
      { key: RoutingStageKey, value: 'done' },
      { key: InjectionVerdictKey, value: outcome === 'blocked' ? 'blocked' : 'clean' },
    ],
  });
  return workflowId;
}

/** Visibility is eventually consistent: list until the seeded routings show (bounded). */
async function listUntil(args: string[], seen: (rows: Array<Record<string, string>>) => boolean) {
  for (let attempt = 0; ; attempt++) {
    const run = await cli([...args, '--json']);
    const rows = JSON.parse(run.out[0]) as Array<Record<string, string>>;
    if (seen(rows) || attempt >= 40) return { ...run, rows };
    await new Promise((r) => setTimeout(r, 250));
  }
}

it('lists routings by outcome through the RoutingOutcome search attribute', async () => {
  const blocked = [await seedRouting('blocked'), await seedRouting('blocked', 'complex')];
  const completed = await seedRouting('completed');
  const { code, out, rows } = await listUntil(['list', '--outcome', 'blocked', '--since', '1h'], (r) =>
    blocked.every((id) => r.some((row) => row.workflowId === id)),
  );
  expect(code).toBe(0);
  expect(out).toHaveLength(1);
  expect(rows.map((r) => r.workflowId)).toEqual(expect.arrayContaining(blocked));
  expect(rows.map((r) => r.workflowId)).not.toContain(completed);
  expect(rows.every((r) => r.outcome === 'blocked')).toBe(true);
  expect(rows.find((r) => r.workflowId === blocked[1])).toMatchObject({
    profile: 'complex',
    stage: 'done',
    injectionVerdict: 'blocked',
    temporalStatus: 'RUNNING',
  });

  const table = await cli(['list', '--outcome', 'completed']);
  expect(table.code).toBe(0);
  expect(table.out[0]).toMatch(/^STARTED\s+OUTCOME\s+STAGE\s+PROFILE\s+WORKFLOW ID$/);
  expect(table.out.join('\n')).toContain(completed);
  expect(table.out.join('\n')).not.toContain(blocked[0]);
});

it('lists nothing started after --since', async () => {
  await seedRouting('failed');
  const future = new Date(Date.now() + 3_600_000).toISOString();
  const run = await cli(['list', '--since', future, '--json']);
  expect(run.code).toBe(0);
  expect(JSON.parse(run.out[0])).toEqual([]);
});

it('setup registers the search attributes on a namespace once; list explains what is missing before', async () => {
  const namespace = `setup-${randomUUID().slice(0, 8)}`;
  await testEnv.connection.workflowService.registerNamespace({
    namespace,
    workflowExecutionRetentionPeriod: msToTs('1 day'),
  });

  const before = await cli(['list', '--outcome', 'blocked'], namespace);
  expect(before.code).toBe(2);
  expect(before.err.join('\n')).toMatch(
    /namespace ".*" cannot filter by the router's search attributes .*register them once with `setup`/,
  );

  const first = await cli(['setup', '--json'], namespace);
  expect(first.code).toBe(0);
  expect(JSON.parse(first.out[0])).toEqual({
    namespace,
    added: ['RoutingOutcome', 'RoutingProfile', 'RoutingStage', 'InjectionVerdict'],
    present: [],
  });

  const again = await cli(['setup'], namespace);
  expect(again.code).toBe(0);
  expect(again.out).toEqual([`nothing to do: namespace "${namespace}" already has the router's search attributes`]);

  const after = await cli(['list', '--outcome', 'blocked', '--json'], namespace);
  expect(after.code).toBe(0);
  expect(JSON.parse(after.out[0])).toEqual([]);
});
