import type { ApolloServerPlugin } from '@apollo/server';
import {
  defaultFieldResolver,
  GraphQLError,
  isObjectType,
  Kind,
  type FormattedExecutionResult,
  type FragmentDefinitionNode,
  type GraphQLSchema,
} from 'graphql';
import { operationCost, type ListSizes } from './query-cost.js';

/** What one GraphQL request may cost, take and return. */
export interface RequestLimits {
  maxCost: number;
  listSizes: ListSizes;
  /** Wall-clock budget of one operation's execution; fields resolved after it fail with TIMEOUT. */
  timeoutMs: number;
}

/** Where an operation's deadline (a performance.now() instant) is kept on its context object. */
const DEADLINE = Symbol('graphql-deadline');
type WithDeadline = { [DEADLINE]?: number };

/**
 * Bounds every operation three ways: its cost (lists multiplied by their sizes) is checked before execution;
 * its execution gets a deadline, checked by `withFieldDeadlines` as each resolver-backed field starts
 * (graphql-js cannot be interrupted, but no fetch starts after the deadline); and its response has a size cap
 * (`limitedStringify`, Apollo's one serialisation of the result).
 */
export function requestLimitsPlugin(limits: RequestLimits): ApolloServerPlugin {
  return {
    async requestDidStart() {
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
        async executionDidStart({ contextValue }) {
          (contextValue as WithDeadline)[DEADLINE] = performance.now() + limits.timeoutMs;
        },
      };
    },
  };
}

/**
 * Wraps, once and in place, every field of the schema that has its own resolver with the deadline check of
 * requestLimitsPlugin. Plain property fields (most of a page: ids, texts, offsets) keep graphql-js's default
 * resolver and cost nothing; they cannot fetch, so a request past its deadline still stops at the next
 * resolver. (A plugin `willResolveField` hook would make Apollo wrap and time every field of every response.)
 */
export function withFieldDeadlines(schema: GraphQLSchema, timeoutMs: number): GraphQLSchema {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      const resolve = field.resolve;
      // Nest gives every code-first property its own `rootFieldResolver` (a property read): not a fetch.
      if (!resolve || resolve === defaultFieldResolver || resolve.name === 'rootFieldResolver') continue;
      field.resolve = (source, args, context: WithDeadline | undefined, info) => {
        const deadline = context?.[DEADLINE];
        if (deadline !== undefined && performance.now() > deadline) {
          throw new GraphQLError(`The request took longer than ${timeoutMs} ms.`, { extensions: { code: 'TIMEOUT' } });
        }
        return resolve(source, args, context, info);
      };
    }
  }
  return schema;
}

/**
 * Apollo's `stringifyResult`: serialises the response once and replaces one larger than `maxBytes` by a
 * RESPONSE_TOO_LARGE error (measuring it separately would serialise every response twice).
 */
export function limitedStringify(maxBytes: number): (result: FormattedExecutionResult) => string {
  return (result) => {
    const json = JSON.stringify(result);
    // A UTF-16 unit is at most 3 UTF-8 bytes: most responses are decided without counting.
    if (json.length * 3 <= maxBytes) return json;
    const bytes = Buffer.byteLength(json);
    if (bytes <= maxBytes) return json;
    return JSON.stringify({
      errors: [{ message: `The response is too large (${bytes} bytes); ask for less.`, extensions: { code: 'RESPONSE_TOO_LARGE' } }],
    });
  };
}
