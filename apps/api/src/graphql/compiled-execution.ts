import type { ApolloServerOptionsWithGateway } from '@apollo/server';
import { execute, getVariableValues, GraphQLError, type DocumentNode, type ExecutionResult, type GraphQLSchema } from 'graphql';
import { compileQuery, isCompiledQuery, type CompiledQuery } from 'graphql-jit';

type Gateway = ApolloServerOptionsWithGateway<object>['gateway'];
type GatewayExecutor = NonNullable<Awaited<ReturnType<Gateway['load']>>['executor']>;

/** How many distinct operations keep their compiled form (least recently used ones are dropped). */
const MAX_COMPILED = 500;

/**
 * Runs Apollo's validated queries as JavaScript compiled once per operation (graphql-jit) instead of
 * graphql-js's interpreter, which walks the AST, coerces arguments and checks types again for every field of
 * every row: on a page of 50 articles with 600 sentences that walk was most of the request's CPU.
 *
 * Apollo Server takes an executor only through its gateway interface; this one serves the schema Nest built,
 * so parsing, validation, plugins (limits, cost, read-only tokens), the context and error formatting are
 * Apollo's as before. What changes is only how a validated document is executed:
 * - Only queries are compiled (a compile costs about as much as one run on graphql-js; a page of the web app
 *   runs the same few queries again and again); mutations run on graphql-js, in order, as they always did.
 *   Compiled forms are kept per query hash and operation name, at most MAX_COMPILED of them.
 * - Variables are first coerced by graphql-js (`getVariableValues`), so a bad variable gives graphql-js's
 *   error, message and HTTP 400 exactly as before; compiled code only ever sees variables that coerce.
 * - A document graphql-jit cannot compile runs on graphql-js.
 * Resolvers, the per-request context and loaders, and every authorisation check are the same functions.
 */
export function compiledQueryGateway(schema: GraphQLSchema): Gateway {
  // null: graphql-jit could not compile it (graphql-js runs it). Map order is insertion order: re-inserting
  // an entry on use makes the first key the least recently used.
  const cache = new Map<string, CompiledQuery | null>();
  const compiledFor = (key: string, document: DocumentNode, operationName: string | undefined): CompiledQuery | null => {
    let compiled = cache.get(key);
    if (compiled !== undefined) cache.delete(key);
    else {
      compiled = compile(schema, document, operationName);
      if (cache.size >= MAX_COMPILED) cache.delete(cache.keys().next().value as string);
    }
    cache.set(key, compiled);
    return compiled;
  };

  const executor: GatewayExecutor = async ({ document, operation, request, context, queryHash }) => {
    const operationName = request.operationName ?? undefined;
    const variables = request.variables ?? {};
    const compiled = operation.operation === 'query' ? compiledFor(`${queryHash}:${operationName ?? ''}`, document, operationName) : null;
    if (!compiled) return execute({ schema, document, contextValue: context, variableValues: variables, operationName });
    const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], variables);
    if (coerced.errors) return { errors: coerced.errors };
    const result = (await compiled.query(undefined, context, variables)) as ExecutionResult<Record<string, unknown>>;
    return result.errors ? { ...result, errors: result.errors.map(asGraphqlJsError) } : result;
  };

  let unsubscribed = false;
  let listener: Parameters<Gateway['onSchemaLoadOrUpdate']>[0] | null = null;
  return {
    onSchemaLoadOrUpdate(callback) {
      listener = callback;
      return () => {
        unsubscribed = true;
      };
    },
    async load() {
      if (!unsubscribed) listener?.({ apiSchema: schema, coreSupergraphSdl: '' });
      return { executor };
    },
    async stop() {},
  };
}

/**
 * graphql-jit reports a field's failure with its own GraphQLError lookalike (no `extensions` object unless the
 * thrown error had one, no `nodes`); Apollo's formatting expects graphql-js's. Rebuilt as graphql-js would have
 * built it from the same throw: same message, locations, path, original error and extensions.
 */
function asGraphqlJsError(error: GraphQLError): GraphQLError {
  const rebuilt = new GraphQLError(error.message, {
    path: error.path,
    originalError: error.originalError ?? undefined,
    extensions: error.extensions ?? undefined,
  });
  // graphql-js computes locations from AST nodes, which graphql-jit does not keep; it keeps the locations.
  if (error.locations) Object.defineProperty(rebuilt, 'locations', { value: error.locations, enumerable: true, writable: true });
  return rebuilt;
}

function compile(schema: GraphQLSchema, document: DocumentNode, operationName: string | undefined): CompiledQuery | null {
  try {
    const result = compileQuery(schema, document, operationName);
    return isCompiledQuery(result) ? result : null;
  } catch {
    return null;
  }
}
