/** Heartbeats on a clock (activities/heartbeatClock.ts): none for a short step, the latest details on every tick. */
import { heartbeatClock } from '../activities/heartbeatClock';

describe('heartbeatClock', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it('sends nothing before the first tick, so a step shorter than it sends no heartbeat', () => {
    const sent: unknown[] = [];
    const clock = heartbeatClock({ heartbeat: (d?: unknown) => void sent.push(d) }, { everyMs: 5_000, details: 0 });
    clock.update(1);
    clock.update(2);
    jest.advanceTimersByTime(999);
    clock.stop();
    jest.advanceTimersByTime(60_000);
    expect(sent).toEqual([]);
  });

  it('sends the latest details after a second, then at every interval from the start, and stops when told', () => {
    const sent: unknown[] = [];
    const clock = heartbeatClock({ heartbeat: (d?: unknown) => void sent.push(d) }, { everyMs: 5_000, details: 'a' });
    clock.update('b');
    jest.advanceTimersByTime(1_000);
    expect(sent).toEqual(['b']);
    clock.update('c');
    jest.advanceTimersByTime(3_999);
    expect(sent).toEqual(['b']);
    jest.advanceTimersByTime(1); // 5 s from the start, where the old 5 s timer ticked
    expect(sent).toEqual(['b', 'c']);
    jest.advanceTimersByTime(5_000);
    expect(sent).toEqual(['b', 'c', 'c']);
    clock.stop();
    jest.advanceTimersByTime(60_000);
    expect(sent).toEqual(['b', 'c', 'c']);
  });

  it('a tick shorter than a second is also the first one; now() sends at once and later ticks carry it on', () => {
    const sent: unknown[] = [];
    const clock = heartbeatClock({ heartbeat: (d?: unknown) => void sent.push(d) }, { everyMs: 200 });
    clock.now('checkpoint');
    expect(sent).toEqual(['checkpoint']);
    jest.advanceTimersByTime(200);
    expect(sent).toEqual(['checkpoint', 'checkpoint']);
    clock.stop();
  });
});
