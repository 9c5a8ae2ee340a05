import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { historyFromJSON } from '@temporalio/common/lib/proto-utils';
import { temporal } from '@temporalio/proto';
import { Worker } from '@temporalio/worker';
import { routerWorkflowBundle } from './helpers/temporalServer';

const { EventType } = temporal.api.enums.v1;

/** Every saved history of the current deployment version (see fixtures/histories/record.ts) must replay on today's code. */
const dir = path.join(__dirname, 'fixtures', 'histories');
const histories = readdirSync(dir).filter((f) => f.endsWith('.json')).sort();

describe('workflow determinism', () => {
  it('has saved histories to replay', () => {
    expect(histories.length).toBeGreaterThanOrEqual(2);
  });

  it.each(histories)('replays %s without nondeterminism', async (file) => {
    const history = historyFromJSON(JSON.parse(readFileSync(path.join(dir, file), 'utf8')));
    const eventTypes = (history.events ?? []).map((e) => e.eventType);
    expect(eventTypes.length).toBeGreaterThan(10); // a real saga, not an empty file
    // Recorded by the current workflow shape (search attributes upserted as the routing moves), not a stale one.
    expect(eventTypes.filter((t) => t === EventType.EVENT_TYPE_UPSERT_WORKFLOW_SEARCH_ATTRIBUTES).length).toBeGreaterThanOrEqual(3);
    await expect(Worker.runReplayHistory({ workflowBundle: await routerWorkflowBundle() }, history)).resolves.toBeUndefined();
  }, 60_000);

  it('replays the saved history of a discovery backfill (two windows, two starts) without nondeterminism', async () => {
    const file = path.join(dir, 'discovery', 'backfill.json');
    const history = historyFromJSON(JSON.parse(readFileSync(file, 'utf8')));
    const activities = (history.events ?? []).filter((e) => e.eventType === EventType.EVENT_TYPE_ACTIVITY_TASK_SCHEDULED);
    const names = activities.map((e) => e.activityTaskScheduledEventAttributes?.activityType?.name);
    expect(names).toEqual(['findConversationsEndedBetween', 'startDiscoveredRoutings', 'findConversationsEndedBetween', 'startDiscoveredRoutings']);
    await expect(Worker.runReplayHistory({ workflowBundle: await routerWorkflowBundle() }, history)).resolves.toBeUndefined();
  }, 60_000);
});
