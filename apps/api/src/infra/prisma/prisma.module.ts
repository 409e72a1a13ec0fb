import { Global, Module } from '@nestjs/common';
import { DATABASE_URL, PrismaService } from './prisma.service.js';

/** Provides PrismaService for the database URL decided at boot. */
@Global()
@Module({})
export class PrismaModule {
  static forRoot(url: string) {
    return {
      module: PrismaModule,
      providers: [{ provide: DATABASE_URL, useValue: url }, PrismaService],
      exports: [PrismaService, DATABASE_URL],
    };
  }
}
