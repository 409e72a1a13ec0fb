import { Catch } from '@nestjs/common';
import type { GqlExceptionFilter } from '@nestjs/graphql';
import { AppError } from '../infra/errors/app-error.js';

/**
 * Hands domain errors back to GraphQL untouched. Without it Nest's default handler logs every FORBIDDEN or
 * BAD_USER_INPUT at error level; they are the caller's mistakes, and format-error.ts maps them.
 */
@Catch(AppError)
export class AppErrorFilter implements GqlExceptionFilter {
  catch(error: AppError) {
    return error;
  }
}
