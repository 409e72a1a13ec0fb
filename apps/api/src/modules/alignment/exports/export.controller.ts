import { Controller, Get, Param, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { Role } from '../../../generated/prisma/enums.js';
import { AppError, BadUserInput, Unauthenticated } from '../../../infra/errors/app-error.js';
import { httpStatusOf } from '../../../infra/errors/http-status.js';
import { ComparisonPolicy } from '../../../access/comparison.policy.js';
import { ViewerService } from '../../../access/viewer.service.js';
import { EXPORT_FORMATS, ExportService, type ExportFormat } from './export.service.js';
import { REPORT_CSP } from './formats/report-style.js';

/**
 * Downloads of a comparison: `GET /api/comparisons/<id>/export.<json|csv|coverage.csv|md|html>`, with the
 * same authentication as GraphQL (Bearer token or the browser's session cookie) and VIEWER access. Files are
 * named `<title>-<YYYY-MM-DD>.<format>`.
 */
@Controller('api/comparisons')
export class ExportController {
  constructor(
    private readonly viewers: ViewerService,
    private readonly policy: ComparisonPolicy,
    private readonly exports: ExportService,
  ) {}

  @Get(':id/export.:format')
  async download(@Param('id') id: string, @Param('format') format: string, @Req() req: Request, @Res() res: Response) {
    try {
      if (!(format in EXPORT_FORMATS))
        throw new BadUserInput(`Unknown export format "${format}"; use ${Object.keys(EXPORT_FORMATS).join(', ')}.`);
      const viewer = await this.viewers.forRequest(req);
      if (!viewer) throw new Unauthenticated();
      await this.policy.assert(null, viewer.userId, id, Role.VIEWER);
      const file = await this.exports.render(id, format as ExportFormat);
      res.setHeader('content-type', file.contentType);
      // The HTML report opens in a tab (inline) under its own strict CSP; everything else downloads.
      const disposition = format === 'html' ? 'inline' : 'attachment';
      res.setHeader('content-disposition', `${disposition}; filename="${file.filename}"`);
      if (format === 'html') res.setHeader('content-security-policy', REPORT_CSP);
      res.send(file.body);
    } catch (err) {
      if (!(err instanceof AppError)) throw err;
      res.status(httpStatusOf(err.code)).json({ errors: [{ message: err.message, extensions: { code: err.code } }] });
    }
  }
}
