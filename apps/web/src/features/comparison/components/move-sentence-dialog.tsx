import type { ClaimView } from '@parallax/doc';
import { useState } from 'react';
import { Dialog } from '../../../components/ui/dialog';
import type { MovingSentence } from '../hooks/use-doc-actions';
import type { SegmentInfo } from '../utils/grid';

/** The keyboard alternative to dragging: choose the claim a picked sentence should move to. */
export function MoveSentenceDialog({
  sentence,
  segment,
  claims,
  onMove,
  onNewClaim,
  onClose,
}: {
  sentence: MovingSentence | null;
  segment: SegmentInfo | null;
  claims: ClaimView[];
  onMove: (claimId: string) => void;
  onNewClaim: (label: string) => void;
  onClose: () => void;
}) {
  const [filter, setFilter] = useState('');
  const shown = claims.filter((c) => c.id !== sentence?.fromClaimId && c.label.toLowerCase().includes(filter.toLowerCase()));
  return (
    <Dialog open={!!sentence} title="Move sentence to claim" onClose={onClose}>
      {segment && <blockquote className="moving-sentence">{segment.text}</blockquote>}
      <label>
        Find a claim
        <input autoFocus value={filter} onChange={(e) => setFilter(e.target.value)} placeholder="Type part of a label" />
      </label>
      <ul className="claim-choices" aria-label="Claims">
        {shown.slice(0, 50).map((c) => (
          <li key={c.id}>
            <button type="button" onClick={() => onMove(c.id)}>
              {c.label}
            </button>
          </li>
        ))}
        {shown.length === 0 && <li className="muted small">No claim matches.</li>}
      </ul>
      <button type="button" onClick={() => onNewClaim(filter.trim() || segment?.text.slice(0, 80) || 'New claim')}>
        + New claim{filter.trim() ? ` “${filter.trim()}”` : ' from this sentence'}
      </button>
    </Dialog>
  );
}
