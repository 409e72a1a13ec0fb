import type { ClaimView } from '@parallax/doc';
import { useState } from 'react';

/** Merges the selected claim into another one, chosen from a list. */
export function MergeControl({
  claim,
  claims,
  canEdit,
  onMerge,
}: {
  claim: ClaimView;
  claims: ClaimView[];
  canEdit: boolean;
  onMerge: (targetId: string) => void;
}) {
  const [target, setTarget] = useState('');
  const others = claims.filter((c) => c.id !== claim.id);
  return (
    <div className="merge-control">
      <label>
        <span className="visually-hidden">Merge into</span>
        <select
          value={target}
          onChange={(e) => setTarget(e.target.value)}
          disabled={!canEdit || others.length === 0}
          aria-label="Claim to merge into"
        >
          <option value="">Merge into…</option>
          {others.map((c) => (
            <option key={c.id} value={c.id}>
              {c.label}
            </option>
          ))}
        </select>
      </label>
      <button
        type="button"
        disabled={!canEdit || !target}
        onClick={() => {
          onMerge(target);
          setTarget('');
        }}
      >
        Merge
      </button>
    </div>
  );
}
