import type { z } from 'zod';
import { BadUserInput } from '../errors/app-error.js';

/** Parses input with a zod schema at the edge; on failure throws BadUserInput naming every bad field. */
export function validateInput<S extends z.ZodType>(schema: S, input: unknown): z.infer<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const fields: Record<string, string> = {};
  for (const issue of result.error.issues) fields[issue.path.join('.') || 'input'] ??= issue.message;
  const summary = Object.entries(fields)
    .map(([k, v]) => `${k}: ${v}`)
    .join('; ');
  throw new BadUserInput(`Invalid input — ${summary}`, fields);
}
