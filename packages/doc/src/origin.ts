/**
 * The `origin` of a Yjs transaction on a comparison doc: who or what made the change. Observers (the
 * projector, the update log, the web's undo manager) read it to attribute and filter changes.
 */
export interface ChangeOrigin {
  kind: 'user' | 'graphql' | 'auto-align' | 'restore' | 'migration';
  userId?: string;
}

/**
 * Returns the origin of a change a person made in the browser. The web should create it once per session
 * and reuse the same object: `Y.UndoManager` matches tracked origins by identity.
 */
export function userOrigin(userId: string): ChangeOrigin {
  return Object.freeze({ kind: 'user', userId });
}

/** Returns the origin of a change made through a GraphQL mutation on behalf of a user. */
export function graphqlOrigin(userId: string): ChangeOrigin {
  return Object.freeze({ kind: 'graphql', userId });
}

/** The origin of changes made by the auto-aligner. */
export const AUTO_ALIGN_ORIGIN: ChangeOrigin = Object.freeze({ kind: 'auto-align' });

/** The origin of schema migrations. */
export const MIGRATION_ORIGIN: ChangeOrigin = Object.freeze({ kind: 'migration' });

/** Returns the origin of a restore of a named version, attributed to the user who asked for it. */
export function restoreOrigin(userId?: string): ChangeOrigin {
  return Object.freeze(userId === undefined ? { kind: 'restore' } : { kind: 'restore', userId });
}

/** The origin helpers under one name: `ORIGIN.user(id)`, `ORIGIN.autoAlign`, … */
export const ORIGIN = Object.freeze({
  user: userOrigin,
  graphql: graphqlOrigin,
  restore: restoreOrigin,
  autoAlign: AUTO_ALIGN_ORIGIN,
  migration: MIGRATION_ORIGIN,
});

/** Returns true when a value has the shape of a {@link ChangeOrigin}. */
export function isChangeOrigin(value: unknown): value is ChangeOrigin {
  if (typeof value !== 'object' || value === null) return false;
  const { kind, userId } = value as { kind?: unknown; userId?: unknown };
  const kinds = ['user', 'graphql', 'auto-align', 'restore', 'migration'];
  return typeof kind === 'string' && kinds.includes(kind) && (userId === undefined || typeof userId === 'string');
}

/** Returns true when the change is a person's decision (browser or GraphQL), which the aligner must keep. */
export function isHumanOrigin(origin: ChangeOrigin): boolean {
  return origin.kind === 'user' || origin.kind === 'graphql';
}

/** Returns the acting user's id, or null for machine origins. */
export function actorOf(origin: ChangeOrigin): string | null {
  return origin.userId ?? null;
}
