import type { ApiErrorCode } from '@parallax/doc';
import { existsSync } from 'node:fs';
import path from 'node:path';
import express, { type NextFunction, type Request, type Response } from 'express';
import type { NestExpressApplication } from '@nestjs/platform-express';

/** Paths the API owns; everything else is the single-page web app. */
export const API_PATH_PREFIXES = ['/graphql', '/collab', '/healthz', '/api/'];

/**
 * Serves the built web app from the API's own port, with index.html as the fallback for client-side
 * routes, so a user needs one URL. When the web app is not built, `/` explains how to build it.
 */
export function serveWebApp(app: NestExpressApplication, webDistDir: string): void {
  const index = path.join(webDistDir, 'index.html');
  const built = existsSync(index);
  if (built) app.use(express.static(webDistDir, { index: false, maxAge: '1h' }));
  app.use((req: Request, res: Response, next: NextFunction) => {
    if (req.method !== 'GET' || API_PATH_PREFIXES.some((p) => req.path.startsWith(p))) return next();
    if (!req.accepts('html')) return next();
    if (!built) {
      res.status(503).type('text/plain').send('The web app is not built yet. Run `npm run build` (or `npm start`).');
      return;
    }
    res.sendFile(index);
  });
}

/** Turns body-parser failures (oversized or malformed JSON) into GraphQL-shaped errors with a stable code. */
export function bodyErrorHandler(
  err: { type?: string; status?: number; message?: string },
  _req: Request,
  res: Response,
  next: NextFunction,
) {
  if (!err?.type) return next(err);
  const tooLarge = err.type === 'entity.too.large';
  res.status(tooLarge ? 413 : 400).json({
    errors: [
      {
        message: tooLarge ? 'The request body is too large.' : `The request body is not valid JSON: ${err.message}`,
        extensions: { code: (tooLarge ? 'PAYLOAD_TOO_LARGE' : 'BAD_REQUEST') satisfies ApiErrorCode },
      },
    ],
  });
}
