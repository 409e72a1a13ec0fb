import { AlignmentModule } from '../modules/alignment/alignment.module.js';
import { ArticlesModule } from '../modules/articles/articles.module.js';
import { AuthModule } from '../modules/auth/auth.module.js';
import { ClaimsModule } from '../modules/claims/claims.module.js';
import { ComparisonsModule } from '../modules/comparisons/comparisons.module.js';
import { HistoryModule } from '../modules/history/history.module.js';
import { OutletsModule } from '../modules/outlets/outlets.module.js';
import { ThreadsModule } from '../modules/threads/threads.module.js';
import { WorkspacesModule } from '../modules/workspaces/workspaces.module.js';

/**
 * The feature modules the GraphQL server serves, in one list: the app loads them with the `graphql` role
 * (APP_ROLES), and the schema file is generated from their resolvers.
 */
export const GRAPHQL_FEATURE_MODULES = [
  AuthModule,
  WorkspacesModule,
  OutletsModule,
  ArticlesModule,
  ComparisonsModule,
  ClaimsModule,
  HistoryModule,
  AlignmentModule,
  ThreadsModule,
];
