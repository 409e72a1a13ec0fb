import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { Alert } from '../../../components/ui/alert';
import { ImportArticleDocument, LibraryArticlesDocument, PreviewImportDocument, UpdateImportedArticleDocument } from '../../../gql/graphql';
import { errorCode, errorMessage } from '../../../lib/errors';
import { sourceFromPaste } from '../utils/import-files';
import { ImportPreviewView } from './import-preview-view';

/** Paste an article's text or HTML, preview what will be extracted, restore dropped lines, import. */
export function PasteImport({ workspaceId, onDone }: { workspaceId: string; onDone: () => void }) {
  const [content, setContent] = useState('');
  const [outletName, setOutletName] = useState('');
  const [restore, setRestore] = useState<Set<number>>(new Set());
  const [preview, previewState] = useMutation(PreviewImportDocument);
  const [importOne, importState] = useMutation(ImportArticleDocument, { refetchQueries: [LibraryArticlesDocument] });
  const [update] = useMutation(UpdateImportedArticleDocument);
  const navigate = useNavigate();
  const input = () => ({ workspaceId, ...sourceFromPaste(content), name: undefined, outletName: outletName.trim() || null });
  const shown = previewState.data?.previewImport;

  async function runPreview() {
    setRestore(new Set());
    await preview({ variables: { input: stripName(input()) } }).catch(() => null);
  }
  async function runImport() {
    const res = await importOne({ variables: { input: stripName(input()) } }).catch(() => null);
    const article = res?.data?.importArticle;
    if (!article) return;
    if (restore.size > 0) await update({ variables: { id: article.id, input: { restoreLines: [...restore] } } }).catch(() => null);
    onDone();
    navigate(`/w/${workspaceId}/articles/${article.id}`);
  }
  const error = previewState.error ?? importState.error;
  return (
    <div className="stack">
      <label>
        Article text or HTML
        <textarea
          rows={shown ? 5 : 12}
          value={content}
          onChange={(e) => setContent(e.target.value)}
          placeholder="Paste the whole page: headline, byline, body. Menus, share buttons and ads are dropped."
        />
      </label>
      <label className="inline-field">
        Outlet (optional)
        <input value={outletName} onChange={(e) => setOutletName(e.target.value)} placeholder="found in the text when empty" />
      </label>
      <div className="row-end">
        <button type="button" onClick={runPreview} disabled={!content.trim() || previewState.loading}>
          {previewState.loading ? 'Reading…' : 'Preview'}
        </button>
        <button type="button" className="primary" onClick={runImport} disabled={!shown || !!shown.duplicateOf || importState.loading}>
          {importState.loading
            ? 'Importing…'
            : restore.size
              ? `Import and restore ${restore.size} line${restore.size > 1 ? 's' : ''}`
              : 'Import'}
        </button>
      </div>
      {error && <Alert>{errorCode(error) === 'CONFLICT' ? 'This article is already in the library.' : errorMessage(error)}</Alert>}
      {shown && (
        <ImportPreviewView
          preview={shown}
          workspaceId={workspaceId}
          restore={restore}
          onToggleRestore={(i) =>
            setRestore((s) => {
              const next = new Set(s);
              if (!next.delete(i)) next.add(i);
              return next;
            })
          }
        />
      )}
    </div>
  );
}

function stripName<T extends { name?: unknown }>(value: T): Omit<T, 'name'> {
  const { name: _name, ...rest } = value;
  return rest;
}
