/**
 * Vector sync and its compensation. The workflow hands over only sanitized turns and the answer (never the raw
 * transcript), so that is all the store can hold. A failed sync does not fail the routing: the workflow retries it
 * for a bounded time and records `vectorSyncStatus`.
 */
import { Context } from '@temporalio/activity';
import { z } from 'zod';
import { describeIssues } from '../config/errors';
import { InteractionIdSchema } from '../contracts/routing';
import { FailureTypes, routingFailure } from '../contracts/failures';
import type { VectorRemoveResult, VectorSyncResult } from '../contracts/results';
import { buildEmbeddingContext } from '../domain/embedding';
import type { VectorStore } from '../infra/vector';
import { atActivityBoundary } from './failureBoundary';

export const VectorSyncInputSchema = z.object({
  interactionId: InteractionIdSchema,
  context: z.array(z.object({ role: z.string().min(1), content: z.string() })),
  answer: z.string(),
  model: z.string().min(1),
});
export type VectorSyncInput = z.infer<typeof VectorSyncInputSchema>;

function parse<T>(schema: z.ZodType<T>, input: unknown, activity: string): T {
  const parsed = schema.safeParse(input);
  if (!parsed.success) throw routingFailure(FailureTypes.InvalidInput, `${activity}: ${describeIssues(parsed.error)}`);
  return parsed.data;
}

export function createVectorActivities(store: VectorStore) {
  return atActivityBoundary({
    async syncToVectorStore(input: VectorSyncInput): Promise<VectorSyncResult> {
      const { interactionId, context, answer, model } = parse(VectorSyncInputSchema, input, 'syncToVectorStore');
      const { cancellationSignal: signal, log, info } = Context.current();
      const metadata = { turns: context.filter((t) => t.role !== 'system').length, answerChars: answer.length };
      const { entryId } = await store.upsert(
        { interactionId, text: buildEmbeddingContext(context, answer), model, metadata },
        { signal },
      );
      log.info('vector entry upserted', { store: store.kind, turns: metadata.turns });
      return { status: 'synced', entryId, store: store.kind, attempt: info.attempt };
    },

    async removeFromVectorStore(input: { interactionId: string }): Promise<VectorRemoveResult> {
      const { interactionId } = parse(z.object({ interactionId: InteractionIdSchema }), input, 'removeFromVectorStore');
      const { cancellationSignal: signal, log, info } = Context.current();
      const removed = await store.remove(interactionId, { signal });
      log.info('vector entry compensated', { store: store.kind, removed });
      return { removed, attempt: info.attempt };
    },
  });
}
