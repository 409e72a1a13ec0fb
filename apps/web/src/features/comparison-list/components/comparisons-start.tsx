import { ArrowRight } from 'lucide-react';
import { Link } from 'react-router';
import { plural } from '../../../lib/format';
import { useComparisons } from '../hooks/use-comparisons';

const SHOWN = 3;

/**
 * The library's pointer to the work already started: the newest comparisons with one line on what a
 * comparison is. On a fresh demo this is where the seeded comparisons are found.
 */
export function ComparisonsStart({ workspaceId }: { workspaceId: string }) {
  const { comparisons } = useComparisons(workspaceId);
  if (comparisons.length === 0) return null;
  return (
    <section className="comparisons-start" aria-labelledby="start-title">
      <div className="comparisons-start-head">
        <h2 id="start-title">Comparisons</h2>
        <p className="muted small">
          Each one lines up how several outlets reported the same statement, claim by claim. Open one to see who said what.
        </p>
      </div>
      <ul className="comparison-tiles">
        {comparisons.slice(0, SHOWN).map((c) => (
          <li key={c.id}>
            <Link className="card comparison-tile" to={`/w/${workspaceId}/comparisons/${c.id}`}>
              <strong>{c.title}</strong>
              <span className="muted small">{plural(c.articles.length, 'outlet')}</span>
            </Link>
          </li>
        ))}
      </ul>
      {comparisons.length > SHOWN && (
        <Link to={`/w/${workspaceId}/comparisons`} className="with-icon small">
          All {plural(comparisons.length, 'comparison')} <ArrowRight size={14} aria-hidden="true" />
        </Link>
      )}
    </section>
  );
}
