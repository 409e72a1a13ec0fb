import { useMutation, useSubscription } from '@apollo/client/react';
import { useState } from 'react';
import { ImportArticlesDocument, type ImportArticlesMutation, ImportProgressDocument, LibraryArticlesDocument } from '../../../gql/graphql';
import type { ImportSource } from '../utils/import-files';

/** The state of one batch import: live progress from the subscription, then the per-file outcome. */
export interface BatchState {
  batchId: string;
  names: string[];
  done: number;
  total: number;
  failed: number;
  /** Items fetched and read so far (URLs and PDFs take the longest before anything is stored). */
  parsed: number;
  results: ImportArticlesMutation['importArticles']['results'] | null;
}

function newBatchId(): string {
  return globalThis.crypto?.randomUUID?.() ?? `batch-${Date.now()}-${Math.random().toString(36).slice(2)}`;
}

/** Imports many sources in one `importArticles` call, following `importProgress(batchId)` while it runs. */
export function useImportBatch(workspaceId: string) {
  const [batch, setBatch] = useState<BatchState | null>(null);
  const [run, { loading, error }] = useMutation(ImportArticlesDocument, { refetchQueries: [LibraryArticlesDocument] });
  useSubscription(ImportProgressDocument, {
    variables: { batchId: batch?.batchId ?? '' },
    skip: !batch || batch.results !== null,
    onData: ({ data }) => {
      const p = data.data?.importProgress;
      if (p)
        setBatch((b) =>
          b && b.batchId === p.batchId && b.results === null
            ? { ...b, done: p.done, total: p.total, failed: p.failed, parsed: p.parsed ?? b.parsed }
            : b,
        );
    },
  });

  async function start(sources: ImportSource[]) {
    const batchId = newBatchId();
    setBatch({ batchId, names: sources.map((s) => s.name), done: 0, total: sources.length, failed: 0, parsed: 0, results: null });
    const inputs = sources.map((s) => ({
      workspaceId,
      text: s.text ?? null,
      html: s.html ?? null,
      pdfBase64: s.pdfBase64 ?? null,
      url: s.url ?? null,
    }));
    const res = await run({ variables: { inputs, batchId } }).catch(() => null);
    const out = res?.data?.importArticles;
    setBatch((b) =>
      b && b.batchId === batchId ? (out ? { ...b, done: b.total, failed: out.failed, results: out.results } : { ...b, results: [] }) : b,
    );
  }

  return { batch, running: loading, error, start, reset: () => setBatch(null) };
}
