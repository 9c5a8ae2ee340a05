/** Discovery of ended conversations (analytics details query, all pages) and route-batch over it. */
import { runRouteBatch } from '../client/commands/routeBatch';
import { manyConversations } from './fixtures/genesys/conversations';
import { failureOf, startHarness, type Harness } from './fixtures/genesys/harness';

const INTERVAL = '2026-11-23T00:00:00Z/2026-11-24T00:00:00Z';
/** 230 ended conversations in the interval (three pages), plus ones that must not be found. */
const ended = manyConversations('ended', 230, '2026-11-23T01:00:00.000Z');
const stillActive = manyConversations('active', 3, '2026-11-23T12:00:00.000Z', { endTime: undefined });
const outsideInterval = manyConversations('outside', 4, '2026-11-22T23:00:00.000Z');

let h: Harness | undefined;
afterEach(async () => {
  await h?.sim.close();
  h = undefined;
});

const start = () => startHarness({ conversations: [...ended, ...stillActive, ...outsideInterval] });

describe('findEndedConversations', () => {
  it('returns every ended conversation of the interval exactly once, reading all pages', async () => {
    h = await start();
    const pages: [number, number][] = [];
    const ids = await h.source.findEndedConversations({ interval: INTERVAL, mediaTypes: ['voice', 'message'] }, (p, t) => pages.push([p, t]));

    expect(ids).toHaveLength(230);
    expect(new Set(ids)).toEqual(new Set(ended.map((c) => c.id)));
    expect(pages).toEqual([
      [1, 3],
      [2, 3],
      [3, 3],
    ]);
    expect(h.sim.requests('analyticsQuery')).toBe(3);
  });

  it('filters by media type and treats a page without `conversations` as empty', async () => {
    h = await start();
    const voice = await h.source.findEndedConversations({ interval: INTERVAL, mediaTypes: ['voice'] });
    expect(new Set(voice)).toEqual(new Set(ended.filter((c) => c.mediaType === 'voice').map((c) => c.id)));

    const none = await h.source.findEndedConversations({ interval: '2027-01-01T00:00:00Z/2027-01-02T00:00:00Z', mediaTypes: ['voice'] });
    expect(none).toEqual([]);
  });

  it('rejects a malformed interval before calling Genesys', async () => {
    h = await start();
    const failure = await failureOf(h.source.findEndedConversations({ interval: 'last tuesday', mediaTypes: ['voice'] }));
    expect([failure.type, failure.nonRetryable]).toEqual(['InvalidInput', true]);
    expect(failure.message).toMatch(/^interval:/);
    expect(h.sim.requests('analyticsQuery')).toBe(0);
  });
});

describe('runRouteBatch', () => {
  it('starts exactly one routing per ended conversation, counting attached and failed starts', async () => {
    h = await start();
    const calls: string[] = [];
    const lines: string[] = [];
    const alreadyRouting = new Set([ended[0].id, ended[1].id]);
    const summary = await runRouteBatch(
      {
        source: h.source,
        out: (line) => lines.push(line),
        startRouting: async (interactionId) => {
          calls.push(interactionId);
          if (interactionId === ended[2].id) throw new Error('temporal unavailable');
          return { workflowId: `route-${interactionId}`, attached: alreadyRouting.has(interactionId) };
        },
      },
      { interval: INTERVAL, media: ['voice', 'message'] },
    );

    expect(calls.slice().sort()).toEqual(ended.map((c) => c.id).sort());
    expect(summary).toEqual({ found: 230, started: 227, attached: 2, failed: 1 });
    expect(lines).toContain('  analytics page 3/3 read');
    expect(lines.some((l) => l.startsWith('[3/230] failed') && l.includes('temporal unavailable'))).toBe(true);
    expect(lines.at(-1)).toBe('route-batch: 227 started, 2 attached, 1 failed of 230');
  });

  it('names --interval when the interval is not ISO-8601', async () => {
    h = await start();
    const deps = { source: h.source, out: () => undefined, startRouting: async () => ({ workflowId: 'x', attached: false }) };
    await expect(runRouteBatch(deps, { interval: '2026-11-23', media: ['voice'] })).rejects.toThrow(/^--interval: /);
    await expect(runRouteBatch(deps, { interval: INTERVAL, media: [] })).rejects.toThrow(/^--media: /);
  });

  it('retries discovery after a 429, waiting the server Retry-After', async () => {
    h = await start();
    h.sim.faults.add({ route: 'analyticsQuery', status: 429, retryAfter: 3 });
    const waits: number[] = [];
    const summary = await runRouteBatch(
      {
        source: h.source,
        out: () => undefined,
        sleep: async (ms) => void waits.push(ms),
        startRouting: async (id) => ({ workflowId: `route-${id}`, attached: false }),
      },
      { interval: INTERVAL, media: ['message'] },
    );
    expect(waits).toEqual([3_000]);
    expect(summary.started).toBe(115);
  });
});
