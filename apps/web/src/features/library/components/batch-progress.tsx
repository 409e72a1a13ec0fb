import { Link } from 'react-router';
import type { BatchState } from '../hooks/use-import-batch';

const REASONS: Record<string, string> = { DUPLICATE_ARTICLE: 'already in the library', CONFLICT: 'already in the library' };

/** A progress bar while a batch runs, then one line per file: imported, duplicate, or why it failed. */
export function BatchProgress({ batch, workspaceId }: { batch: BatchState; workspaceId: string }) {
  const pct = batch.total ? Math.round((batch.done / batch.total) * 100) : 0;
  return (
    <div className="stack" aria-live="polite">
      <div className="progress-label">
        {batch.results
          ? 'Finished'
          : batch.parsed < batch.total && batch.done === 0
            ? `Fetching and reading · ${batch.parsed} of ${batch.total}`
            : 'Importing'}
        {(batch.results || batch.done > 0 || batch.parsed >= batch.total) && ` · ${batch.done} of ${batch.total}`}
        {batch.failed > 0 && ` · ${batch.failed} not imported`}
      </div>
      <progress max={batch.total} value={batch.done} aria-label="Import progress">
        {pct}%
      </progress>
      {batch.results && (
        <ul className="batch-results">
          {batch.names.map((name, index) => {
            const r = batch.results!.find((x) => x.index === index);
            const duplicate = r?.error && REASONS[r.error.code];
            return (
              <li key={name + index} className={r?.article ? 'ok' : duplicate ? 'duplicate' : 'failed'}>
                <span className="file-name">{name}</span>
                {r?.article ? (
                  <Link to={`/w/${workspaceId}/articles/${r.article.id}`}>{r.article.headline ?? 'imported'}</Link>
                ) : duplicate ? (
                  <span>Duplicate — {duplicate}, not imported again</span>
                ) : (
                  <span className="error">{r?.error?.message ?? 'not imported'}</span>
                )}
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
