/**
 * The router's metrics as the activities record them through the SDK meter: a meter that keeps every observation
 * stands in for the SDK's (the endpoint itself is scraped in worker-production.test.ts).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { MockActivityEnvironment } from '@temporalio/testing';
import { createAuditActivities } from '../activities/audit';
import { JsonlAuditSink } from '../infra/audit';
import { recordSanitization, RouterMetricNames } from '../infra/metrics/routerMetrics';
import { auditEntry } from './auditFixtures';
import { recordingMeter, type Observation } from './helpers/recordingMeter';

/** Our observations of one metric, without the tags the SDK's activity meter adds (activity type, queue, namespace). */
function ofMetric(observations: Observation[], name: string): Observation[] {
  return observations
    .filter((o) => o.name === name)
    .map(({ value, tags: { activityType: _a, namespace: _n, taskQueue: _q, ...tags } }) => ({ name, value, tags }));
}

describe('router metrics', () => {
  let dir: string;
  beforeEach(() => (dir = mkdtempSync(path.join(tmpdir(), 'metrics-'))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('counts a routing once by final state and profile, and the retries of each retried step', async () => {
    const observations: Observation[] = [];
    const { writeAuditRecord } = createAuditActivities(new JsonlAuditSink(path.join(dir, 'audit.jsonl')), [
      'standard',
      'complex',
    ]);
    const at = '2026-01-05T10:00:00.000Z';
    const entry = auditEntry({
      finalState: 'failed',
      steps: {
        fetch: { startedAt: at, attempt: 1 },
        dispatch: { startedAt: at, attempt: 3 },
        audit: { startedAt: at, attempt: 2 },
      },
    });
    const env = () => new MockActivityEnvironment({}, { metricMeter: recordingMeter(observations) });
    await env().run(writeAuditRecord, entry);
    await env().run(writeAuditRecord, entry); // a retried audit step finds its record: nothing counted twice

    expect(ofMetric(observations, RouterMetricNames.routings)).toEqual([
      { name: RouterMetricNames.routings, value: 1, tags: { final_state: 'failed', profile: 'standard' } },
    ]);
    expect(ofMetric(observations, RouterMetricNames.stepRetries)).toEqual([
      { name: RouterMetricNames.stepRetries, value: 2, tags: { step: 'dispatch' } },
      { name: RouterMetricNames.stepRetries, value: 1, tags: { step: 'audit' } },
    ]);
  });

  it('labels a profile outside the model matrix `unknown`, keeping the label set closed', async () => {
    const observations: Observation[] = [];
    const { writeAuditRecord } = createAuditActivities(new JsonlAuditSink(path.join(dir, 'audit.jsonl')), ['standard']);
    await new MockActivityEnvironment({}, { metricMeter: recordingMeter(observations) }).run(
      writeAuditRecord,
      auditEntry({ profile: 'made-up-123' }),
    );
    expect(observations.find((o) => o.name === RouterMetricNames.routings)?.tags.profile).toBe('unknown');
  });

  it('counts PII by type (skipping zeros) and the screening verdict', () => {
    const observations: Observation[] = [];
    const report = auditEntry().sanitization!.report;
    recordSanitization(recordingMeter(observations), 'standard', { ...report, pii: { EMAIL: 1, PHONE: 2, IBAN: 0 } });
    expect(observations).toEqual([
      { name: RouterMetricNames.piiRedactions, value: 1, tags: { pii_type: 'EMAIL', profile: 'standard' } },
      { name: RouterMetricNames.piiRedactions, value: 2, tags: { pii_type: 'PHONE', profile: 'standard' } },
      {
        name: RouterMetricNames.screeningVerdicts,
        value: 1,
        tags: { verdict: 'clean', policy: 'block', profile: 'standard' },
      },
    ]);
  });
});
