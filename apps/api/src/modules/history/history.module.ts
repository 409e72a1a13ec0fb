import { Module } from '@nestjs/common';
import { CollabModule } from '../../collab/collab.module.js';
import { ComparisonVersionsResolver, VersionsResolver } from './versions.resolver.js';
import { VersionsService } from './versions.service.js';

/** Named versions of a comparison: save, list, compare and restore (as a new change on the live doc). */
@Module({
  imports: [CollabModule],
  providers: [VersionsService, VersionsResolver, ComparisonVersionsResolver],
})
export class HistoryModule {}
