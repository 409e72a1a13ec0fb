/** What each person shares with the others in a comparison (y-protocols awareness state). */
export interface PresenceState {
  user: { id: string; name: string; color: string };
  /** The claim the person has selected, and the outlet column if a cell is focused. */
  focus: { claimId: string | null; articleId: string | null } | null;
  /** What the person is editing in that claim, if anything. */
  editing: 'label' | 'note' | 'comment' | null;
  /** Which view the person is in. */
  view: 'side-by-side' | 'coverage' | null;
}

/** A remote person's presence with their awareness client id. */
export interface Peer extends PresenceState {
  clientId: number;
}

const PALETTE = ['#d6336c', '#1c7ed6', '#2b8a3e', '#e8590c', '#7048e8', '#0c8599', '#c2255c', '#5c940d', '#364fc7', '#a61e4d'];

/** A stable colour for a user id, so a person keeps their colour across sessions and for every viewer. */
export function colorFor(userId: string): string {
  let h = 0;
  for (let i = 0; i < userId.length; i++) h = (h * 31 + userId.charCodeAt(i)) >>> 0;
  return PALETTE[h % PALETTE.length]!;
}

/** The initials of a name, for an avatar. */
export function initials(name: string): string {
  const parts = name.trim().split(/\s+/).filter(Boolean);
  return ((parts[0]?.[0] ?? '?') + (parts.length > 1 ? parts[parts.length - 1]![0] : '')).toUpperCase();
}
