/**
 * Where a routing's time goes, read from its history: for routings run one at a time, the median gap before each
 * event (the events of every routing line up, the saga's path being the same), plus the client's own start and
 * result. `npm run bench:e2e -- --timeline` prints it.
 */
import type { Client } from '@temporalio/client';
import { temporal } from '@temporalio/proto';
import { workflowIdFor } from '../../contracts/routing';
import { percentile } from './processStats';

const EventType = temporal.api.enums.v1.EventType;

export interface ClientTimes {
  start: number;
  end: number;
}

function millis(time: { seconds?: unknown; nanos?: number | null } | null | undefined): number {
  return Number(time?.seconds ?? 0) * 1000 + (time?.nanos ?? 0) / 1e6;
}

/** Event labels and, per routing, the ms between consecutive points: client start, each event, client result. */
async function gapsOf(client: Client, interactionId: string, times: ClientTimes) {
  const history = await client.workflow.getHandle(workflowIdFor(interactionId)).fetchHistory();
  const events = history.events ?? [];
  const labels = ['client starts the workflow'];
  const points = [times.start];
  for (const event of events) {
    const name = (EventType[event.eventType ?? 0] ?? String(event.eventType)).replace('EVENT_TYPE_', '');
    const detail =
      event.activityTaskScheduledEventAttributes?.activityType?.name ??
      event.markerRecordedEventAttributes?.markerName ??
      '';
    labels.push(`${name} ${detail}`.trim());
    points.push(millis(event.eventTime));
  }
  labels.push('client has the result');
  points.push(times.end);
  return { labels, gaps: points.slice(1).map((p, i) => p - points[i]!) };
}

/** The median and p90 gap before each event, over routings whose histories have the same shape as the first. */
export async function medianTimeline(client: Client, routings: Map<string, ClientTimes>): Promise<string[]> {
  const all = await Promise.all([...routings].map(([id, times]) => gapsOf(client, id, times)));
  const shape = all[0]?.labels.join('|');
  const same = all.filter((r) => r.labels.join('|') === shape);
  if (!same.length) return [];
  let at = 0;
  const lines = [`median gap before each event over ${same.length} routings run one at a time (ms: at, gap, p90 gap)`];
  lines.push(`${'0.0'.padStart(8)} ${''.padStart(7)} ${''.padStart(7)}  ${same[0]!.labels[0]}`);
  same[0]!.labels.slice(1).forEach((label, i) => {
    const column = same.map((r) => r.gaps[i]!).sort((a, b) => a - b);
    const gap = percentile(column, 50);
    at += gap;
    lines.push(
      `${at.toFixed(1).padStart(8)} ${gap.toFixed(1).padStart(7)} ${percentile(column, 90).toFixed(1).padStart(7)}  ${label}`,
    );
  });
  return lines;
}
