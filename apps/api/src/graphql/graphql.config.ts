import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { ApolloDriverConfig } from '@nestjs/apollo';
import type { IncomingMessage } from 'node:http';
import type { Request, Response } from 'express';
import type { Logger } from 'pino';
import { tokenFromRequest } from '../access/bearer.js';
import type { RequestContext } from '../access/request-context.js';
import type { SubscriptionSockets } from '../access/subscription-sockets.js';
import type { ViewerService } from '../access/viewer.service.js';
import type { WebSocket } from 'ws';
import type { PrismaService } from '../infra/prisma/prisma.service.js';
import type { AppConfig } from '../config/config.schema.js';
import { isAllowedOrigin } from '../infra/http/allowed-origin.js';
import { oneCredentialMutationPerRequest, readOnlyTokenPlugin } from '../modules/auth/auth-graphql-guards.js';
import { anonymousIntrospectionPlugin } from './introspection.js';
import { limitedStringify, requestLimitsPlugin, withFieldDeadlines, type RequestLimits } from './request-limits.js';
import { createErrorFormatter, graphqlWsErrorHooks } from './format-error.js';
import { createLoaders } from './loaders.js';
import { SCHEMA_FILE } from './schema-file.js';

/** Limits on what one GraphQL request may ask for; tuned so the web app's largest query fits easily. */
export const QUERY_LIMITS = { maxDepth: 10, maxAliases: 20, maxTokens: 5000, maxDirectives: 30 };

/**
 * Cost budget: lists multiply what is under them (see query-cost.ts). The web app's largest query, a
 * comparison's articles with their segments, costs ~80k at the assumed sizes, and every claim's diff
 * ~400k; one level of nesting more (segments → article → segments) costs 16 million.
 */
const QUERY_COST: Pick<RequestLimits, 'maxCost' | 'listSizes'> = {
  maxCost: 1_000_000,
  listSizes: {
    // A connection's `first` already multiplies its edges.
    byField: {
      'Comparison.articles': 50,
      'Article.segments': 400,
      'Comparison.claims': 300,
      'Claim.links': 50,
      'ClaimDiff.witnesses': 10,
      'WitnessDiff.ops': 30,
      'ArticleConnection.edges': 1,
    },
    defaultSize: 50,
    maxFirst: 100,
  },
};

/** Builds the Apollo driver options: schema file, context with viewer and loaders, limits, error mapping. */
export function buildGraphqlConfig(
  prisma: PrismaService,
  viewers: ViewerService,
  sockets: SubscriptionSockets,
  log: Logger,
  config: AppConfig,
): ApolloDriverConfig {
  const production = config.NODE_ENV === 'production';
  const writeSchemaFile = config.NODE_ENV === 'development';
  const armor = new ApolloArmor({
    maxDepth: { n: QUERY_LIMITS.maxDepth },
    // Replaced by requestLimitsPlugin, whose cost multiplies by list sizes.
    costLimit: { enabled: false },
    maxAliases: { n: QUERY_LIMITS.maxAliases },
    // Token limits go to graphql-js's own parser (parseOptions below): armor's re-parse turns syntax
    // errors into HTTP 500s.
    maxTokens: { enabled: false },
    maxDirectives: { n: QUERY_LIMITS.maxDirectives },
    // "Did you mean …" would map the schema for someone who may not introspect it.
    blockFieldSuggestion: { enabled: production },
  });
  const protection = armor.protect();
  const formatError = createErrorFormatter(log);
  return {
    autoSchemaFile: writeSchemaFile ? SCHEMA_FILE : true,
    sortSchema: true,
    playground: false,
    introspection: true,
    parseOptions: { maxTokens: QUERY_LIMITS.maxTokens },
    // Built once at boot: the deadline check goes on resolver-backed fields only (see request-limits.ts).
    transformSchema: (schema) => withFieldDeadlines(schema, config.GRAPHQL_TIMEOUT_MS),
    stringifyResult: limitedStringify(config.GRAPHQL_MAX_RESPONSE_BYTES),
    formatError,
    // graphql-armor's types come from Apollo's ESM build and Nest's from the CJS one; the objects are the same.
    // No HTTP caching of GraphQL responses here; the cache-control plugin costs a hook per resolved field.
    plugins: [
      ...protection.plugins,
      requestLimitsPlugin({ ...QUERY_COST, timeoutMs: config.GRAPHQL_TIMEOUT_MS }),
      readOnlyTokenPlugin(),
      ...(production ? [anonymousIntrospectionPlugin()] : []),
      ApolloServerPluginCacheControlDisabled(),
    ] as NonNullable<ApolloDriverConfig['plugins']>,
    validationRules: [...protection.validationRules, oneCredentialMutationPerRequest],
    subscriptions: {
      'graphql-ws': {
        path: '/graphql',
        // Subscription errors get the codes and masking of HTTP ones. Nest types these options loosely
        // (graphql-ws's own types would tie them to one graphql-js build); the hooks take what graphql-ws passes.
        ...(graphqlWsErrorHooks(formatError) as object),
        onConnect: async (ctx) => {
          // Browsers send the session cookie on this upgrade from any page: only the app's own origin (or a
          // configured one) may open it. Returning false closes with 4403 Forbidden.
          if (!isAllowedOrigin((ctx.extra as { request: IncomingMessage }).request, config.ALLOWED_ORIGINS)) return false;
          const raw = (ctx.connectionParams?.authorization ?? ctx.connectionParams?.Authorization) as string | undefined;
          const token = raw?.replace(/^Bearer\s+/i, '') ?? tokenFromRequest((ctx.extra as { request: IncomingMessage }).request);
          const viewer = token ? await viewers.forToken(token) : null;
          (ctx.extra as { viewer?: unknown }).viewer = viewer;
          // Remembered so that revoking the credential or changing the user's membership closes it.
          if (viewer) sockets.add((ctx.extra as { socket: WebSocket }).socket, viewer);
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
