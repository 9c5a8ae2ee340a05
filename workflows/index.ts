// The worker's workflowsPath: every workflow the task queue serves.
export { routeInteraction } from './routeInteraction';
export { discoverConversations } from './discoverConversations';
