import { initials, type Peer } from '../../../lib/collab/presence';
import type { ClaimView } from '@parallax/doc';

/** Who else is in the comparison, and what each is looking at; clicking a person jumps to their claim. */
export function PresenceBar({ peers, claims, onJump }: { peers: Peer[]; claims: ClaimView[]; onJump: (claimId: string) => void }) {
  // One avatar per person, even with several tabs open.
  const people = [...new Map(peers.map((p) => [p.user.id, p])).values()];
  return (
    <ul className="presence-bar" aria-label="People here">
      {people.map((p) => {
        const claim = claims.find((c) => c.id === p.focus?.claimId);
        const what = claim
          ? `${p.editing ? `editing the ${p.editing} of` : 'looking at'} “${claim.label}”`
          : p.view === 'coverage'
            ? 'in the coverage matrix'
            : 'here';
        return (
          <li key={p.user.id}>
            <button
              type="button"
              className="avatar"
              style={{ background: p.user.color }}
              title={`${p.user.name} — ${what}`}
              aria-label={`${p.user.name}, ${what}`}
              onClick={() => claim && onJump(claim.id)}
            >
              {initials(p.user.name)}
            </button>
          </li>
        );
      })}
    </ul>
  );
}
