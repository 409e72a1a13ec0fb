import { initials, type Peer } from '../../../lib/collab/presence';

/** Small avatars of the people looking at (or editing) something. */
export function PresenceDots({ peers }: { peers: Peer[] }) {
  if (peers.length === 0) return null;
  return (
    <span className="presence-dots">
      {peers.slice(0, 4).map((p) => (
        <span
          key={p.clientId}
          className="avatar avatar-small"
          style={{ background: p.user.color }}
          title={`${p.user.name}${p.editing ? ` is editing the ${p.editing}` : ' is here'}`}
        >
          {initials(p.user.name)}
        </span>
      ))}
      {peers.length > 4 && <span className="muted small">+{peers.length - 4}</span>}
    </span>
  );
}
