import type { ApolloDriverConfig } from '@nestjs/apollo';
import { type DynamicModule, Module } from '@nestjs/common';
import { APP_FILTER } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';
import type { Logger } from 'pino';
import { SubscriptionSockets } from '../access/subscription-sockets.js';
import { ViewerService } from '../access/viewer.service.js';
import { APP_CONFIG } from '../config/config.module.js';
import type { AppConfig } from '../config/config.schema.js';
import { PrismaService } from '../infra/prisma/prisma.service.js';
import { AppErrorFilter } from './app-error.filter.js';
import { CompiledApolloDriver } from './compiled-apollo.driver.js';
import { buildGraphqlConfig } from './graphql.config.js';
import { GRAPHQL_FEATURE_MODULES } from './graphql-features.js';

/**
 * The GraphQL server over the feature modules (GRAPHQL_FEATURE_MODULES, which it loads): Apollo with the
 * schema built from their resolvers, the request context (viewer + the one set of loaders), limits and
 * the error formatter. A process without the `graphql` role (APP_ROLES) does not load it at all.
 */
@Module({})
export class GraphqlServerModule {
  /** Mounts GraphQL on `/graphql` (HTTP and graphql-ws) with the feature modules behind it. */
  static forRoot(log: Logger): DynamicModule {
    return {
      module: GraphqlServerModule,
      providers: [{ provide: APP_FILTER, useClass: AppErrorFilter }],
      imports: [
        GraphQLModule.forRootAsync<ApolloDriverConfig>({
          driver: CompiledApolloDriver,
          inject: [PrismaService, ViewerService, SubscriptionSockets, APP_CONFIG],
          useFactory: (prisma: PrismaService, viewers: ViewerService, sockets: SubscriptionSockets, config: AppConfig) =>
            buildGraphqlConfig(prisma, viewers, sockets, log, config),
        }),
        ...GRAPHQL_FEATURE_MODULES,
      ],
    };
  }
}
