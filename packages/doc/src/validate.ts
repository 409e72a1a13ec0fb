import { DocOperationError } from './errors.js';
import { KEY_SEPARATOR } from './keys.js';
import { isChangeOrigin, type ChangeOrigin } from './origin.js';
import { RELATIONS, type CommentAnchor, type Relation } from './types.js';

/** Size limits enforced on every write, so one client cannot bloat a doc every editor must load. */
export const LIMITS = {
  idLength: 200,
  labelLength: 500,
  topicLength: 200,
  noteLength: 20_000,
  commentLength: 10_000,
  authorNameLength: 200,
  flagCount: 20,
  flagLength: 64,
} as const;

function invalid(message: string): never {
  throw new DocOperationError('INVALID_ARGUMENT', message);
}

/** Throws INVALID_ARGUMENT unless the value is a usable id (non-empty, bounded, no key separator). */
export function assertId(value: unknown, name: string): asserts value is string {
  if (typeof value !== 'string' || value.length === 0 || value.length > LIMITS.idLength) {
    invalid(`${name} must be a non-empty string of at most ${LIMITS.idLength} characters`);
  }
  if (value.includes(KEY_SEPARATOR)) invalid(`${name} must not contain "${KEY_SEPARATOR}"`);
}

/** Throws INVALID_ARGUMENT unless every id is valid and no id repeats. */
export function assertDistinctIds(values: unknown, name: string): asserts values is string[] {
  if (!Array.isArray(values) || values.length === 0) invalid(`${name} must be a non-empty array`);
  values.forEach((v, i) => assertId(v, `${name}[${i}]`));
  if (new Set(values).size !== values.length) invalid(`${name} must not repeat an id`);
}

/** Returns the trimmed label, or throws INVALID_ARGUMENT when it is empty or too long. */
export function checkLabel(value: unknown, name = 'label'): string {
  if (typeof value !== 'string') invalid(`${name} must be a string`);
  const label = value.trim();
  if (label.length === 0 || label.length > LIMITS.labelLength) {
    invalid(`${name} must have 1 to ${LIMITS.labelLength} characters`);
  }
  return label;
}

/** Returns the trimmed topic or null (an empty topic clears it), or throws INVALID_ARGUMENT. */
export function checkTopic(value: unknown): string | null {
  if (value === null) return null;
  if (typeof value !== 'string') invalid('topic must be a string or null');
  const topic = value.trim();
  if (topic.length > LIMITS.topicLength) invalid(`topic must have at most ${LIMITS.topicLength} characters`);
  return topic.length === 0 ? null : topic;
}

/** Throws INVALID_ARGUMENT unless the note is a string within the size limit. */
export function assertNote(value: unknown): asserts value is string {
  if (typeof value !== 'string' || value.length > LIMITS.noteLength) {
    invalid(`note must be a string of at most ${LIMITS.noteLength} characters`);
  }
}

/** Throws INVALID_ARGUMENT unless the value is a {@link Relation}. */
export function assertRelation(value: unknown): asserts value is Relation {
  if (!RELATIONS.includes(value as Relation)) invalid(`relation must be one of ${RELATIONS.join(', ')}`);
}

/** Throws INVALID_ARGUMENT unless the value is a finite number in 0..1. */
export function assertConfidence(value: unknown): asserts value is number {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0 || value > 1) {
    invalid('confidence must be a number between 0 and 1');
  }
}

/** Throws INVALID_ARGUMENT unless the value is a finite number. */
export function assertPosition(value: unknown, name = 'position'): asserts value is number {
  if (typeof value !== 'number' || !Number.isFinite(value)) invalid(`${name} must be a finite number`);
}

/** Returns the flags without duplicates, or throws INVALID_ARGUMENT when they are not short strings. */
export function checkFlags(value: unknown): string[] {
  if (!Array.isArray(value) || value.length > LIMITS.flagCount) {
    invalid(`flags must be an array of at most ${LIMITS.flagCount} strings`);
  }
  for (const flag of value) {
    if (typeof flag !== 'string' || flag.length === 0 || flag.length > LIMITS.flagLength) {
      invalid(`each flag must be a string of 1 to ${LIMITS.flagLength} characters`);
    }
  }
  return [...new Set(value as string[])];
}

/** Returns a copy of a valid comment anchor, or throws INVALID_ARGUMENT. */
export function checkAnchor(value: unknown): CommentAnchor {
  const a = value as Partial<Record<string, unknown>> | null;
  if (typeof a !== 'object' || a === null) invalid('anchor must be an object');
  if (a.kind === 'claim') {
    assertId(a.claimId, 'anchor.claimId');
    return { kind: 'claim', claimId: a.claimId };
  }
  if (a.kind === 'segment') {
    assertId(a.segmentId, 'anchor.segmentId');
    const { start, end } = a;
    if (!Number.isInteger(start) || !Number.isInteger(end) || (start as number) < 0 || (end as number) < (start as number)) {
      invalid('anchor.start and anchor.end must be integers with 0 <= start <= end');
    }
    return { kind: 'segment', segmentId: a.segmentId, start: start as number, end: end as number };
  }
  return invalid('anchor.kind must be "claim" or "segment"');
}

/** Returns the comment body (kept verbatim), or throws INVALID_ARGUMENT when blank or too long. */
export function checkBody(value: unknown): string {
  if (typeof value !== 'string' || value.trim().length === 0 || value.length > LIMITS.commentLength) {
    invalid(`body must be a non-blank string of at most ${LIMITS.commentLength} characters`);
  }
  return value;
}

/** Returns the trimmed author name, or throws INVALID_ARGUMENT. */
export function checkAuthorName(value: unknown): string {
  if (typeof value !== 'string') invalid('authorName must be a string');
  const name = value.trim();
  if (name.length === 0 || name.length > LIMITS.authorNameLength) {
    invalid(`authorName must have 1 to ${LIMITS.authorNameLength} characters`);
  }
  return name;
}

/** Throws INVALID_ARGUMENT unless the caller passed a {@link ChangeOrigin}. */
export function assertOrigin(value: unknown): asserts value is ChangeOrigin {
  if (!isChangeOrigin(value)) invalid('origin must be a ChangeOrigin');
}
