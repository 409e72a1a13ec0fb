import { type FormEvent, useState } from 'react';
import { Alert } from '../../../components/ui/alert';
import { errorMessage } from '../../../lib/errors';
import { useImportBatch } from '../hooks/use-import-batch';
import { sourcesFromUrls } from '../utils/import-files';
import { BatchProgress } from './batch-progress';

/** Paste one or more web addresses; the server fetches each page (HTML or PDF) and imports it, with live progress. */
export function UrlImport({ workspaceId }: { workspaceId: string }) {
  const { batch, running, error, start, reset } = useImportBatch(workspaceId);
  const [value, setValue] = useState('');
  const [invalid, setInvalid] = useState<string[]>([]);

  async function submit(e: FormEvent) {
    e.preventDefault();
    const { sources, invalid: bad } = sourcesFromUrls(value);
    setInvalid(bad);
    if (sources.length) await start(sources);
  }
  return (
    <form className="stack" onSubmit={submit}>
      <label htmlFor="import-urls">Web addresses, one per line</label>
      <textarea
        id="import-urls"
        rows={6}
        value={value}
        onChange={(e) => setValue(e.target.value)}
        placeholder={'https://www.dawn.com/news/…\nhttps://mofa.gov.pk/statement.pdf'}
        disabled={running}
      />
      <p className="muted small">
        The server fetches each page (web pages and PDFs, up to 5 MB) and imports the article it finds; private network addresses are
        refused.
      </p>
      {invalid.length > 0 && <Alert tone="warning">Not web addresses, skipped: {invalid.join(', ')}</Alert>}
      {error && <Alert>{errorMessage(error)}</Alert>}
      <div className="row-end">
        {batch?.results ? (
          <button
            type="button"
            onClick={() => {
              reset();
              setValue('');
            }}
          >
            Import more
          </button>
        ) : (
          <button type="submit" className="primary" disabled={running || value.trim() === ''}>
            {running ? 'Fetching…' : 'Import'}
          </button>
        )}
      </div>
      {batch && <BatchProgress batch={batch} workspaceId={workspaceId} />}
    </form>
  );
}
