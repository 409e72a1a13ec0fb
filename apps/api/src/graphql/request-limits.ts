import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, Kind, type FragmentDefinitionNode } from 'graphql';
import { operationCost, type ListSizes } from './query-cost.js';

/** What one GraphQL request may cost, take and return. */
export interface RequestLimits {
  maxCost: number;
  listSizes: ListSizes;
  /** Wall-clock budget of one operation's execution; fields resolved after it fail with TIMEOUT. */
  timeoutMs: number;
  /** Largest JSON response sent; a bigger one is replaced by a RESPONSE_TOO_LARGE error. */
  maxResponseBytes: number;
}

/**
 * Bounds every operation three ways: its cost (lists multiplied by their sizes) is checked before execution;
 * its execution has a deadline checked as each field resolves (graphql-js cannot be interrupted, but no
 * field starts after the deadline, so a slow request stops fetching); and its response has a size cap.
 */
export function requestLimitsPlugin(limits: RequestLimits): ApolloServerPlugin {
  return {
    async requestDidStart() {
      let deadline = Number.POSITIVE_INFINITY;
      return {
        async didResolveOperation({ document, operation, schema, request }) {
          if (!operation) return;
          const root =
            operation.operation === 'query'
              ? schema.getQueryType()
              : operation.operation === 'mutation'
                ? schema.getMutationType()
                : schema.getSubscriptionType();
          if (!root) return;
          const fragments: Record<string, FragmentDefinitionNode> = {};
          for (const d of document.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments[d.name.value] = d;
          const cost = operationCost(schema, root, operation.selectionSet, fragments, request.variables ?? {}, limits.listSizes);
          if (cost > limits.maxCost) {
            throw new GraphQLError(`The query is too expensive (cost ${cost} > ${limits.maxCost}); ask for fewer or smaller lists.`, {
              extensions: { code: 'QUERY_TOO_EXPENSIVE', cost, maxCost: limits.maxCost },
            });
          }
        },
        async executionDidStart() {
          deadline = performance.now() + limits.timeoutMs;
          return {
            willResolveField() {
              if (performance.now() > deadline) {
                throw new GraphQLError(`The request took longer than ${limits.timeoutMs} ms.`, { extensions: { code: 'TIMEOUT' } });
              }
            },
          };
        },
        async willSendResponse({ response }) {
          if (response.body.kind !== 'single') return;
          const bytes = Buffer.byteLength(JSON.stringify(response.body.singleResult));
          if (bytes <= limits.maxResponseBytes) return;
          response.body.singleResult = {
            errors: [{ message: `The response is too large (${bytes} bytes); ask for less.`, extensions: { code: 'RESPONSE_TOO_LARGE' } }],
          };
        },
      };
    },
  };
}
