import { Controller, Get, HttpException, HttpStatus } from '@nestjs/common';
import { PrismaService } from '../../infra/prisma/prisma.service.js';

/** Liveness and readiness for load balancers and docker-compose: 200 when the database answers. */
@Controller()
export class HealthController {
  constructor(private readonly prisma: PrismaService) {}

  @Get('healthz')
  async health() {
    try {
      await this.prisma.$queryRaw`SELECT 1`;
      return { status: 'ok' };
    } catch {
      throw new HttpException({ status: 'unavailable', reason: 'database' }, HttpStatus.SERVICE_UNAVAILABLE);
    }
  }
}
