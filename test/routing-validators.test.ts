/**
 * The workflow's zod-free checks (contracts/routingValidators.ts) against the zod schemas they stand for: the same
 * verdict, the same output (defaults, trimming, unknown keys dropped) and the same issues, path and message, in the
 * same order, over every combination of a grid of values per field.
 */
import type { z } from 'zod';
import { CancelSignalSchema, ReplaySignalSchema, ReviewSignalSchema, RouteInputSchema } from '../contracts/routing';
import {
  checkCancelSignal,
  checkReplaySignal,
  checkReviewSignal,
  checkRouteInput,
  type Checked,
} from '../contracts/routingValidators';

const ABSENT = Symbol('absent');
type Grid = Record<string, unknown[]>;

/** Every object with one value per field from the grid (ABSENT leaves the key out), plus extra keys and non-objects. */
function inputs(grid: Grid): unknown[] {
  let objects: Record<string, unknown>[] = [{}];
  for (const [key, values] of Object.entries(grid))
    objects = objects.flatMap((o) => values.map((v) => (v === ABSENT ? { ...o } : { ...o, [key]: v })));
  return [
    ...objects,
    ...objects.slice(0, 20).map((o) => ({ ...o, unknownKey: 'dropped' })),
    undefined,
    null,
    'text',
    42,
    true,
    [],
    [{}],
  ];
}

/** Common wrong types for any string field. */
const NOT_STRINGS = [null, 7, true, [], {}];

/**
 * zod's issues as path and message. After a wrong type zod 4 still runs a string's length checks on anything with a
 * length (an array given for a string gets "too small: expected array to have >=1 items" too); the workflow's twin
 * names the wrong type only, so those follow-ups are left out.
 */
function issuesOf(error: z.ZodError): { path: PropertyKey[]; message: string }[] {
  const wrongType = new Set<string>();
  return error.issues.flatMap(({ code, path, message }) => {
    const key = JSON.stringify(path);
    if (wrongType.has(key)) return [];
    if (code === 'invalid_type') wrongType.add(key);
    return [{ path, message }];
  });
}

function expectSameVerdicts<T>(schema: z.ZodType<T>, check: (v: unknown) => Checked<T>, values: unknown[]): void {
  let invalid = 0;
  for (const value of values) {
    const expected = schema.safeParse(value);
    const actual = check(value);
    const label = JSON.stringify(value) ?? String(value);
    expect({ label, success: actual.success }).toEqual({ label, success: expected.success });
    if (expected.success && actual.success) {
      expect(actual.data).toStrictEqual(expected.data);
    } else if (!expected.success && !actual.success) {
      invalid++;
      expect({ label, issues: actual.issues }).toEqual({ label, issues: issuesOf(expected.error) });
    }
  }
  // The grid exercises both sides.
  expect(invalid).toBeGreaterThan(10);
  expect(values.length - invalid).toBeGreaterThan(3);
}

describe('the workflow checks agree with the zod schemas', () => {
  const ids = [
    'conv-1',
    'a',
    'A.b_c:d-9',
    '',
    ' ',
    'a b',
    'é',
    'x'.repeat(128),
    'x'.repeat(129),
    ...NOT_STRINGS,
    ABSENT,
  ];
  const profiles = ['standard', 'gpt-4o_x', '0a', '', 'Standard', '-a', 'a b', undefined, ...NOT_STRINGS, ABSENT];
  const names = ['ops', '', 'x'.repeat(200), 'x'.repeat(201), undefined, null, 3, ABSENT];

  it('route input', () => {
    expectSameVerdicts(
      RouteInputSchema,
      checkRouteInput,
      inputs({ interactionId: ids, profile: profiles, requestedBy: names, replayOf: names }),
    );
  });

  it('cancel signal', () => {
    const reasons = ['because', '', 'x'.repeat(500), 'x'.repeat(501), undefined, ...NOT_STRINGS, ABSENT];
    expectSameVerdicts(CancelSignalSchema, checkCancelSignal, inputs({ reason: reasons }));
  });

  it('replay signal', () => {
    expectSameVerdicts(ReplaySignalSchema, checkReplaySignal, inputs({ profile: profiles, requestedBy: names }));
  });

  it('review signal', () => {
    const decisions = ['release', 'reject', 'Release', '', undefined, ...NOT_STRINGS, ABSENT];
    const operators = ['ana', '  ana  ', ' ', '', '\t\n', 'x'.repeat(200), ` ${'x'.repeat(200)} `, 'x'.repeat(201)];
    expectSameVerdicts(
      ReviewSignalSchema,
      checkReviewSignal,
      inputs({ decision: decisions, operator: [...operators, ...NOT_STRINGS, undefined, ABSENT] }),
    );
  });
});
