import { Module } from '@nestjs/common';
import { ComparisonsResolver } from './comparisons.resolver.js';
import { ComparisonsService } from './comparisons.service.js';

@Module({ providers: [ComparisonsService, ComparisonsResolver], exports: [ComparisonsService] })
export class ComparisonsModule {}
