import { flagLabel } from '../utils/labels';

/** The difference flags of a sentence (numbers, names, quotes, attribution, intensity) at a glance. */
export function FlagBadges({ flags }: { flags: string[] }) {
  if (flags.length === 0) return null;
  return (
    <span className="flags">
      {flags.map((f) => {
        const l = flagLabel(f);
        return (
          <span key={f} className={`flag flag-${f.toLowerCase()}`} title={l.long} aria-label={l.long}>
            {l.short}
          </span>
        );
      })}
    </span>
  );
}
