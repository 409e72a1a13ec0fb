import { readComparisonDoc } from '@parallax/doc';
import { type FormEvent, useState } from 'react';
import type * as Y from 'yjs';
import { Alert } from '../../../components/ui/alert';
import { Dialog } from '../../../components/ui/dialog';
import { SkeletonLines } from '../../../components/ui/skeleton';
import { errorMessage } from '../../../lib/errors';
import { formatDateTime } from '../../../lib/format';
import { useVersions } from '../hooks/use-versions';
import type { ArticleColumn } from '../utils/grid';
import { type DiffNames, VersionDiffView } from './version-diff-view';

/** History: save named versions, see what changed since one (or between two), restore one. */
export function HistoryButton({
  comparisonId,
  canEdit,
  doc,
  articles,
}: {
  comparisonId: string;
  canEdit: boolean;
  doc: Y.Doc;
  articles: ArticleColumn[];
}) {
  const [open, setOpen] = useState(false);
  const [name, setName] = useState('');
  const [from, setFrom] = useState<string | null>(null);
  const [to, setTo] = useState<string | null>(null);
  const v = useVersions(comparisonId, open);
  if (!v.supported) return null;
  const names: DiffNames = {
    claim: (id) => readComparisonDoc(doc).claims.find((c) => c.id === id)?.label ?? 'a removed claim',
    outlet: (id) => articles.find((a) => a.id === id)?.outletName ?? 'An outlet',
  };
  const save = async (e: FormEvent) => {
    e.preventDefault();
    if (!name.trim()) return;
    await v.save(name.trim()).catch(() => null);
    setName('');
  };
  const compare = (fromId: string, toId: string | null) => {
    setFrom(fromId);
    setTo(toId);
    void v.compare(fromId, toId);
  };
  const versionName = (id: string | null) => (id ? (v.versions.find((x) => x.id === id)?.name ?? 'a version') : 'now');
  return (
    <>
      <button type="button" onClick={() => setOpen(true)}>
        History
      </button>
      <Dialog open={open} title="History" onClose={() => setOpen(false)} wide>
        <div className="history-panel">
          {canEdit && (
            <form className="invite-fields" onSubmit={save}>
              <label>
                Save the current state as a version
                <input value={name} onChange={(e) => setName(e.target.value)} placeholder="e.g. Before the editor's review" />
              </label>
              <span />
              <button type="submit" className="primary" disabled={!name.trim() || v.saving}>
                Save version
              </button>
            </form>
          )}
          {v.error && <Alert>{errorMessage(v.error)}</Alert>}
          {v.loading ? (
            <SkeletonLines lines={3} label="Loading versions" />
          ) : v.versions.length === 0 ? (
            <p className="muted">No versions yet. Save one before a big change, to compare with it or go back to it later.</p>
          ) : (
            <ul className="history-list" aria-label="Versions">
              {v.versions.map((ver, i) => (
                <li key={ver.id}>
                  <strong>{ver.name}</strong>
                  <span className="muted small">{formatDateTime(ver.createdAt)}</span>
                  <span className="inspector-row">
                    <button type="button" onClick={() => compare(ver.id, null)}>
                      Changes since
                    </button>
                    {v.versions[i + 1] && (
                      <button
                        type="button"
                        onClick={() => compare(v.versions[i + 1]!.id, ver.id)}
                        aria-label={`Compare ${ver.name} with the version before it`}
                      >
                        vs previous
                      </button>
                    )}
                    {canEdit && (
                      <button
                        type="button"
                        disabled={v.restoring}
                        onClick={() => {
                          if (window.confirm(`Restore “${ver.name}”? The current state stays in the history.`))
                            void v.restore(ver.id).catch(() => null);
                        }}
                      >
                        Restore
                      </button>
                    )}
                  </span>
                </li>
              ))}
            </ul>
          )}
          {v.restored && <Alert tone="success">Restored “{v.restored.version.name}”. Everyone here sees it now.</Alert>}
          {from && (
            <section aria-live="polite">
              <h3>
                From “{versionName(from)}” to {to ? `“${versionName(to)}”` : 'now'}
              </h3>
              {v.comparing ? <SkeletonLines lines={2} /> : v.diff && <VersionDiffView diff={v.diff} names={names} />}
            </section>
          )}
        </div>
      </Dialog>
    </>
  );
}
