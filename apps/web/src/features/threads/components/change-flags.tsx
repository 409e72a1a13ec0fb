import type { ChangeFlag } from '../../../gql/graphql';

const LABELS: Record<ChangeFlag, { text: string; title: string }> = {
  HEDGE_ADDED: { text: 'softened', title: 'A hedge was added or an intensifier dropped' },
  HEDGE_REMOVED: { text: 'hardened', title: 'A hedge was dropped or an intensifier added' },
  QUALIFIER_CHANGED: {
    text: 'qualifier reworded',
    title: 'A qualifier was replaced by another of the same force ("inalienable" → "inseparable")',
  },
  ENTITY_RENAMED: { text: 'name changed', title: 'A name was replaced by another' },
  NUMBER_CHANGED: { text: 'number changed', title: 'A figure differs from the previous event' },
  ATTRIBUTION_CHANGED: { text: 'attribution changed', title: 'Someone else is said to state it' },
};

/** Badges for what changed against the previous event. */
export function ChangeFlags({ flags }: { flags: readonly ChangeFlag[] }) {
  if (flags.length === 0) return null;
  return (
    <span className="change-flags">
      {flags.map((f) => (
        <span key={f} className={`flag flag-${f.toLowerCase()}`} title={LABELS[f].title}>
          {LABELS[f].text}
        </span>
      ))}
    </span>
  );
}
