/**
 * The analytics conversation-details query that discovers ended conversations (reference §3).
 * Pure: the interval is validated here so both the CLI and the simulator agree on what is accepted.
 */
import { z } from 'zod';

export const DISCOVERY_PAGE_SIZE = 100;
export const DISCOVERY_MEDIA_TYPES = ['voice', 'message'] as const;
export type DiscoveryMediaType = (typeof DISCOVERY_MEDIA_TYPES)[number];

const isoDateTime = z.iso.datetime({ offset: true });

/** ISO-8601 `start/end` with explicit date-times (Genesys rejects durations and open ends), start before end. */
export const IsoIntervalSchema = z
  .string()
  .trim()
  .superRefine((value, ctx) => {
    const parts = value.split('/');
    if (parts.length !== 2) {
      ctx.addIssue({
        code: 'custom',
        message: 'must be "<start>/<end>", e.g. 2026-11-20T00:00:00Z/2026-11-21T00:00:00Z',
      });
      return;
    }
    const [start, end] = parts;
    for (const [name, part] of [
      ['start', start],
      ['end', end],
    ] as const) {
      if (!isoDateTime.safeParse(part).success) {
        ctx.addIssue({ code: 'custom', message: `${name} must be an ISO-8601 date-time such as 2026-11-20T00:00:00Z` });
        return;
      }
    }
    if (Date.parse(start) >= Date.parse(end)) ctx.addIssue({ code: 'custom', message: 'start must be before end' });
  });

export function parseIsoInterval(value: string): { start: Date; end: Date; text: string } {
  const text = IsoIntervalSchema.parse(value);
  const [start, end] = text.split('/');
  return { start: new Date(start), end: new Date(end), text };
}

export interface DiscoveryQuery {
  interval: string;
  mediaTypes: DiscoveryMediaType[];
}

/** One page of the details query: ended conversations only, of the requested media types, oldest first. */
export function buildConversationDetailsQuery(query: DiscoveryQuery, pageNumber: number) {
  return {
    interval: query.interval,
    order: 'asc' as const,
    orderBy: 'conversationStart' as const,
    paging: { pageSize: DISCOVERY_PAGE_SIZE, pageNumber },
    conversationFilters: [
      { type: 'and' as const, predicates: [{ dimension: 'conversationEnd', operator: 'exists' as const }] },
    ],
    segmentFilters: [
      {
        type: 'or' as const,
        predicates: query.mediaTypes.map((mediaType) => ({ dimension: 'mediaType', value: mediaType })),
      },
    ],
  };
}
export type ConversationDetailsQuery = ReturnType<typeof buildConversationDetailsQuery>;

/**
 * The analytics interval that finds every conversation that ended in [from, to): the query selects by start,
 * so it reaches `lookbackHours` back; conversations longer than that are outside it (README, known limits).
 */
export function lookbackInterval(from: Date, to: Date, lookbackHours: number): string {
  return `${new Date(from.getTime() - lookbackHours * 3_600_000).toISOString()}/${to.toISOString()}`;
}

/** Ids of the conversations that ended in [from, to), in order of their end; half-open so windows never overlap. */
export function endedWithin(
  conversations: { conversationId: string; conversationEnd: string }[],
  from: Date,
  to: Date,
): string[] {
  return conversations
    .map((c) => ({ id: c.conversationId, end: Date.parse(c.conversationEnd) }))
    .filter(({ end }) => end >= from.getTime() && end < to.getTime())
    .sort((a, b) => a.end - b.end || a.id.localeCompare(b.id))
    .map(({ id }) => id);
}
