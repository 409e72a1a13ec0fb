import { useMutation, useQuery } from '@apollo/client/react';
import { Link, useParams, useSearchParams } from 'react-router';
import { Alert } from '../components/ui/alert';
import { SkeletonLines } from '../components/ui/skeleton';
import { ArticleBody } from '../features/article/components/article-body';
import { ArticleFieldsForm } from '../features/article/components/article-fields-form';
import { DroppedLinesList } from '../features/article/components/dropped-lines-list';
import { useCurrentWorkspace } from '../features/workspaces/hooks/use-workspaces';
import { ArticleDetailDocument, UpdateArticleDocument } from '../gql/graphql';
import { errorMessage } from '../lib/errors';
import { formatDate } from '../lib/format';

/** One article: the clean body by sentence, captions, the dropped lines (restorable), editable fields. */
export function ArticlePage() {
  const { articleId } = useParams();
  const [params] = useSearchParams();
  const { workspaceId, canEdit } = useCurrentWorkspace();
  const { data, loading, error } = useQuery(ArticleDetailDocument, { variables: { id: articleId! } });
  const [update, updateState] = useMutation(UpdateArticleDocument);
  const a = data?.article;
  if (loading && !a)
    return (
      <main className="page article-page" id="main">
        <SkeletonLines lines={10} label="Loading article" />
      </main>
    );
  if (error || !a)
    return (
      <main className="page" id="main">
        <Alert>{error ? errorMessage(error) : 'Article not found.'}</Alert>
      </main>
    );
  return (
    <main className="page article-page" id="main">
      <nav aria-label="Breadcrumb" className="breadcrumb">
        <Link to={`/w/${workspaceId}`}>Library</Link> › {a.outlet?.name ?? 'Unknown outlet'}
      </nav>
      <div className="article-layout">
        <article className="card article-main">
          <p className="outlet">
            {a.outlet?.name ?? 'Unknown outlet'}
            {a.kind === 'OFFICIAL' && <span className="badge">official</span>}
          </p>
          <h1>{a.headline ?? '(no headline)'}</h1>
          {a.standfirst && <p className="standfirst">{a.standfirst}</p>}
          <p className="muted small">
            {[a.byline, a.dateline, a.publishedAt ? formatDate(a.publishedAt) : a.publishedAtText, a.wireCredit].filter(Boolean).join(' · ')}
          </p>
          {a.warnings.length > 0 && (
            <Alert tone="warning">
              <ul className="plain">
                {a.warnings.map((w) => (
                  <li key={w}>{w}</li>
                ))}
              </ul>
            </Alert>
          )}
          {a.subheadings.length > 0 && (
            <p className="muted small">Subheadings: {a.subheadings.join(' · ')}</p>
          )}
          <ArticleBody segments={a.segments} highlightId={params.get('s')} />
          {a.captions.length > 0 && (
            <section aria-labelledby="captions-title">
              <h2 id="captions-title" className="h3">
                Captions
              </h2>
              <ul className="captions">
                {a.captions.map((c) => (
                  <li key={c}>{c}</li>
                ))}
              </ul>
            </section>
          )}
        </article>
        <aside className="stack article-side">
          <ArticleFieldsForm key={a.id + (a.headline ?? '')} article={a} canEdit={canEdit} />
          <section className="card stack" aria-labelledby="dropped-title">
            <h2 id="dropped-title">Dropped lines</h2>
            <p className="muted small">The importer kept these out of the body. Restore any that belong to the article.</p>
            {updateState.error && <Alert>{errorMessage(updateState.error)}</Alert>}
            <DroppedLinesList
              lines={a.droppedLines}
              disabled={!canEdit || updateState.loading}
              onRestoreNow={(line) => update({ variables: { id: a.id, input: { restoreLines: [line] } } }).catch(() => undefined)}
            />
          </section>
        </aside>
      </div>
    </main>
  );
}
