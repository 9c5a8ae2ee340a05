/** Discovery of ended conversations (analytics details query, all pages) and the discovery activities over it. */
import { MockActivityEnvironment } from '@temporalio/testing';
import { createDiscoveryActivities } from '../activities/discovery';
import { parseRouteBatchOptions } from '../client/commands/routeBatch';
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
    const ids = await h.source.findEndedConversations(
      { interval: INTERVAL, mediaTypes: ['voice', 'message'] },
      (p, t) => pages.push([p, t]),
    );

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

    const none = await h.source.findEndedConversations({
      interval: '2027-01-01T00:00:00Z/2027-01-02T00:00:00Z',
      mediaTypes: ['voice'],
    });
    expect(none).toEqual([]);
  });

  it('rejects a malformed interval before calling Genesys', async () => {
    h = await start();
    const failure = await failureOf(
      h.source.findEndedConversations({ interval: 'last tuesday', mediaTypes: ['voice'] }),
    );
    expect([failure.type, failure.nonRetryable]).toEqual(['InvalidInput', true]);
    expect(failure.message).toMatch(/^interval:/);
    expect(h.sim.requests('analyticsQuery')).toBe(0);
  });
});

describe('discovery activities', () => {
  const window = {
    from: '2026-11-23T01:00:00.000Z',
    to: '2026-11-23T02:00:00.000Z',
    lookbackHours: 24,
    mediaTypes: ['voice', 'message'] as ('voice' | 'message')[],
  };

  it('finds the conversations that ended in the window, including ones that started before it', async () => {
    h = await start();
    const longCall = {
      ...ended[0],
      id: 'long-call',
      startTime: '2026-11-22T20:00:00.000Z',
      endTime: '2026-11-23T01:10:00.000Z',
    };
    h.sim.addConversation(longCall);
    const activities = createDiscoveryActivities({ genesys: h.source });
    const { interactionIds } = await new MockActivityEnvironment().run<
      [],
      { interactionIds: string[] },
      () => Promise<{ interactionIds: string[] }>
    >(() => activities.findConversationsEndedBetween(window));
    // ended[i] ends at 01:00:30 + i minutes: i = 0..59 end inside the window; the long call ended at 01:10.
    expect(interactionIds.slice().sort()).toEqual([...ended.slice(0, 60).map((c) => c.id), 'long-call'].sort());
    expect(interactionIds.indexOf('long-call')).toBe(10); // ordered by end: after ended[9] (01:09:30)
  });

  it('a retried start batch resumes after the starts its heartbeats recorded', async () => {
    h = await start();
    const starts: string[] = [];
    const activities = createDiscoveryActivities({
      genesys: h.source,
      startRouting: async (id) => {
        starts.push(id);
        return { workflowId: `route-${id}`, outcome: 'started' };
      },
    });
    const earlier = [{ interactionId: 'a', workflowId: 'route-a', outcome: 'started' }];
    const env = new MockActivityEnvironment({ attempt: 2, heartbeatDetails: { outcomes: earlier } });
    const { outcomes } = await env.run<
      [],
      Awaited<ReturnType<typeof activities.startDiscoveredRoutings>>,
      () => ReturnType<typeof activities.startDiscoveredRoutings>
    >(() => activities.startDiscoveredRoutings({ interactionIds: ['a', 'b', 'bad id!'], profile: 'standard' }));
    expect(starts).toEqual(['b']);
    expect(outcomes.map((o) => o.outcome)).toEqual(['started', 'started', 'invalid']);
  });

  it('names --interval and --media of route-batch before anything is dialled', () => {
    expect(() => parseRouteBatchOptions({ interval: '2026-11-23', media: ['voice'] })).toThrow(/^--interval: /);
    expect(() => parseRouteBatchOptions({ interval: INTERVAL, media: [] })).toThrow(/^--media: /);
  });
});
