import { type FormEvent, useState } from 'react';
import { Alert } from '../../../components/ui/alert';
import type { ArticleDetailQuery, UpdateArticleInput } from '../../../gql/graphql';
import { errorMessage, fieldErrors } from '../../../lib/errors';

type Article = ArticleDetailQuery['article'];

const FIELDS = [
  ['outletName', 'Outlet'],
  ['headline', 'Headline'],
  ['standfirst', 'Standfirst'],
  ['byline', 'Byline'],
  ['publishedAt', 'Published (YYYY-MM-DD)'],
  ['dateline', 'Dateline'],
  ['wireCredit', 'Wire credit'],
] as const;

type FieldName = (typeof FIELDS)[number][0];

function initial(a: Article): Record<FieldName, string> {
  return {
    outletName: a.outlet?.name ?? '',
    headline: a.headline ?? '',
    standfirst: a.standfirst ?? '',
    byline: a.byline ?? '',
    publishedAt: a.publishedAt ? a.publishedAt.slice(0, 10) : '',
    dateline: a.dateline ?? '',
    wireCredit: a.wireCredit ?? '',
  };
}

/** Corrects the fields the importer extracted; only changed fields are sent. */
export function ArticleFieldsForm({
  article,
  canEdit,
  onSave,
  saving: loading,
  error,
}: {
  article: Article;
  canEdit: boolean;
  onSave: (input: UpdateArticleInput) => Promise<unknown>;
  saving: boolean;
  error: Error | null;
}) {
  const [values, setValues] = useState(() => initial(article));
  const [saved, setSaved] = useState(false);
  const before = initial(article);
  const changed = FIELDS.filter(([k]) => values[k] !== before[k]).map(([k]) => k);
  const problems = fieldErrors(error);

  async function submit(e: FormEvent) {
    e.preventDefault();
    setSaved(false);
    const input = Object.fromEntries(changed.map((k) => [k, values[k]]));
    const res = await onSave(input).catch(() => null);
    if (res) setSaved(true);
  }
  return (
    <form className="card stack fields-form" onSubmit={submit} aria-labelledby="fields-title">
      <h2 id="fields-title">Details</h2>
      <fieldset disabled={!canEdit} className="plain-fieldset">
        {FIELDS.map(([name, label]) => (
          <label key={name}>
            {label}
            <input
              value={values[name]}
              onChange={(e) => setValues((v) => ({ ...v, [name]: e.target.value }))}
              aria-invalid={!!problems[name]}
              type={name === 'publishedAt' ? 'date' : 'text'}
            />
            {problems[name] && <span className="error small">{problems[name]}</span>}
          </label>
        ))}
      </fieldset>
      {error && !Object.keys(problems).length && <Alert>{errorMessage(error)}</Alert>}
      {saved && !changed.length && <Alert tone="success">Saved.</Alert>}
      {canEdit && (
        <div className="row-end">
          <button type="button" disabled={!changed.length} onClick={() => setValues(before)}>
            Reset
          </button>
          <button type="submit" className="primary" disabled={!changed.length || loading}>
            Save {changed.length ? `(${changed.length})` : ''}
          </button>
        </div>
      )}
    </form>
  );
}
