import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import type * as Y from 'yjs';
import { AutoAlignDocument } from '../../../gql/graphql';
import { errorMessage, isUnsupported } from '../../../lib/errors';
import { alignInBrowser } from '../utils/auto-align';
import type { ArticleColumn } from '../utils/grid';

/**
 * Proposes claims from the articles' sentences; people's decisions are kept. The server aligns (`autoAlign`,
 * its changes reach everyone through the doc); when it cannot be reached, or is too old to know the
 * mutation, the browser aligns into the local doc, which merges with the server's on reconnect.
 */
export function AlignButton({ comparisonId, online, doc, articles, canEdit, primary = false }: { comparisonId: string; online: boolean; doc: Y.Doc; articles: ArticleColumn[]; canEdit: boolean; primary?: boolean }) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [autoAlign] = useMutation(AutoAlignDocument);
  const inBrowser = () =>
    new Promise<void>((resolve) =>
      // Let the button repaint as busy before the aligner takes the main thread.
      setTimeout(() => {
        try {
          alignInBrowser(doc, articles);
        } catch (e) {
          setError(e instanceof Error ? e.message : String(e));
        }
        resolve();
      }, 0),
    );
  const run = async () => {
    setBusy(true);
    setError(null);
    try {
      if (!online) await inBrowser();
      else
        await autoAlign({ variables: { comparisonId } }).catch(async (e: unknown) => {
          if (isUnsupported(e)) await inBrowser();
          else setError(errorMessage(e));
        });
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      <button type="button" className={primary ? 'primary' : undefined} disabled={!canEdit || busy} onClick={run} title="Group the outlets' sentences into claims">
        {busy ? 'Aligning…' : 'Align automatically'}
      </button>
      {error && (
        <span className="error small" role="alert">
          {error}
        </span>
      )}
    </>
  );
}
