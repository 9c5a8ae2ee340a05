import { readFileSync } from 'node:fs';
import path from 'node:path';
import { historyFromJSON } from '@temporalio/common/lib/proto-utils';
import { temporal } from '@temporalio/proto';
import { Worker } from '@temporalio/worker';
import { routerWorkflowBundle } from './helpers/temporalServer';

const { EventType } = temporal.api.enums.v1;

describe('workflow determinism', () => {
  it('replays the saved history of a completed routing without nondeterminism', async () => {
    const file = path.join(__dirname, 'fixtures', 'histories', 'completed-routing.json');
    const history = historyFromJSON(JSON.parse(readFileSync(file, 'utf8')));
    const eventTypes = (history.events ?? []).map((e) => e.eventType);
    expect(eventTypes.length).toBeGreaterThan(10); // a real saga, not an empty file
    // Recorded by the current workflow shape (search attributes upserted as the routing moves), not a stale one.
    expect(eventTypes.filter((t) => t === EventType.EVENT_TYPE_UPSERT_WORKFLOW_SEARCH_ATTRIBUTES).length).toBeGreaterThanOrEqual(5);
    await expect(Worker.runReplayHistory({ workflowBundle: await routerWorkflowBundle() }, history)).resolves.toBeUndefined();
  }, 60_000);
});
