import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { historyFromJSON } from '@temporalio/common/lib/proto-utils';
import { temporal } from '@temporalio/proto';
import { Worker } from '@temporalio/worker';
import { routerWorkflowBundle } from './helpers/temporalServer';

const { EventType } = temporal.api.enums.v1;

/** Every saved history (recorded by fixtures/histories/record.ts, old ones kept) must replay on today's code. */
const dir = path.join(__dirname, 'fixtures', 'histories');
const histories = readdirSync(dir)
  .filter((f) => f.endsWith('.json'))
  .sort();
const load = (file: string) => historyFromJSON(JSON.parse(readFileSync(path.join(dir, file), 'utf8')));
const scheduled = (file: string) =>
  (load(file).events ?? []).flatMap((e) =>
    e.activityTaskScheduledEventAttributes ? [e.activityTaskScheduledEventAttributes.activityType?.name] : [],
  );

describe('workflow determinism', () => {
  it('has histories from before and after the lean-routing patch', () => {
    // Before: the transcript fetched, then sanitized, in two activities. After: one activity, vector sync local.
    expect(scheduled('completed-routing.json')).toEqual([
      'fetchTranscript',
      'sanitizeTranscript',
      'dispatchToGateway',
      'syncToVectorStore',
      'writeAuditRecord',
    ]);
    expect(scheduled('lean-completed-routing.json')).toEqual([
      'fetchAndSanitize',
      'dispatchToGateway',
      'writeAuditRecord',
    ]);
  });

  it.each(histories)(
    'replays %s without nondeterminism',
    async (file) => {
      const history = load(file);
      const eventTypes = (history.events ?? []).map((e) => e.eventType);
      expect(eventTypes.length).toBeGreaterThan(10); // a real saga, not an empty file
      // Recorded by a workflow that upserts search attributes as the routing moves, not a stale one.
      expect(
        eventTypes.filter((t) => t === EventType.EVENT_TYPE_UPSERT_WORKFLOW_SEARCH_ATTRIBUTES).length,
      ).toBeGreaterThanOrEqual(3);
      await expect(
        Worker.runReplayHistory({ workflowBundle: await routerWorkflowBundle() }, history),
      ).resolves.toBeUndefined();
    },
    60_000,
  );

  it('replays the saved history of a discovery backfill (two windows, two starts) without nondeterminism', async () => {
    const file = path.join(dir, 'discovery', 'backfill.json');
    const history = historyFromJSON(JSON.parse(readFileSync(file, 'utf8')));
    const activities = (history.events ?? []).filter(
      (e) => e.eventType === EventType.EVENT_TYPE_ACTIVITY_TASK_SCHEDULED,
    );
    const names = activities.map((e) => e.activityTaskScheduledEventAttributes?.activityType?.name);
    expect(names).toEqual([
      'findConversationsEndedBetween',
      'startDiscoveredRoutings',
      'findConversationsEndedBetween',
      'startDiscoveredRoutings',
    ]);
    await expect(
      Worker.runReplayHistory({ workflowBundle: await routerWorkflowBundle() }, history),
    ).resolves.toBeUndefined();
  }, 60_000);
});
