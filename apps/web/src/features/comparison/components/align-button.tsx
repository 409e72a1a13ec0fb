import { Sparkles } from 'lucide-react';
import type * as Y from 'yjs';
import { useAutoAlign } from '../hooks/use-auto-align';
import type { ArticleColumn } from '../utils/grid';

/** Proposes claims from the articles' sentences; people's decisions are kept. */
export function AlignButton({
  comparisonId,
  online,
  doc,
  articles,
  canEdit,
  primary = false,
}: {
  comparisonId: string;
  online: boolean;
  doc: Y.Doc;
  articles: ArticleColumn[];
  canEdit: boolean;
  primary?: boolean;
}) {
  const align = useAutoAlign(comparisonId, online, doc, articles);
  return (
    <>
      <button
        type="button"
        className={primary ? 'primary with-icon' : 'with-icon'}
        disabled={!canEdit || align.busy}
        onClick={() => void align.run()}
        title="Group the outlets' sentences into claims"
      >
        <Sparkles size={15} aria-hidden="true" /> {align.busy ? 'Aligning…' : 'Align automatically'}
      </button>
      {align.error && (
        <span className="error small" role="alert">
          {align.error}
        </span>
      )}
    </>
  );
}
