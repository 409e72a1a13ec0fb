import { ApolloClient, ApolloLink, HttpLink, InMemoryCache, split } from '@apollo/client';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { ErrorLink } from '@apollo/client/link/error';
import { GraphQLWsLink } from '@apollo/client/link/subscriptions';
import { getMainDefinition, relayStylePagination } from '@apollo/client/utilities';
import { createClient } from 'graphql-ws';
import { rememberSession } from './session';

/** Called when the API says the session is gone; the app sends the user back to sign-in. */
export type OnSessionExpired = () => void;

function sessionLink(onExpired: OnSessionExpired): ApolloLink {
  return new ErrorLink(({ error, operation }) => {
    if (operation.operationName === 'SignIn' || operation.operationName === 'SignUp') return;
    if (CombinedGraphQLErrors.is(error) && error.errors.some((e) => e.extensions?.code === 'UNAUTHENTICATED')) {
      rememberSession(false);
      onExpired();
    }
  });
}

/** Creates the app's Apollo Client: HTTP for queries and mutations, graphql-ws for subscriptions. */
export function createApolloClient(origin = window.location.origin, onExpired: OnSessionExpired = () => {}) {
  const http = new HttpLink({
    uri: `${origin}/graphql`,
    // The HttpOnly session cookie goes with every same-origin request; no token is handled in script.
    credentials: 'same-origin',
  });
  const ws = new GraphQLWsLink(
    createClient({
      // The browser sends the session cookie on the upgrade (same origin); the server checks the Origin.
      url: `${origin.replace(/^http/, 'ws')}/graphql`,
      lazy: true,
    }),
  );
  const transport = split(
    ({ query }) => {
      const def = getMainDefinition(query);
      return def.kind === 'OperationDefinition' && def.operation === 'subscription';
    },
    ws,
    http,
  );
  return new ApolloClient({
    link: ApolloLink.from([sessionLink(onExpired), transport]),
    cache: new InMemoryCache({
      typePolicies: {
        Query: { fields: { articles: relayStylePagination(['workspaceId', 'search']) } },
        // Articles of a comparison carry their segments; both are immutable once imported.
        Segment: { keyFields: ['id'] },
      },
    }),
  });
}
