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
import { HealthModule } from './modules/health/health.module.js';

/** Everything the API needs at run time, decided before Nest starts (config, database URL, logger). */
export interface AppDeps {
  config: AppConfig;
  databaseUrl: string;
  log: Logger;
}

/** The root module: the floors below GraphQL always, the GraphQL server and its features with the `graphql` role. */
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
        CollabModule,
        HealthModule,
        // APP_ROLES=collab loads no GraphQL: neither the server nor the feature modules behind it.
        ...(config.APP_ROLES.includes('graphql') ? [GraphqlServerModule.forRoot(log)] : []),
      ],
    };
  }
}

@Module({})
class LoggerModule {}
