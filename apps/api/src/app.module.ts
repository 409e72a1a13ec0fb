import { type DynamicModule, Module } from '@nestjs/common';
import type { Logger } from 'pino';
import { AccessModule } from './access/access.module.js';
import { CollabModule } from './collab/collab.module.js';
import { ConfigModule } from './config/config.module.js';
import type { AppConfig } from './config/config.schema.js';
import { GraphqlServerModule } from './graphql/graphql-server.module.js';
import { LOGGER } from './infra/logging/logger.js';
import { PrismaModule } from './infra/prisma/prisma.module.js';
import { PubSubModule } from './infra/pubsub/pubsub.module.js';
import { AlignmentModule } from './modules/alignment/alignment.module.js';
import { ArticlesModule } from './modules/articles/articles.module.js';
import { AuthModule } from './modules/auth/auth.module.js';
import { ClaimsModule } from './modules/claims/claims.module.js';
import { ComparisonsModule } from './modules/comparisons/comparisons.module.js';
import { HealthModule } from './modules/health/health.module.js';
import { HistoryModule } from './modules/history/history.module.js';
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
      imports: [
        ConfigModule.forRoot(config),
        PrismaModule.forRoot(databaseUrl),
        { module: LoggerModule, global: true, providers: [{ provide: LOGGER, useValue: log }], exports: [LOGGER] },
        PubSubModule,
        AccessModule,
        GraphqlServerModule.forRoot(log),
        AuthModule,
        WorkspacesModule,
        OutletsModule,
        ArticlesModule,
        ComparisonsModule,
        CollabModule,
        ClaimsModule,
        HistoryModule,
        AlignmentModule,
        ThreadsModule,
        HealthModule,
      ],
    };
  }
}

@Module({})
class LoggerModule {}
