import { useState } from 'react';
import { Dialog } from '../../../components/ui/dialog';
import { FileImport } from './file-import';
import { PasteImport } from './paste-import';
import { UrlImport } from './url-import';

type Tab = 'paste' | 'urls' | 'files';
const LABELS: Record<Tab, string> = { paste: 'Paste text or HTML', urls: 'Web addresses', files: 'Files (text, HTML, PDF)' };

/** Import by pasting one article (with a preview), by web addresses the server fetches, or by files (a batch). */
export function ImportDialog({ open, onClose, workspaceId }: { open: boolean; onClose: () => void; workspaceId: string }) {
  const [tab, setTab] = useState<Tab>('paste');
  return (
    <Dialog open={open} title="Import articles" onClose={onClose} wide>
      <div role="tablist" aria-label="Import from" className="tabs">
        {(['paste', 'urls', 'files'] as Tab[]).map((t) => (
          <button
            key={t}
            type="button"
            role="tab"
            id={`tab-${t}`}
            aria-selected={tab === t}
            aria-controls={`panel-${t}`}
            onClick={() => setTab(t)}
          >
            {LABELS[t]}
          </button>
        ))}
      </div>
      <div role="tabpanel" id={`panel-${tab}`} aria-labelledby={`tab-${tab}`}>
        {tab === 'paste' && <PasteImport workspaceId={workspaceId} onDone={onClose} />}
        {tab === 'urls' && <UrlImport workspaceId={workspaceId} />}
        {tab === 'files' && <FileImport workspaceId={workspaceId} />}
      </div>
    </Dialog>
  );
}
