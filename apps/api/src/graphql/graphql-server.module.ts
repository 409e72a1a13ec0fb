import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import { type DynamicModule, Module } from '@nestjs/common';
import { APP_FILTER } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';
import type { Logger } from 'pino';
import { ViewerService } from '../access/viewer.service.js';
import { PrismaService } from '../infra/prisma/prisma.service.js';
import { AppErrorFilter } from './app-error.filter.js';
import { buildGraphqlConfig } from './graphql.config.js';

/**
 * The GraphQL server over the feature modules: Apollo with the schema built from their resolvers, the
 * request context (viewer + the one set of loaders), limits and the error formatter.
 */
@Module({})
export class GraphqlServerModule {
  /** Mounts GraphQL on `/graphql` (HTTP and graphql-ws). */
  static forRoot(log: Logger): DynamicModule {
    return {
      module: GraphqlServerModule,
      providers: [{ provide: APP_FILTER, useClass: AppErrorFilter }],
      imports: [
        GraphQLModule.forRootAsync<ApolloDriverConfig>({
          driver: ApolloDriver,
          inject: [PrismaService, ViewerService],
          useFactory: (prisma: PrismaService, viewers: ViewerService) => buildGraphqlConfig(prisma, viewers, log),
        }),
      ],
    };
  }
}
