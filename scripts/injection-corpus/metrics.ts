/** Recall, false-positive rate and per-group recall of a screen over labelled messages (ids only in misses). */
export interface LabelledMessage {
  id: string;
  text: string;
  attack: boolean;
  /** What recall is broken down by: attack family, phrasing family, or variant. */
  group: string;
}

export interface ScreenMetrics {
  recall: number;
  falsePositiveRate: number;
  attacks: number;
  benign: number;
  recallByGroup: Record<string, number>;
  /** False-positive rate of each group of benign messages. */
  falsePositiveRateByGroup: Record<string, number>;
  /** Ids (never text) of missed attacks and false alarms. */
  misses: string[];
}

const ratio = (a: number, b: number): number => (b === 0 ? 1 : a / b);

export function screenMetrics(messages: readonly LabelledMessage[], flags: (text: string) => boolean): ScreenMetrics {
  let caught = 0;
  let attacks = 0;
  let falseAlarms = 0;
  const groups: Record<string, { n: number; caught: number }> = {};
  const benignGroups: Record<string, { n: number; flagged: number }> = {};
  const misses: string[] = [];
  for (const m of messages) {
    const flagged = flags(m.text);
    if (m.attack) {
      attacks++;
      const g = (groups[m.group] ??= { n: 0, caught: 0 });
      g.n++;
      if (flagged) {
        caught++;
        g.caught++;
      } else misses.push(`${m.id} missed (${m.group})`);
    } else {
      const g = (benignGroups[m.group] ??= { n: 0, flagged: 0 });
      g.n++;
      if (flagged) {
        g.flagged++;
        falseAlarms++;
        misses.push(`${m.id} false alarm (${m.group})`);
      }
    }
  }
  const benign = messages.length - attacks;
  return {
    recall: ratio(caught, attacks),
    falsePositiveRate: benign === 0 ? 0 : falseAlarms / benign,
    attacks,
    benign,
    recallByGroup: Object.fromEntries(
      Object.entries(groups)
        .sort()
        .map(([k, v]) => [k, ratio(v.caught, v.n)]),
    ),
    falsePositiveRateByGroup: Object.fromEntries(
      Object.entries(benignGroups)
        .sort()
        .map(([k, v]) => [k, v.flagged / v.n]),
    ),
    misses,
  };
}
