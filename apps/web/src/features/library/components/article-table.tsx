import { Link } from 'react-router';
import type { ArticleRowFragment } from '../../../gql/graphql';
import { formatDate, plural } from '../../../lib/format';
import { ArticleManage } from './article-manage';

/** The library's articles as a table: select, outlet, headline, date, wire credit, import warnings. */
export function ArticleTable({
  workspaceId,
  articles,
  selected,
  onToggle,
  canEdit,
}: {
  workspaceId: string;
  canEdit: boolean;
  articles: ArticleRowFragment[];
  selected: Set<string>;
  onToggle: (id: string) => void;
}) {
  return (
    <table className="table article-table">
      <caption className="visually-hidden">Articles</caption>
      <thead>
        <tr>
          <th scope="col" className="col-select">
            <span className="visually-hidden">Select</span>
          </th>
          <th scope="col">Outlet</th>
          <th scope="col">Headline</th>
          <th scope="col">Published</th>
          <th scope="col">Wire</th>
          <th scope="col">Import notes</th>
          <th scope="col" className="col-actions">
            <span className="visually-hidden">Actions</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {articles.map((a) => (
          <tr key={a.id} className={selected.has(a.id) ? 'selected' : undefined}>
            <td className="col-select">
              <input
                type="checkbox"
                checked={selected.has(a.id)}
                onChange={() => onToggle(a.id)}
                aria-label={`Select ${a.headline ?? 'untitled article'}`}
              />
            </td>
            <td className="outlet">
              {a.outlet?.name ?? <span className="muted">Unknown</span>}
              {a.kind === 'OFFICIAL' && <span className="badge">official</span>}
            </td>
            <td>
              <Link to={`/w/${workspaceId}/articles/${a.id}`}>{a.headline ?? '(no headline)'}</Link>
            </td>
            <td className="nowrap">{formatDate(a.publishedAt)}</td>
            <td>{a.wireCredit ?? ''}</td>
            <td>
              {a.warnings.length > 0 && (
                <span className="badge badge-warning" title={a.warnings.join('\n')}>
                  {plural(a.warnings.length, 'warning')}
                  <span className="visually-hidden">: {a.warnings.join('; ')}</span>
                </span>
              )}
            </td>
            <td className="col-actions">
              <ArticleManage article={a} canEdit={canEdit} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
