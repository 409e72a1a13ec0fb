import { useMutation } from '@apollo/client/react';
import { useCallback, useState } from 'react';
import type * as Y from 'yjs';
import { AutoAlignDocument } from '../../../gql/graphql';
import { errorMessage } from '../../../lib/errors';
import { alignInBrowser } from '../utils/auto-align';
import type { ArticleColumn } from '../utils/grid';

/**
 * Runs the aligner: on the server when online (`autoAlign`; its changes reach everyone through the doc),
 * in the browser into the local doc when offline (it merges with the server's on reconnect).
 */
export function useAutoAlign(comparisonId: string, online: boolean, doc: Y.Doc, articles: ArticleColumn[]) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [autoAlign] = useMutation(AutoAlignDocument);
  const run = useCallback(async () => {
    setBusy(true);
    setError(null);
    try {
      if (online) await autoAlign({ variables: { comparisonId } }).catch((e: unknown) => setError(errorMessage(e)));
      else await inBrowser(doc, articles).catch((e: unknown) => setError(e instanceof Error ? e.message : String(e)));
    } finally {
      setBusy(false);
    }
  }, [online, autoAlign, comparisonId, doc, articles]);
  return { run, busy, error };
}

// Lets the button repaint as busy before the aligner takes the main thread.
function inBrowser(doc: Y.Doc, articles: ArticleColumn[]): Promise<void> {
  return new Promise((resolve, reject) =>
    setTimeout(() => {
      try {
        alignInBrowser(doc, articles);
        resolve();
      } catch (e) {
        reject(e);
      }
    }, 0),
  );
}
