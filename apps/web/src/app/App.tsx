import { ApolloProvider } from '@apollo/client/react';
import { useMemo } from 'react';
import { BrowserRouter, Navigate, Route, Routes } from 'react-router';
import { createApolloClient } from '../lib/apollo';
import { LibraryPage } from '../pages/LibraryPage';
import { SignInPage } from '../pages/SignInPage';
import { RequireSession } from './RequireSession';

/** The application shell: data client and routes. */
export function App() {
  const client = useMemo(() => createApolloClient(), []);
  return (
    <ApolloProvider client={client}>
      <BrowserRouter>
        <Routes>
          <Route path="/sign-in" element={<SignInPage />} />
          <Route element={<RequireSession />}>
            <Route path="/" element={<LibraryPage />} />
            <Route path="/w/:workspaceId" element={<LibraryPage />} />
          </Route>
          <Route path="*" element={<Navigate to="/" replace />} />
        </Routes>
      </BrowserRouter>
    </ApolloProvider>
  );
}
