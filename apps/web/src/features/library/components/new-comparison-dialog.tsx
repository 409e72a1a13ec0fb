import { type FormEvent, useState } from 'react';
import { useNavigate } from 'react-router';
import { Alert } from '../../../components/ui/alert';
import { Dialog } from '../../../components/ui/dialog';
import type { ArticleRowFragment } from '../../../gql/graphql';
import { errorMessage } from '../../../lib/errors';
import { useCreateComparison } from '../hooks/use-create-comparison';

/** Creates a comparison of the selected articles, optionally with one of them (the official text) as pivot. */
export function NewComparisonDialog({
  open,
  onClose,
  workspaceId,
  articles,
}: {
  open: boolean;
  onClose: () => void;
  workspaceId: string;
  articles: ArticleRowFragment[];
}) {
  const official = articles.find((a) => a.kind === 'OFFICIAL');
  const [title, setTitle] = useState('');
  const [pivot, setPivot] = useState<string>(official?.id ?? '');
  const { create, creating: loading, error } = useCreateComparison(workspaceId);
  const navigate = useNavigate();
  async function submit(e: FormEvent) {
    e.preventDefault();
    const created = await create(
      title,
      articles.map((a) => a.id),
      pivot || null,
    ).catch(() => null);
    if (created) navigate(`/w/${workspaceId}/comparisons/${created.id}`);
  }
  return (
    <Dialog open={open} title={`Compare ${articles.length} articles`} onClose={onClose}>
      <form className="stack" onSubmit={submit}>
        <label>
          Title
          <input
            required
            autoFocus
            value={title}
            onChange={(e) => setTitle(e.target.value)}
            placeholder="e.g. China–Pakistan joint statement"
          />
        </label>
        <label>
          Pivot (the text other columns are compared with)
          <select value={pivot} onChange={(e) => setPivot(e.target.value)}>
            <option value="">None — choose a base column later</option>
            {articles.map((a) => (
              <option key={a.id} value={a.id}>
                {a.outlet?.name ?? 'Unknown'} — {a.headline ?? 'untitled'}
              </option>
            ))}
          </select>
        </label>
        {error && <Alert>{errorMessage(error)}</Alert>}
        <div className="row-end">
          <button type="button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="primary" disabled={loading}>
            Create comparison
          </button>
        </div>
      </form>
    </Dialog>
  );
}
