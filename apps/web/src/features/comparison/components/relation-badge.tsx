import type { Relation } from '@parallax/doc';
import { RELATION_LABELS } from '../utils/labels';

/** The relation of a sentence to its claim as a small coloured label. */
export function RelationBadge({ relation, compact = false }: { relation: Relation; compact?: boolean }) {
  const l = RELATION_LABELS[relation];
  return (
    <span className={`relation relation-${relation.toLowerCase()}`} title={l.long}>
      {compact ? l.short[0] : l.short}
    </span>
  );
}
