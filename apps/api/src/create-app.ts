import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { AppModule, type AppDeps } from './app.module.js';
import { securityHeaders } from './infra/http/security-headers.js';
import { bodyErrorHandler, serveWebApp } from './infra/http/serve-web.js';
import { PinoNestLogger } from './infra/logging/logger.js';

/** Builds the Nest application (GraphQL, health, web app, collab) without listening; used by main and tests. */
export async function createApp(deps: AppDeps): Promise<NestExpressApplication> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(deps), {
    logger: new PinoNestLogger(deps.log),
    bodyParser: false,
  });
  // req.ip (per-address throttling) comes from X-Forwarded-For only through the proxies configured as trusted.
  app.set('trust proxy', deps.config.TRUST_PROXY);
  app.use(securityHeaders({ secure: deps.config.COOKIE_SECURE, allowedOrigins: deps.config.ALLOWED_ORIGINS }));
  app.useBodyParser('json', { limit: deps.config.MAX_REQUEST_BYTES });
  app.use(bodyErrorHandler);
  serveWebApp(app, deps.config.webDistDir);
  return app;
}
