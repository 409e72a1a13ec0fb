import type { Request, Response } from 'express';
import type { Loaders } from './loaders.js';

/** The authenticated caller of a request, if any. */
export interface Viewer {
  userId: string;
  email: string;
  /** How the caller authenticated: a browser session or a personal API token. */
  via: 'session' | 'api-token';
  /** False for a read-only API token: it may query and subscribe, never change anything. */
  canWrite: boolean;
}

/** What every resolver gets: the caller and this request's DataLoaders. */
export interface RequestContext {
  req?: Request;
  res?: Response;
  viewer: Viewer | null;
  loaders: Loaders;
}
