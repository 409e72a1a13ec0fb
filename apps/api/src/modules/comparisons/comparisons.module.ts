import { Module } from '@nestjs/common';
import { ComparisonChanges } from './comparison-changes.js';
import { ComparisonsResolver } from './comparisons.resolver.js';
import { ComparisonsService } from './comparisons.service.js';

@Module({ providers: [ComparisonChanges, ComparisonsService, ComparisonsResolver], exports: [ComparisonsService, ComparisonChanges] })
export class ComparisonsModule {}
