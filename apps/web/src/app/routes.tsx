import { useApolloClient } from '@apollo/client/react';
import { lazy, useMemo } from 'react';
import { Navigate, Route, Routes, useParams } from 'react-router';
import { prefetchComparison } from '../features/comparison/prefetch-comparison';
import { SignInPage } from '../pages/sign-in-page';
import { AppShell } from './app-shell';
import { HomeRedirect } from './home-redirect';
import { RequireSession } from './require-session';

// Every signed-in page is its own chunk: the sign-in page ships without them, and the comparison
// workspace (Yjs, the diff engine) loads only when a comparison is opened.
const named = <K extends string>(load: () => Promise<Record<K, React.ComponentType>>, name: K) =>
  lazy(() => load().then((m) => ({ default: m[name] })));
const SignUpPage = named(() => import('../pages/sign-up-page'), 'SignUpPage');
const LibraryPage = named(() => import('../pages/library-page'), 'LibraryPage');
const ArticlePage = named(() => import('../pages/article-page'), 'ArticlePage');
const ComparisonsPage = named(() => import('../pages/comparisons-page'), 'ComparisonsPage');
const ComparisonPage = named(() => import('../pages/comparison-page'), 'ComparisonPage');
const ThreadsPage = named(() => import('../pages/threads-page'), 'ThreadsPage');
const ThreadPage = named(() => import('../pages/thread-page'), 'ThreadPage');
const MembersPage = named(() => import('../pages/members-page'), 'MembersPage');
const TokensPage = named(() => import('../pages/tokens-page'), 'TokensPage');

/** A comparison's route: starts its large queries as it matches, so they download with the page's chunk. */
function ComparisonRoute() {
  const { comparisonId } = useParams();
  const client = useApolloClient();
  // At render on purpose: the lazy page suspends, and an effect here would wait for its chunk. Repeats are
  // harmless (prefetchComparison starts each request once).
  useMemo(() => comparisonId && prefetchComparison(client, comparisonId), [client, comparisonId]);
  return <ComparisonPage />;
}

/** The route table. */
export function AppRoutes() {
  return (
    <Routes>
      <Route path="/sign-in" element={<SignInPage />} />
      <Route path="/sign-up" element={<SignUpPage />} />
      <Route element={<RequireSession />}>
        <Route element={<AppShell />}>
          <Route index element={<HomeRedirect />} />
          <Route path="w/:workspaceId" element={<LibraryPage />} />
          <Route path="w/:workspaceId/articles/:articleId" element={<ArticlePage />} />
          <Route path="w/:workspaceId/comparisons" element={<ComparisonsPage />} />
          <Route path="w/:workspaceId/comparisons/:comparisonId" element={<ComparisonRoute />} />
          <Route path="w/:workspaceId/threads" element={<ThreadsPage />} />
          <Route path="w/:workspaceId/threads/:threadId" element={<ThreadPage />} />
          <Route path="w/:workspaceId/members" element={<MembersPage />} />
          <Route path="settings/tokens" element={<TokensPage />} />
        </Route>
      </Route>
      <Route path="*" element={<Navigate to="/" replace />} />
    </Routes>
  );
}
