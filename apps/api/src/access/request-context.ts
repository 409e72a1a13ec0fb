import type { Request, Response } from 'express';
import type { AccessLoaders } from './access.loaders.js';

/** The authenticated caller of a request, if any. */
export interface Viewer {
  userId: string;
  email: string;
  /** Display name, the only author name the caller's comments and links may carry. */
  name: string;
  /** How the caller authenticated: a browser session or a personal API token. */
  via: 'session' | 'api-token';
  /** False for a read-only API token: it may query and subscribe, never change anything. */
  canWrite: boolean;
  /** The hash of the session or token used: open sockets remember it, so revoking it can close them. */
  credential: string;
}

/**
 * This request's DataLoaders. Each feature adds its own loaders to this interface from its
 * `<feature>.loader.ts` (declaration merging), so the floors stay downward: a feature never imports the
 * GraphQL assembly above it, and `createLoaders` in `graphql/loaders.ts` must build every loader declared
 * here (it is checked with `satisfies RequestLoaders`).
 */
export interface RequestLoaders extends AccessLoaders {}

/** What every resolver gets: the caller and this request's DataLoaders. */
export interface RequestContext {
  req?: Request;
  res?: Response;
  viewer: Viewer | null;
  loaders: RequestLoaders;
}

/** The part of a request a policy needs: its loaders, so repeated checks in one request are batched. */
export type PolicyContext = Pick<RequestContext, 'loaders'>;
