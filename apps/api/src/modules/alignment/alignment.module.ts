import { Module } from '@nestjs/common';
import { CollabModule } from '../../collab/collab.module';
import { AuthModule } from '../auth/auth.module';
import { ComparisonsModule } from '../comparisons/comparisons.module';
import { AlignmentResolver, ClaimDiffResolver } from './alignment.resolver';
import { AlignmentService } from './alignment.service';
import { ComparisonImportService } from './exports/comparison-import.service';
import { ExportController } from './exports/export.controller';
import { ExportService } from './exports/export.service';

@Module({
  imports: [AuthModule, CollabModule, ComparisonsModule],
  controllers: [ExportController],
  providers: [AlignmentService, AlignmentResolver, ClaimDiffResolver, ExportService, ComparisonImportService],
  exports: [AlignmentService],
})
export class AlignmentModule {}
