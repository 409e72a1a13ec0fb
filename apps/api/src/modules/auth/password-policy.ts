import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import * as common from '@zxcvbn-ts/language-common';
import * as en from '@zxcvbn-ts/language-en';
import { BadUserInput } from '../../infra/errors/app-error.js';

/** Shortest password accepted (ASVS 2.1.1 asks for 12 with no other rule; 10 plus a strength check here). */
export const MIN_PASSWORD_LENGTH = 10;
/** zxcvbn score (0–4) a password must reach: 3 is "safely unguessable: moderate protection from offline attacks". */
const MIN_SCORE = 3;
/** Only the start of a long password is scored: zxcvbn's cost grows with length, and 64 characters suffice. */
const SCORED_PREFIX = 64;

const zxcvbn = new ZxcvbnFactory({
  graphs: common.adjacencyGraphs,
  dictionary: { ...common.dictionary, ...en.dictionary },
  translations: en.translations,
});

/**
 * Refuses short or guessable passwords ("12345678", "password", eight spaces, the user's own email or name)
 * with BAD_USER_INPUT and zxcvbn's advice in `fields.password`.
 */
export function assertStrongPassword(password: string, userInputs: string[]): void {
  if (password.trim().length < MIN_PASSWORD_LENGTH) {
    throw new BadUserInput('The password is too short.', { password: `must be at least ${MIN_PASSWORD_LENGTH} characters` });
  }
  const result = zxcvbn.check(password.slice(0, SCORED_PREFIX), userInputs);
  if (result.score < MIN_SCORE) {
    const advice = result.feedback.warning || result.feedback.suggestions[0] || 'Add more words or characters.';
    throw new BadUserInput('The password is too easy to guess.', { password: `too easy to guess: ${advice}` });
  }
}
