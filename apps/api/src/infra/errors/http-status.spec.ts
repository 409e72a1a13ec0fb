import { API_ERROR_CODES } from '@parallax/doc';
import { httpStatusOf } from './http-status.js';

describe('httpStatusOf', () => {
  it('gives every API error code a client or server error status', () => {
    for (const code of API_ERROR_CODES) expect(httpStatusOf(code)).toBeGreaterThanOrEqual(400);
    expect(httpStatusOf('INTERNAL_SERVER_ERROR')).toBe(500);
    expect(httpStatusOf('CONFLICT')).toBe(409);
  });
});
