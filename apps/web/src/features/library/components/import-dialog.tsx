import { useState } from 'react';
import { Dialog } from '../../../components/ui/dialog';
import { FileImport } from './file-import';
import { PasteImport } from './paste-import';

type Tab = 'paste' | 'files';

/** Import by pasting one article (with a preview) or by dropping several files (a batch). */
export function ImportDialog({ open, onClose, workspaceId }: { open: boolean; onClose: () => void; workspaceId: string }) {
  const [tab, setTab] = useState<Tab>('paste');
  return (
    <Dialog open={open} title="Import articles" onClose={onClose} wide>
      <div role="tablist" aria-label="Import from" className="tabs">
        {(['paste', 'files'] as Tab[]).map((t) => (
          <button key={t} type="button" role="tab" id={`tab-${t}`} aria-selected={tab === t} aria-controls={`panel-${t}`} onClick={() => setTab(t)}>
            {t === 'paste' ? 'Paste text or HTML' : 'Files'}
          </button>
        ))}
      </div>
      <div role="tabpanel" id={`panel-${tab}`} aria-labelledby={`tab-${tab}`}>
        {tab === 'paste' ? <PasteImport workspaceId={workspaceId} onDone={onClose} /> : <FileImport workspaceId={workspaceId} />}
      </div>
    </Dialog>
  );
}
