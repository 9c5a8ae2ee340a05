// The worker's workflowsPath: every workflow the task queue serves.
import type { DiscoveryInput, DiscoveryResult } from '../contracts/discovery';

export { routeInteraction } from './routeInteraction';

/**
 * Loaded on its first call: in the SDK's reused V8 context every workflow run evaluates its own copy of the modules it
 * reaches, and a routing would otherwise build zod and the discovery schemas it never uses (about 7 ms of CPU each).
 */
export async function discoverConversations(rawInput: DiscoveryInput = {}): Promise<DiscoveryResult> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- a lazy load, resolved by the bundler
  const discovery = require('./discoverConversations') as typeof import('./discoverConversations');
  return discovery.discoverConversations(rawInput);
}
