/**
 * A transcript over the byte limit (default GENESYS_TRANSCRIPT_MAX_BYTES) on the real stack: the routing fails at once
 * as TranscriptTooLarge after a single download, and the failure is audited. Before the limit, the activity returned
 * the transcript whole, the SDK refused the completion as PayloadsTooLarge and Temporal retried the download.
 */
import { randomUUID } from 'node:crypto';
import { WorkflowFailedError } from '@temporalio/client';
import { ApplicationFailure } from '@temporalio/common';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { startRouting } from '../client/routing';
import { NON_RETRYABLE_TYPES } from '../contracts/failures';
import { DEFAULT_TRANSCRIPT_MAX_BYTES } from '../contracts/transcript';
import { generateLongDialogue } from '../simulators/genesys/longDialogue';
import { transcriptDocuments } from '../simulators/genesys/payloads';
import type { SimConversation } from '../simulators/genesys/types';
import { startRouterStack, type RouterStack } from './helpers/routerStack';
import { startTemporalServer } from './helpers/temporalServer';

let testEnv: TestWorkflowEnvironment;
let stack: RouterStack;

beforeAll(async () => {
  testEnv = await startTemporalServer();
  stack = await startRouterStack(testEnv);
}, 180_000);

afterAll(async () => {
  await stack?.stop();
  await testEnv?.teardown();
});

it('treats every payload-size rejection of the SDK as final', () => {
  expect(NON_RETRYABLE_TYPES).toEqual(expect.arrayContaining(['PayloadsTooLarge', 'TranscriptTooLarge']));
});

it('fails a 3 MB transcript as TranscriptTooLarge after one download, and audits it', async () => {
  const conversation: SimConversation = {
    id: randomUUID(),
    mediaType: 'voice',
    startTime: '2026-11-22T08:00:00.000Z',
    endTime: '2026-11-22T10:00:00.000Z',
    turns: generateLongDialogue(4_200),
  };
  const documentBytes = Buffer.byteLength(JSON.stringify(transcriptDocuments(conversation)[0]!.document));
  expect(documentBytes).toBeGreaterThan(3_000_000);
  stack.genesys.addConversation(conversation);
  const before = stack.genesys.requests('transcriptDocument');

  const { handle, runId } = await startRouting(stack.client, { interactionId: conversation.id, profile: 'standard' }, stack.taskQueue);
  const err = await stack.run(() => handle.result().then(() => undefined, (e: unknown) => e));

  expect(err).toBeInstanceOf(WorkflowFailedError);
  const cause = (err as WorkflowFailedError).cause as ApplicationFailure;
  expect(cause).toBeInstanceOf(ApplicationFailure);
  expect(cause.type).toBe('TranscriptTooLarge');
  expect(cause.message).toContain(`${documentBytes} bytes`);
  expect(cause.message).toContain(`limit of ${DEFAULT_TRANSCRIPT_MAX_BYTES} bytes`);
  expect(cause.message).not.toContain(conversation.turns[5]!.text.slice(0, 30));
  expect(stack.genesys.requests('transcriptDocument') - before).toBe(1);

  const records = (await stack.dependencies.auditSink.readAll()).filter((r) => r.body.runId === runId);
  expect(records).toHaveLength(1);
  expect(records[0]!.body).toMatchObject({ status: 'failed', reason: 'TranscriptTooLarge', interactionId: conversation.id });
}, 60_000);
