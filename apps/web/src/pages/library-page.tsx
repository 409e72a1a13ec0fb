import { useState } from 'react';
import { Alert } from '../components/ui/alert';
import { EmptyState } from '../components/ui/empty-state';
import { PageHeader } from '../components/ui/page-header';
import { ComparisonsStart } from '../features/comparison-list/components/comparisons-start';
import { ArticleTable } from '../features/library/components/article-table';
import { ArticleTableSkeleton } from '../features/library/components/article-table-skeleton';
import { ImportDialog } from '../features/library/components/import-dialog';
import { NewComparisonDialog } from '../features/library/components/new-comparison-dialog';
import { SuggestionList } from '../features/library/components/suggestion-list';
import { useArticles } from '../features/library/hooks/use-articles';
import { useDebouncedValue } from '../features/library/hooks/use-debounced-value';
import { PendingInvitations } from '../features/workspaces/components/pending-invitations';
import { useCurrentWorkspace } from '../features/workspaces/hooks/use-workspaces';
import { errorMessage } from '../lib/errors';
import { plural } from '../lib/format';

/** The workspace's article library: search, import, event suggestions, and "compare selected". */
export function LibraryPage() {
  const { workspaceId, workspace, canEdit } = useCurrentWorkspace();
  const [search, setSearch] = useState('');
  const query = useDebouncedValue(search);
  const { articles, totalCount, hasMore, loading, firstLoad, error, loadMore } = useArticles(workspaceId, query);
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [importing, setImporting] = useState(false);
  const [comparing, setComparing] = useState(false);
  if (!workspaceId) return null;
  const toggle = (id: string) =>
    setSelected((s) => {
      const next = new Set(s);
      if (!next.delete(id)) next.add(id);
      return next;
    });
  const chosen = articles.filter((a) => selected.has(a.id));

  return (
    <main className="page stack" id="main">
      <PageHeader
        title={workspace?.name ?? 'Library'}
        subtitle={firstLoad ? '\u00a0' : query ? `${plural(totalCount, 'article')} match “${query}”` : plural(totalCount, 'article')}
        actions={
          <>
            <button
              type="button"
              disabled={chosen.length < 2}
              onClick={() => setComparing(true)}
              title={canEdit ? 'Select two or more articles' : 'Viewers cannot create comparisons'}
            >
              Compare selected{chosen.length ? ` (${chosen.length})` : ''}
            </button>
            <button
              type="button"
              className="primary"
              disabled={!canEdit}
              onClick={() => setImporting(true)}
              title={canEdit ? undefined : 'Viewers cannot import'}
            >
              Import articles
            </button>
          </>
        }
      />
      <PendingInvitations />
      <ComparisonsStart workspaceId={workspaceId} />
      <SuggestionList workspaceId={workspaceId} canEdit={canEdit} />
      <div className="toolbar">
        <label className="search">
          <span className="visually-hidden">Search articles</span>
          <input
            type="search"
            placeholder="Search headlines, bodies and outlets"
            value={search}
            onChange={(e) => setSearch(e.target.value)}
          />
        </label>
      </div>
      {error && <Alert>{errorMessage(error)}</Alert>}
      {firstLoad ? (
        <ArticleTableSkeleton />
      ) : articles.length === 0 ? (
        query ? (
          <EmptyState title="No article matches">Try fewer or different words.</EmptyState>
        ) : (
          <EmptyState
            title="No articles yet"
            action={
              canEdit && (
                <button type="button" className="primary" onClick={() => setImporting(true)}>
                  Import articles
                </button>
              )
            }
          >
            {canEdit
              ? 'Import the reports of one statement: paste an article, or drop a few .txt or .html files. Then select them and choose “Compare selected”.'
              : 'An editor of this workspace has not imported any articles yet.'}
          </EmptyState>
        )
      ) : (
        <div className="card flush">
          <ArticleTable workspaceId={workspaceId} articles={articles} selected={selected} onToggle={toggle} canEdit={canEdit} />
          {hasMore && (
            <div className="row-center">
              <button type="button" onClick={() => loadMore()} disabled={loading}>
                {loading ? 'Loading…' : 'Load more'}
              </button>
            </div>
          )}
        </div>
      )}
      <ImportDialog open={importing} onClose={() => setImporting(false)} workspaceId={workspaceId} />
      {comparing && <NewComparisonDialog open onClose={() => setComparing(false)} workspaceId={workspaceId} articles={chosen} />}
    </main>
  );
}
