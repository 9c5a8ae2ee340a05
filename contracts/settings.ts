/**
 * Worker-side settings the workflow needs for its activity options. The workflow cannot read the
 * environment, so it asks the worker once through a local activity; the answer is recorded in history.
 */
export interface RoutingSettings {
  transcriptWaitSeconds: number;
  streamStallSeconds: number;
}
