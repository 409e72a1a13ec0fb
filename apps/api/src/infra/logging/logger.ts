import type { LoggerService } from '@nestjs/common';
import pino, { type Logger } from 'pino';

/** Creates the process-wide structured logger (JSON lines on stdout). */
export function createLogger(level: string): Logger {
  return pino({ level, base: { app: 'parallax' }, timestamp: pino.stdTimeFunctions.isoTime });
}

/** Routes NestJS's own log lines into pino so the whole process logs one format. */
export class PinoNestLogger implements LoggerService {
  constructor(private readonly pino: Logger) {}
  log(message: unknown, context?: string) {
    this.pino.info({ context }, String(message));
  }
  error(message: unknown, trace?: string, context?: string) {
    this.pino.error({ context, trace }, String(message));
  }
  warn(message: unknown, context?: string) {
    this.pino.warn({ context }, String(message));
  }
  debug(message: unknown, context?: string) {
    this.pino.debug({ context }, String(message));
  }
  verbose(message: unknown, context?: string) {
    this.pino.trace({ context }, String(message));
  }
}

/** Injection token of the pino logger. */
export const LOGGER = Symbol('LOGGER');
