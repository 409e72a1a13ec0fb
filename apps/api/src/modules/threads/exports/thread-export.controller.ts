import { Controller, Get, Param, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { AppError, Unauthenticated } from '../../../infra/errors/app-error.js';
import { ViewerService } from '../../../access/viewer.service.js';
import { ThreadsService } from '../threads.service.js';
import { ThreadExportService } from './thread-export.service.js';

const STATUS: Record<string, number> = { UNAUTHENTICATED: 401, FORBIDDEN: 403, NOT_FOUND: 404, BAD_USER_INPUT: 400 };

/** `GET /api/threads/<id>/timeline.csv`: a thread's timeline, with GraphQL's authentication and VIEWER access. */
@Controller('api/threads')
export class ThreadExportController {
  constructor(
    private readonly viewers: ViewerService,
    private readonly threads: ThreadsService,
    private readonly exports: ThreadExportService,
  ) {}

  @Get(':id/timeline.csv')
  async timeline(@Param('id') id: string, @Req() req: Request, @Res() res: Response) {
    try {
      const viewer = await this.viewers.forRequest(req);
      if (!viewer) throw new Unauthenticated();
      await this.threads.get(null, viewer, id);
      const file = await this.exports.timelineCsv(id);
      res.setHeader('content-type', 'text/csv; charset=utf-8');
      res.setHeader('content-disposition', `attachment; filename="${file.filename}"`);
      res.send(file.body);
    } catch (err) {
      if (!(err instanceof AppError)) throw err;
      res.status(STATUS[err.code] ?? 400).json({ errors: [{ message: err.message, extensions: { code: err.code } }] });
    }
  }
}
