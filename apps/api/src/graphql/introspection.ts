import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, Kind, visit, type DocumentNode } from 'graphql';
import type { RequestContext } from '../access/request-context.js';

/**
 * In production, anonymous callers may not introspect the schema (`__schema`, `__type`): the sign-in page
 * needs two mutations, not a map of every field. Signed-in callers (the web app's tooling, scripts with a
 * token) still can. `__typename` stays allowed: clients add it everywhere.
 */
export function anonymousIntrospectionPlugin(): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, contextValue }) {
          if (contextValue.viewer || !introspects(document)) return;
          throw new GraphQLError('Introspection needs a signed-in caller.', { extensions: { code: 'FORBIDDEN' } });
        },
      };
    },
  };
}

function introspects(document: DocumentNode): boolean {
  let found = false;
  visit(document, {
    [Kind.FIELD](node) {
      if (node.name.value === '__schema' || node.name.value === '__type') found = true;
    },
  });
  return found;
}
