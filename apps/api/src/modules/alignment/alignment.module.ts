import { Module } from '@nestjs/common';
import { CollabModule } from '../../collab/collab.module.js';
import { ThreadsModule } from '../threads/threads.module.js';
import { AlignmentResolver, ClaimDiffResolver } from './alignment.resolver.js';
import { AlignmentService } from './alignment.service.js';
import { ComparisonImportService } from './exports/comparison-import.service.js';
import { ExportController } from './exports/export.controller.js';
import { ExportService } from './exports/export.service.js';

@Module({
  imports: [CollabModule, ThreadsModule],
  controllers: [ExportController],
  providers: [AlignmentService, AlignmentResolver, ClaimDiffResolver, ExportService, ComparisonImportService],
  exports: [AlignmentService],
})
export class AlignmentModule {}
