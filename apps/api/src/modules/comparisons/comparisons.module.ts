import { Module } from '@nestjs/common';
import { ComparisonPolicy } from './comparisons.policy';
import { ComparisonsResolver } from './comparisons.resolver';
import { ComparisonsService } from './comparisons.service';

@Module({ providers: [ComparisonsService, ComparisonsResolver, ComparisonPolicy], exports: [ComparisonPolicy, ComparisonsService] })
export class ComparisonsModule {}
