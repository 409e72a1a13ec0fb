import { type DragEvent, useRef, useState } from 'react';
import { Alert } from '../../../components/ui/alert';
import { errorMessage } from '../../../lib/errors';
import { useImportBatch } from '../hooks/use-import-batch';
import { sourcesFromFiles } from '../utils/import-files';
import { BatchProgress } from './batch-progress';

/** Drop (or choose) several .txt/.html/.pdf files and import them as one batch with live progress. */
export function FileImport({ workspaceId }: { workspaceId: string }) {
  const { batch, running, error, start, reset } = useImportBatch(workspaceId);
  const [over, setOver] = useState(false);
  const [skipped, setSkipped] = useState<string[]>([]);
  const input = useRef<HTMLInputElement>(null);

  async function take(files: File[]) {
    const { sources, skipped: s } = await sourcesFromFiles(files);
    setSkipped(s);
    if (sources.length) await start(sources);
  }
  function drop(e: DragEvent) {
    e.preventDefault();
    setOver(false);
    void take([...e.dataTransfer.files]);
  }
  return (
    <div className="stack">
      <div
        className={over ? 'dropzone over' : 'dropzone'}
        onDragOver={(e) => {
          e.preventDefault();
          setOver(true);
        }}
        onDragLeave={() => setOver(false)}
        onDrop={drop}
      >
        <p>Drop .txt, .html or .pdf files here</p>
        <p className="muted small">Each file is one article. Duplicates of articles already in the library are skipped.</p>
        <button type="button" onClick={() => input.current?.click()} disabled={running}>
          Choose files…
        </button>
        <input
          ref={input}
          type="file"
          multiple
          accept=".txt,.html,.htm,.pdf,text/plain,text/html,application/pdf"
          className="visually-hidden"
          aria-label="Article files"
          onChange={(e) => {
            void take([...(e.target.files ?? [])]);
            e.target.value = '';
          }}
        />
      </div>
      {skipped.length > 0 && <Alert tone="warning">Skipped: {skipped.join('; ')}</Alert>}
      {error && <Alert>{errorMessage(error)}</Alert>}
      {batch && <BatchProgress batch={batch} workspaceId={workspaceId} />}
      {batch?.results && (
        <div className="row-end">
          <button type="button" onClick={reset}>
            Import more
          </button>
        </div>
      )}
    </div>
  );
}
