import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import { type DynamicModule, Module } from '@nestjs/common';
import { APP_FILTER } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';
import type { Logger } from 'pino';
import { CollabModule } from './collab/collab.module.js';
import { ConfigModule } from './config/config.module.js';
import type { AppConfig } from './config/config.schema.js';
import { AppErrorFilter } from './infra/graphql/app-error.filter.js';
import { buildGraphqlConfig } from './infra/graphql/graphql.config.js';
import { LOGGER } from './infra/logging/logger.js';
import { PrismaModule } from './infra/prisma/prisma.module.js';
import { PrismaService } from './infra/prisma/prisma.service.js';
import { PubSubModule } from './infra/pubsub/pubsub.module.js';
import { AlignmentModule } from './modules/alignment/alignment.module.js';
import { ArticlesModule } from './modules/articles/articles.module.js';
import { AuthModule } from './modules/auth/auth.module.js';
import { AuthService } from './modules/auth/auth.service.js';
import { ComparisonsModule } from './modules/comparisons/comparisons.module.js';
import { HealthModule } from './modules/health/health.module.js';
import { OutletsModule } from './modules/outlets/outlets.module.js';
import { ThreadsModule } from './modules/threads/threads.module.js';
import { WorkspacesModule } from './modules/workspaces/workspaces.module.js';

/** Everything the API needs at run time, decided before Nest starts (config, database URL, logger). */
export interface AppDeps {
  config: AppConfig;
  databaseUrl: string;
  log: Logger;
}

/** The root module. */
@Module({})
export class AppModule {
  static forRoot({ config, databaseUrl, log }: AppDeps): DynamicModule {
    return {
      module: AppModule,
      providers: [{ provide: APP_FILTER, useClass: AppErrorFilter }],
      imports: [
        ConfigModule.forRoot(config),
        PrismaModule.forRoot(databaseUrl),
        { module: LoggerModule, global: true, providers: [{ provide: LOGGER, useValue: log }], exports: [LOGGER] },
        PubSubModule,
        AuthModule,
        GraphQLModule.forRootAsync<ApolloDriverConfig>({
          driver: ApolloDriver,
          imports: [AuthModule],
          inject: [PrismaService, AuthService],
          useFactory: (prisma: PrismaService, auth: AuthService) => buildGraphqlConfig(prisma, auth, log),
        }),
        WorkspacesModule,
        OutletsModule,
        ArticlesModule,
        ComparisonsModule,
        CollabModule,
        AlignmentModule,
        ThreadsModule,
        HealthModule,
      ],
    };
  }
}

@Module({})
class LoggerModule {}
