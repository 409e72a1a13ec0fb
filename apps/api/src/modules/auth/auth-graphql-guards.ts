import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, Kind, type ValidationRule } from 'graphql';
import type { RequestContext } from '../../access/request-context.js';

/** Mutations that create a credential; each costs an argon2 hash and must be throttled one by one. */
const CREDENTIAL_MUTATIONS = new Set(['signUp', 'signIn', 'createApiToken']);

/**
 * Refuses a request that runs more than one credential mutation (aliases: `a: signUp(…) b: signUp(…)`),
 * which would create 20 accounts, or try 20 passwords, in one request and around the per-request throttle.
 */
export const oneCredentialMutationPerRequest: ValidationRule = (context) => {
  let seen = 0;
  return {
    OperationDefinition(node) {
      if (node.operation !== 'mutation') return;
      for (const selection of node.selectionSet.selections) {
        if (selection.kind === Kind.FIELD && CREDENTIAL_MUTATIONS.has(selection.name.value)) seen += 1;
        // Fragments on Mutation could hide more; credential mutations are not allowed in them at all.
        if (selection.kind !== Kind.FIELD) {
          const hidden = context
            .getDocument()
            .definitions.some(
              (d) =>
                d.kind === Kind.FRAGMENT_DEFINITION &&
                d.selectionSet.selections.some((s) => s.kind === Kind.FIELD && CREDENTIAL_MUTATIONS.has(s.name.value)),
            );
          if (hidden) seen += 2;
        }
      }
      if (seen > 1) {
        context.reportError(
          new GraphQLError('Only one signUp, signIn or createApiToken per request.', {
            nodes: [node],
            extensions: { code: 'BAD_USER_INPUT' },
          }),
        );
      }
    },
  };
};

/**
 * A read-only API token may query and subscribe but not mutate: refused as FORBIDDEN before any resolver
 * runs, so no mutation can forget the check.
 */
export function readOnlyTokenPlugin(): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, contextValue }) {
          const viewer = contextValue.viewer;
          if (operation?.operation === 'mutation' && viewer?.via === 'api-token' && !viewer.canWrite) {
            throw new GraphQLError('This API token is read-only; create one with canWrite to change things.', {
              extensions: { code: 'FORBIDDEN' },
            });
          }
        },
      };
    },
  };
}
