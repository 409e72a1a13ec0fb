import { useState } from 'react';
import { useNavigate } from 'react-router';
import { Alert } from '../../../components/ui/alert';
import { errorCode, errorMessage } from '../../../lib/errors';
import { usePasteImport } from '../hooks/use-paste-import';
import { sourceFromPaste } from '../utils/import-files';
import { ImportPreviewView } from './import-preview-view';

/** Paste an article's text or HTML, preview what will be extracted, restore dropped lines, import. */
export function PasteImport({ workspaceId, onDone }: { workspaceId: string; onDone: () => void }) {
  const [content, setContent] = useState('');
  const [outletName, setOutletName] = useState('');
  const [restore, setRestore] = useState<Set<number>>(new Set());
  const ops = usePasteImport();
  const navigate = useNavigate();
  const input = () => ({ workspaceId, ...sourceFromPaste(content), name: undefined, outletName: outletName.trim() || null });
  const shown = ops.previewed;

  async function runPreview() {
    setRestore(new Set());
    await ops.preview(stripName(input()));
  }
  async function runImport() {
    const article = await ops.importArticle(stripName(input()), [...restore]);
    if (!article) return;
    onDone();
    navigate(`/w/${workspaceId}/articles/${article.id}`);
  }
  const error = ops.error;
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
        <button type="button" onClick={runPreview} disabled={!content.trim() || ops.previewing}>
          {ops.previewing ? 'Reading…' : 'Preview'}
        </button>
        <button type="button" className="primary" onClick={runImport} disabled={!shown || !!shown.duplicateOf || ops.importing}>
          {ops.importing ? 'Importing…' : restore.size ? `Import and restore ${restore.size} line${restore.size > 1 ? 's' : ''}` : 'Import'}
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
