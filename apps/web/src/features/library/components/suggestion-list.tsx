import { useMutation, useQuery } from '@apollo/client/react';
import { useNavigate } from 'react-router';
import { Alert } from '../../../components/ui/alert';
import { ComparisonsDocument, CreateComparisonDocument, SuggestComparisonsDocument } from '../../../gql/graphql';
import { errorMessage, isUnsupported } from '../../../lib/errors';

/** Groups of articles that seem to report the same event; one click turns a group into a comparison. */
export function SuggestionList({ workspaceId, canEdit }: { workspaceId: string; canEdit: boolean }) {
  const { data, error } = useQuery(SuggestComparisonsDocument, { variables: { workspaceId } });
  const [create, createState] = useMutation(CreateComparisonDocument, { refetchQueries: [ComparisonsDocument] });
  const navigate = useNavigate();
  if (error && isUnsupported(error)) return null;
  const suggestions = (data?.suggestComparisons ?? []).filter((s) => s.articles.length >= 2);
  if (suggestions.length === 0) return null;

  async function compare(label: string, articleIds: string[]) {
    const res = await create({ variables: { workspaceId, title: label, articleIds } }).catch(() => null);
    const id = res?.data?.createComparison.id;
    if (id) navigate(`/w/${workspaceId}/comparisons/${id}`);
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
              disabled={!canEdit || createState.loading}
              title={canEdit ? undefined : 'Viewers cannot create comparisons'}
              onClick={() => compare(s.label, s.articles.map((a) => a.id))}
            >
              Compare {s.articles.length} articles
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
