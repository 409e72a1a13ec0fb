import { ApolloProvider } from '@apollo/client/react';
import { Suspense, useMemo } from 'react';
import { BrowserRouter } from 'react-router';
import { createApolloClient } from '../lib/apollo';
import { AppRoutes } from './routes';

/** The application: data client, router and routes. */
export function App() {
  // A session that expires mid-use sends the user back to sign-in, then to where they were.
  const client = useMemo(
    () =>
      createApolloClient(window.location.origin, () => {
        if (!window.location.pathname.startsWith('/sign-in')) window.location.assign('/sign-in');
      }),
    [],
  );
  return (
    <ApolloProvider client={client}>
      <BrowserRouter>
        <Suspense fallback={null}>
          <AppRoutes />
        </Suspense>
      </BrowserRouter>
    </ApolloProvider>
  );
}
