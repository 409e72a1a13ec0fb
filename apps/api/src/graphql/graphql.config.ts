import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { ApolloDriverConfig } from '@nestjs/apollo';
import type { IncomingMessage } from 'node:http';
import path from 'node:path';
import type { Request, Response } from 'express';
import type { Logger } from 'pino';
import { tokenFromRequest } from '../access/bearer.js';
import type { RequestContext } from '../access/request-context.js';
import type { ViewerService } from '../access/viewer.service.js';
import { findRepoRoot } from '../config/repo-root.js';
import type { PrismaService } from '../infra/prisma/prisma.service.js';
import { createErrorFormatter } from './format-error.js';
import { createLoaders } from './loaders.js';

/** Limits on what one GraphQL request may ask for; tuned so the web app's largest query fits easily. */
export const QUERY_LIMITS = { maxDepth: 10, maxCost: 20000, maxAliases: 20, maxTokens: 5000, maxDirectives: 30 };

/** Builds the Apollo driver options: schema file, context with viewer and loaders, limits, error mapping. */
export function buildGraphqlConfig(prisma: PrismaService, viewers: ViewerService, log: Logger): ApolloDriverConfig {
  const armor = new ApolloArmor({
    maxDepth: { n: QUERY_LIMITS.maxDepth },
    costLimit: { maxCost: QUERY_LIMITS.maxCost },
    maxAliases: { n: QUERY_LIMITS.maxAliases },
    // Token limits go to graphql-js's own parser (parseOptions below): armor's re-parse turns syntax
    // errors into HTTP 500s.
    maxTokens: { enabled: false },
    maxDirectives: { n: QUERY_LIMITS.maxDirectives },
    blockFieldSuggestion: { enabled: false },
  });
  const protection = armor.protect();
  return {
    autoSchemaFile: path.join(findRepoRoot(), 'apps', 'api', 'schema.gql'),
    sortSchema: true,
    playground: false,
    introspection: true,
    parseOptions: { maxTokens: QUERY_LIMITS.maxTokens },
    formatError: createErrorFormatter(log),
    // graphql-armor's types come from Apollo's ESM build and Nest's from the CJS one; the objects are the same.
    // No HTTP caching of GraphQL responses here; the cache-control plugin costs a hook per resolved field.
    plugins: [...protection.plugins, ApolloServerPluginCacheControlDisabled()] as NonNullable<ApolloDriverConfig['plugins']>,
    validationRules: [...protection.validationRules],
    subscriptions: {
      'graphql-ws': {
        path: '/graphql',
        onConnect: async (ctx) => {
          const raw = (ctx.connectionParams?.authorization ?? ctx.connectionParams?.Authorization) as string | undefined;
          const token = raw?.replace(/^Bearer\s+/i, '') ?? tokenFromRequest((ctx.extra as { request: IncomingMessage }).request);
          const viewer = token ? await viewers.forToken(token) : null;
          (ctx.extra as { viewer?: unknown }).viewer = viewer;
          return true;
        },
      },
    },
    context: async ({ req, res, extra }: { req?: Request; res?: Response; extra?: { viewer?: RequestContext['viewer'] } }) => {
      if (extra) return { viewer: extra.viewer ?? null, loaders: createLoaders(prisma) } satisfies RequestContext;
      const viewer = req ? await viewers.forRequest(req) : null;
      return { req, res, viewer, loaders: createLoaders(prisma) } satisfies RequestContext;
    },
  };
}
