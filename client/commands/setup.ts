/**
 * `setup`: registers the router's search attributes on a cluster's namespace. Idempotent: attributes already there
 * with the right type count as done; one there with another type is an error naming it (Temporal cannot retype).
 */
import { temporal } from '@temporalio/proto';
import type { Command } from 'commander';
import { ROUTER_SEARCH_ATTRIBUTES } from '../../contracts/searchAttributes';
import type { CliContext } from '../context';
import { RefusedError } from '../errors';
import { pc } from '../output';

const GRPC_ALREADY_EXISTS = 6;
const { IndexedValueType } = temporal.api.enums.v1;
const INDEXED_TYPES: Record<string, temporal.api.enums.v1.IndexedValueType> = {
  Keyword: IndexedValueType.INDEXED_VALUE_TYPE_KEYWORD,
};

export function registerSetupCommand(program: Command, ctx: CliContext): void {
  program
    .command('setup')
    .description("register the router's search attributes on the namespace (safe to run again)")
    .action(async () => {
      const namespace = ctx.env.TEMPORAL_NAMESPACE;
      const { operatorService } = (await ctx.temporal()).connection;
      const existing = (await operatorService.listSearchAttributes({ namespace })).customAttributes ?? {};
      const added: string[] = [];
      const present: string[] = [];
      const wanted: Record<string, temporal.api.enums.v1.IndexedValueType> = {};
      for (const [name, typeName] of Object.entries(ROUTER_SEARCH_ATTRIBUTES)) {
        const type = INDEXED_TYPES[typeName];
        if (existing[name] === undefined) {
          wanted[name] = type;
          added.push(name);
        } else if (existing[name] === type) {
          present.push(name);
        } else {
          throw new RefusedError(
            `search attribute ${name} exists on namespace "${namespace}" as ${IndexedValueType[existing[name]]}, ` +
              `the router needs ${typeName}: remove it or use another namespace`,
            { namespace, attribute: name },
          );
        }
      }
      if (added.length > 0) {
        await operatorService
          .addSearchAttributes({ namespace, searchAttributes: wanted })
          .catch((err: { code?: number }) => {
            // Another `setup` got there between our list and add: the attributes are registered, which is what we want.
            if (err.code !== GRPC_ALREADY_EXISTS) throw err;
          });
      }
      if (ctx.json) return ctx.out(JSON.stringify({ namespace, added, present }));
      ctx.out(
        added.length > 0
          ? `${pc.green('registered')} ${added.join(', ')} on namespace "${namespace}"`
          : `nothing to do: namespace "${namespace}" already has the router's search attributes`,
      );
      if (added.length > 0 && present.length > 0) ctx.out(pc.dim(`already present: ${present.join(', ')}`));
    });
}
