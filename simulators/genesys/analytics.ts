/**
 * POST /api/v2/analytics/conversations/details/query: the subset of the query language the router uses
 * (conversation and segment filters with matches/exists/notExists), ordering and paging. Bodies are
 * validated like the platform does; an empty page has no `conversations` key at all.
 */
import { z } from 'zod';
import { analyticsConversation } from './payloads';
import type { SimConversation } from './types';

/** The platform's interval: "<ISO start>/<ISO end>", end after start. */
const IsoIntervalSchema = z.string().refine((value) => {
  const [start, end, ...rest] = value.split('/');
  const [from, to] = [Date.parse(start ?? ''), Date.parse(end ?? '')];
  return (
    rest.length === 0 && /^\d{4}-\d{2}-\d{2}T/.test(start ?? '') && /^\d{4}-\d{2}-\d{2}T/.test(end ?? '') && from < to
  );
}, 'interval must be "<start>/<end>" in ISO-8601, end after start');

const PredicateSchema = z.looseObject({
  type: z.literal('dimension').optional(),
  dimension: z.enum(['conversationEnd', 'conversationId', 'mediaType', 'direction', 'purpose']),
  operator: z.enum(['matches', 'exists', 'notExists']).default('matches'),
  value: z.string().optional(),
});
type Predicate = z.infer<typeof PredicateSchema>;
interface Filter {
  type: 'and' | 'or';
  predicates?: Predicate[];
  clauses?: Filter[];
}
const FilterSchema: z.ZodType<Filter> = z.lazy(() =>
  z.looseObject({
    type: z.enum(['and', 'or']),
    predicates: z.array(PredicateSchema).optional(),
    clauses: z.array(FilterSchema).optional(),
  }),
);

export const DetailsQuerySchema = z.looseObject({
  interval: IsoIntervalSchema,
  order: z.enum(['asc', 'desc', 'unordered']).default('asc'),
  orderBy: z.enum(['conversationStart', 'conversationEnd', 'segmentStart', 'segmentEnd']).default('conversationStart'),
  paging: z
    .object({ pageSize: z.number().int().min(1).max(100), pageNumber: z.number().int().min(1) })
    .default({ pageSize: 25, pageNumber: 1 }),
  conversationFilters: z.array(FilterSchema).optional(),
  segmentFilters: z.array(FilterSchema).optional(),
});
export type DetailsQuery = z.infer<typeof DetailsQuerySchema>;

function dimensionValues(c: SimConversation, dimension: Predicate['dimension']): string[] {
  switch (dimension) {
    case 'conversationEnd':
      return c.endTime ? [c.endTime] : [];
    case 'conversationId':
      return [c.id];
    case 'mediaType':
      return [c.mediaType];
    case 'direction':
      return ['inbound'];
    case 'purpose':
      return ['customer', 'acd', 'agent'];
  }
}

function matches(c: SimConversation, filter: Filter): boolean {
  const results = [
    ...(filter.predicates ?? []).map((p) => {
      const values = dimensionValues(c, p.dimension);
      if (p.operator === 'exists') return values.length > 0;
      if (p.operator === 'notExists') return values.length === 0;
      return p.value !== undefined && values.includes(p.value);
    }),
    ...(filter.clauses ?? []).map((clause) => matches(c, clause)),
  ];
  if (results.length === 0) return true;
  return filter.type === 'and' ? results.every(Boolean) : results.some(Boolean);
}

export function runDetailsQuery(conversations: Iterable<SimConversation>, query: DetailsQuery) {
  const [start, end] = query.interval.split('/').map((t) => Date.parse(t));
  const filters = [...(query.conversationFilters ?? []), ...(query.segmentFilters ?? [])];
  const key = (c: SimConversation) =>
    Date.parse(query.orderBy === 'conversationEnd' ? (c.endTime ?? c.startTime) : c.startTime);
  const hits = [...conversations]
    .filter((c) => {
      const started = Date.parse(c.startTime);
      return started >= start && started < end;
    })
    .filter((c) => filters.every((f) => matches(c, f)))
    .sort((a, b) => (query.order === 'desc' ? key(b) - key(a) : key(a) - key(b)) || a.id.localeCompare(b.id));
  const { pageSize, pageNumber } = query.paging;
  const page = hits.slice((pageNumber - 1) * pageSize, pageNumber * pageSize);
  return page.length > 0
    ? { totalHits: hits.length, conversations: page.map(analyticsConversation) }
    : { totalHits: hits.length };
}
