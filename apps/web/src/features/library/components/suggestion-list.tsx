import { useNavigate } from 'react-router';
import { Alert } from '../../../components/ui/alert';
import { errorMessage } from '../../../lib/errors';
import { useCreateComparison } from '../hooks/use-create-comparison';
import { useSuggestions } from '../hooks/use-suggestions';

/** Groups of articles that seem to report the same event; one click turns a group into a comparison. */
export function SuggestionList({ workspaceId, canEdit }: { workspaceId: string; canEdit: boolean }) {
  const { suggestions } = useSuggestions(workspaceId);
  const createState = useCreateComparison(workspaceId);
  const navigate = useNavigate();
  if (suggestions.length === 0) return null;

  async function compare(label: string, articleIds: string[]) {
    const created = await createState.create(label, articleIds).catch(() => null);
    if (created) navigate(`/w/${workspaceId}/comparisons/${created.id}`);
  }
  return (
    <section className="suggestions" aria-labelledby="suggestions-title">
      <h2 id="suggestions-title">Same story, several outlets</h2>
      {createState.error && <Alert>{errorMessage(createState.error)}</Alert>}
      <ul className="suggestion-list">
        {suggestions.map((s) => (
          <li key={s.label + s.articles.map((a) => a.id).join()} className="card suggestion">
            <div>
              <strong>{s.label}</strong>
              <p className="muted small">
                {s.articles.map((a) => a.outlet?.name ?? 'Unknown outlet').join(' · ')}
                {s.reasons.length > 0 && ` — ${s.reasons.slice(0, 2).join('; ')}`}
              </p>
            </div>
            <button
              type="button"
              className="primary"
              disabled={!canEdit || createState.creating}
              title={canEdit ? undefined : 'Viewers cannot create comparisons'}
              onClick={() =>
                compare(
                  s.label,
                  s.articles.map((a) => a.id),
                )
              }
            >
              Compare {s.articles.length} articles
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
