/**
 * Task queue names derived from the workflow's own queue (pure: the workflow and the worker both call it).
 * Dispatch has a queue of its own so long streams, polled by their own worker with their own slots, cannot take
 * every activity slot from fetch, vector sync and compensation.
 */
export const dispatchTaskQueue = (workflowTaskQueue: string): string => `${workflowTaskQueue}-dispatch`;
