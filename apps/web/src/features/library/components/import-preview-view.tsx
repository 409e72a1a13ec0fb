import { Link } from 'react-router';
import { Alert } from '../../../components/ui/alert';
import type { PreviewImportMutation } from '../../../gql/graphql';
import { formatDate } from '../../../lib/format';
import { DroppedLinesList } from '../../article/components/dropped-lines-list';

type Preview = PreviewImportMutation['previewImport'];

/** What the importer extracted from one input: fields, the cleaned body by sentence, and the dropped lines. */
export function ImportPreviewView({
  preview,
  workspaceId,
  restore,
  onToggleRestore,
}: {
  preview: Preview;
  workspaceId: string;
  restore: Set<number>;
  onToggleRestore: (lineIndex: number) => void;
}) {
  const fields: [string, string | null | undefined][] = [
    ['Outlet', preview.outletName ? `${preview.outletName} (${preview.outletConfidence.toLowerCase()})` : 'unknown'],
    ['Headline', preview.headline],
    ['Standfirst', preview.standfirst],
    ['Byline', preview.byline],
    [
      'Date',
      preview.publishedAt
        ? `${formatDate(preview.publishedAt)}${preview.publishedAtText ? ` (“${preview.publishedAtText}”)` : ''}`
        : preview.publishedAtText,
    ],
    ['Dateline', preview.dateline],
    ['Wire credit', preview.wireCredit],
    ['Kind', preview.kind === 'OFFICIAL' ? 'Official statement' : 'News report'],
  ];
  return (
    <div className="preview" aria-label="Import preview">
      {preview.duplicateOf && (
        <Alert tone="warning">
          Already in the library as{' '}
          <Link to={`/w/${workspaceId}/articles/${preview.duplicateOf.id}`}>{preview.duplicateOf.headline ?? 'an untitled article'}</Link>.
          It will not be imported twice.
        </Alert>
      )}
      {preview.warnings.length > 0 && (
        <Alert tone="warning">
          <ul className="plain">
            {preview.warnings.map((w) => (
              <li key={w}>{w}</li>
            ))}
          </ul>
        </Alert>
      )}
      <dl className="fields">
        {fields.map(([k, v]) => (
          <div key={k}>
            <dt>{k}</dt>
            <dd>{v || <span className="muted">—</span>}</dd>
          </div>
        ))}
      </dl>
      <h3>Body · {preview.sentences.length} sentences</h3>
      <div className="preview-body" data-testid="preview-body">
        {preview.sentences.map((s) => (
          <span key={s.index} className="sentence">
            {s.text}{' '}
          </span>
        ))}
      </div>
      <h3>Dropped as boilerplate · {preview.droppedLines.length}</h3>
      <DroppedLinesList lines={preview.droppedLines} selected={restore} onToggle={onToggleRestore} />
    </div>
  );
}
