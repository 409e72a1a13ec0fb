import { Module } from '@nestjs/common';
import { OutletsResolver } from './outlets.resolver.js';
import { OutletsService } from './outlets.service.js';

@Module({ providers: [OutletsService, OutletsResolver], exports: [OutletsService] })
export class OutletsModule {}
