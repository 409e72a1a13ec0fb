import { Module } from '@nestjs/common';
import { CollabModule } from '../../collab/collab.module.js';
import { ThreadEvents } from './thread-events.js';
import { ThreadExportController } from './exports/thread-export.controller.js';
import { ThreadExportService } from './exports/thread-export.service.js';
import { ComparisonThreadsResolver, ThreadFieldsResolver } from './thread-fields.resolver.js';
import { ThreadSuggestionsService } from './thread-suggestions.service.js';
import { ThreadWriter } from './thread-writer.js';
import { ThreadsResolver } from './threads.resolver.js';
import { ThreadsService } from './threads.service.js';

/**
 * Threads: the same commitment followed across the events of a workspace. State lives in Postgres rows
 * (threads, thread_claims, thread_changes) rather than in a workspace Y.Doc: thread edits are coarse decisions
 * (accept, reject, merge, split, rename) that refer to claims of many comparison docs, so a serialised
 * transaction per edit with a history row, an optimistic version and a live subscription gives no lost or
 * doubled edit without adding a second kind of collaborative room to the collab engine.
 */
@Module({
  imports: [CollabModule],
  controllers: [ThreadExportController],
  providers: [
    ThreadEvents,
    ThreadWriter,
    ThreadsService,
    ThreadSuggestionsService,
    ThreadsResolver,
    ThreadFieldsResolver,
    ComparisonThreadsResolver,
    ThreadExportService,
  ],
  exports: [ThreadSuggestionsService, ThreadExportService],
})
export class ThreadsModule {}
