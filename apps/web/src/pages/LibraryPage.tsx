import { gql } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { Navigate, useParams } from 'react-router';

const WORKSPACES = gql`
  query Workspaces {
    workspaces {
      id
      name
    }
  }
`;

const ARTICLES = gql`
  query LibraryArticles($workspaceId: ID!) {
    articles(workspaceId: $workspaceId, first: 50) {
      totalCount
      edges {
        node {
          id
          headline
          publishedAt
          wireCredit
          outlet {
            id
            name
          }
        }
      }
    }
  }
`;

interface ArticleRow {
  id: string;
  headline: string | null;
  publishedAt: string | null;
  wireCredit: string | null;
  outlet: { name: string } | null;
}

/** The workspace's article library. */
export function LibraryPage() {
  const { workspaceId } = useParams();
  const workspaces = useQuery<{ workspaces: { id: string; name: string }[] }>(WORKSPACES);
  const articles = useQuery<{ articles: { totalCount: number; edges: { node: ArticleRow }[] } }>(ARTICLES, {
    variables: { workspaceId },
    skip: !workspaceId,
  });
  if (!workspaceId && workspaces.data?.workspaces[0]) return <Navigate to={`/w/${workspaces.data.workspaces[0].id}`} replace />;
  const current = workspaces.data?.workspaces.find((w) => w.id === workspaceId);
  return (
    <main className="page">
      <header className="page-header">
        <h1>{current?.name ?? 'Library'}</h1>
        {articles.data && <p className="muted">{articles.data.articles.totalCount} articles</p>}
      </header>
      {articles.loading && <p aria-busy="true">Loading articles…</p>}
      {articles.data?.articles.totalCount === 0 && <p className="empty">No articles yet. Import some to start comparing.</p>}
      <ul className="article-list">
        {articles.data?.articles.edges.map(({ node }) => (
          <li key={node.id} className="card">
            <span className="outlet">{node.outlet?.name ?? 'Unknown outlet'}</span>
            <h2>{node.headline ?? '(no headline)'}</h2>
            <span className="muted">
              {node.publishedAt ? new Date(node.publishedAt).toLocaleDateString() : 'undated'}
              {node.wireCredit ? ` · ${node.wireCredit}` : ''}
            </span>
          </li>
        ))}
      </ul>
    </main>
  );
}
