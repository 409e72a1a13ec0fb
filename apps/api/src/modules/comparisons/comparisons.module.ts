import { Module } from '@nestjs/common';
import { ComparisonLifecycle } from './comparison-lifecycle.js';
import { ComparisonPolicy } from './comparisons.policy.js';
import { ComparisonsResolver } from './comparisons.resolver.js';
import { ComparisonsService } from './comparisons.service.js';

@Module({
  providers: [ComparisonsService, ComparisonsResolver, ComparisonPolicy, ComparisonLifecycle],
  exports: [ComparisonPolicy, ComparisonsService, ComparisonLifecycle],
 })
export class ComparisonsModule {}
