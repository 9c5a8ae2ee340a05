/**
 * The routing upserts RoutingOutcome, RoutingProfile, RoutingStage and InjectionVerdict. On a namespace without them
 * the server rejects the upsert and the routing's workflow task fails over and over, which shows in the Web UI only
 * as a stuck routing. The worker checks at start instead and names the fix.
 */
import type { Connection } from '@temporalio/client';
import { ROUTER_SEARCH_ATTRIBUTES } from '../../contracts/searchAttributes';

export async function missingSearchAttributes(connection: Connection, namespace: string): Promise<string[]> {
  const { customAttributes } = await connection.operatorService.listSearchAttributes({ namespace });
  const registered = customAttributes ?? {};
  return Object.keys(ROUTER_SEARCH_ATTRIBUTES).filter((name) => registered[name] === undefined);
}

export function describeMissingSearchAttributes(missing: string[], namespace: string): string {
  const commands = missing.map(
    (name) => `temporal operator search-attribute create --namespace ${namespace} --name ${name} --type Keyword`,
  );
  return `namespace "${namespace}" lacks the search attributes ${missing.join(', ')} that routings upsert; register them once (\`npm run -s cli -- setup\`, or ${commands.join('; ')})`;
}
