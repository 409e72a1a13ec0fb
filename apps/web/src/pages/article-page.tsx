import { Link, useParams, useSearchParams } from 'react-router';
import { Alert } from '../components/ui/alert';
import { SkeletonLines } from '../components/ui/skeleton';
import { ArticleBody } from '../features/article/components/article-body';
import { ArticleFieldsForm } from '../features/article/components/article-fields-form';
import { DroppedLinesList } from '../features/article/components/dropped-lines-list';
import { useArticle } from '../features/article/hooks/use-article';
import { useCurrentWorkspace } from '../features/workspaces/hooks/use-workspaces';
import { errorMessage } from '../lib/errors';
import { formatDate } from '../lib/format';

/** One article: the clean body by sentence, captions, the dropped lines (restorable), editable fields. */
export function ArticlePage() {
  const { articleId } = useParams();
  const [params] = useSearchParams();
  const { workspaceId, canEdit } = useCurrentWorkspace();
  const { article: a, loading, error, update, updating, updateError } = useArticle(articleId!);
  if (loading)
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
            {[a.byline, a.dateline, a.publishedAt ? formatDate(a.publishedAt) : a.publishedAtText, a.wireCredit]
              .filter(Boolean)
              .join(' · ')}
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
          {a.subheadings.length > 0 && <p className="muted small">Subheadings: {a.subheadings.join(' · ')}</p>}
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
          <ArticleFieldsForm
            key={a.id + (a.headline ?? '')}
            article={a}
            canEdit={canEdit}
            onSave={update}
            saving={updating}
            error={updateError}
          />
          <section className="card stack" aria-labelledby="dropped-title">
            <h2 id="dropped-title">Dropped lines</h2>
            <p className="muted small">The importer kept these out of the body. Restore any that belong to the article.</p>
            {updateError && <Alert>{errorMessage(updateError)}</Alert>}
            <DroppedLinesList
              lines={a.droppedLines}
              disabled={!canEdit || updating}
              onRestoreNow={(line) => update({ restoreLines: [line] }).catch(() => undefined)}
            />
          </section>
        </aside>
      </div>
    </main>
  );
}
