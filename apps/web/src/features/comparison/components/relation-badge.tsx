import type { Relation } from '@parallax/doc';
import { ONLY_HERE, RELATION_LABELS } from '../utils/labels';
import type { ShownRelation } from '../utils/shown-relation';

/** The relation of a sentence to its claim as a small coloured label. */
export function RelationBadge({ relation, compact = false }: { relation: Relation; compact?: boolean }) {
  const l = RELATION_LABELS[relation];
  return (
    <span className={`relation relation-${relation.toLowerCase()}`} title={l.long}>
      {compact ? l.letter : l.short}
    </span>
  );
}

/** The badge a chip shows: its measured relation, "base" on the base column, or "only here". */
export function ShownRelationBadge({ shown }: { shown: ShownRelation }) {
  if (shown.kind === 'only-here') {
    return (
      <span className="relation relation-only-here" title={ONLY_HERE.long}>
        {ONLY_HERE.short}
      </span>
    );
  }
  if (shown.kind === 'base') {
    const title = shown.standIn
      ? 'The base outlet does not report this claim, so this first reporting outlet is what the others are compared with'
      : 'The base text the other outlets are compared with';
    return (
      <span className="relation relation-base" title={title}>
        base
      </span>
    );
  }
  return <RelationBadge relation={shown.relation} />;
}
