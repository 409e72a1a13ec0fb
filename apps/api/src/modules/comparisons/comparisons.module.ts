import { Module } from '@nestjs/common';
import { ComparisonPolicy } from './comparisons.policy.js';
import { ComparisonsResolver } from './comparisons.resolver.js';
import { ComparisonsService } from './comparisons.service.js';

@Module({ providers: [ComparisonsService, ComparisonsResolver, ComparisonPolicy], exports: [ComparisonPolicy, ComparisonsService] })
export class ComparisonsModule {}
