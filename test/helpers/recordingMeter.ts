/** A metric meter for activity tests that keeps every observation, so a test can read back what was recorded. */
import type { MetricMeter, MetricTags } from '@temporalio/common';

export interface Observation {
  name: string;
  value: number;
  tags: MetricTags;
}

export function recordingMeter(observations: Observation[]): MetricMeter {
  const instrument = (name: string) => {
    const record = (value: number, tags: MetricTags = {}) => void observations.push({ name, value, tags });
    return { name, add: record, record, set: record, withTags: () => instrument(name) } as never;
  };
  const meter: MetricMeter = {
    createCounter: instrument,
    createHistogram: instrument,
    createGauge: instrument,
    withTags: () => meter,
  } as MetricMeter;
  return meter;
}
