import { Module } from '@nestjs/common';
import { OutletsResolver } from './outlets.resolver';
import { OutletsService } from './outlets.service';

@Module({ providers: [OutletsService, OutletsResolver], exports: [OutletsService] })
export class OutletsModule {}
