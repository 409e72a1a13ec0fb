import type { z } from 'zod';
import { BadUserInput } from '../src/infra/errors/app-error.js';
import { validateInput } from '../src/infra/validation/validate-input.js';
import { createComparisonSchema } from '../src/modules/comparisons/dto/comparison.inputs.js';
import { versionIdSchema } from '../src/modules/history/dto/version.inputs.js';
import { createWorkspaceSchema, uuid } from '../src/modules/workspaces/dto/workspace.inputs.js';
import { signUpUser, startTestApp, type TestApp } from './support/test-app.js';

// Validation is declared at the resolver (`@ValidInput` / `@ValidArgs`), no longer called by services. These
// tests hold the edge to the shape the services used to produce: the message and `fields` of
// validateInput on the same schema and the same raw arguments, and the order of checks around it.

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(async () => {
  await t.close();
});

/** What validateInput(schema, raw) throws: the shape every edge error must keep. */
function expected(schema: z.ZodType, raw: unknown): { message: string; fields: unknown } {
  try {
    validateInput(schema, raw);
  } catch (err) {
    if (err instanceof BadUserInput) return { message: err.message, fields: (err.details as { fields: unknown }).fields };
    throw err;
  }
  throw new Error('the raw input was expected to be invalid');
}

function errorOf(res: { errors?: { message: string; extensions?: Record<string, unknown> }[] }) {
  const e = res.errors?.[0];
  return { code: e?.extensions?.code, message: e?.message, fields: e?.extensions?.fields };
}

describe('validation at the edge', () => {
  it('answers top-level arguments (@ValidArgs) with the fields and message of the schema', async () => {
    const { token } = await signUpUser(t, 'edge');
    const ws = await t.gql(`mutation($n: String!) { createWorkspace(name: $n) { id } }`, { n: 'Edge' }, token);
    const workspaceId = ws.data?.createWorkspace.id as string;
    const raw = { workspaceId, title: '   ', articleIds: ['not-an-id'] };
    const res = await t.gql(
      `mutation($w: ID!, $t: String!, $a: [ID!]!) { createComparison(workspaceId: $w, title: $t, articleIds: $a) { id } }`,
      {
        w: raw.workspaceId,
        t: raw.title,
        a: raw.articleIds,
      },
      token,
    );
    const want = expected(createComparisonSchema, raw);
    expect(errorOf(res)).toEqual({ code: 'BAD_USER_INPUT', ...want });
    // Both bad arguments are named, by their own names (not `input.`-prefixed).
    expect(Object.keys(want.fields as object).some((k) => k.startsWith('articleIds'))).toBe(true);
    expect(want.fields).toHaveProperty('title');

    const blank = await t.gql(`mutation { createWorkspace(name: "  ") { id } }`, {}, token);
    expect(errorOf(blank)).toEqual({ code: 'BAD_USER_INPUT', ...expected(createWorkspaceSchema, { name: '  ' }) });
    expect(await t.prisma.workspace.count({ where: { name: { in: ['', '  '] } } })).toBe(0);
  });

  it('answers a scalar id (@ValidInput) with the old `input` field, before any lookup', async () => {
    const { token } = await signUpUser(t, 'edge');
    const res = await t.gql(`query { workspace(id: "nope") { id } }`, {}, token);
    expect(errorOf(res)).toEqual({ code: 'BAD_USER_INPUT', ...expected(uuid, 'nope') });
    expect(errorOf(res).fields).toEqual({ input: 'must be an id' });
    const restore = await t.gql(`mutation { restoreVersion(versionId: "v1") { version { id } } }`, {}, token);
    expect(errorOf(restore)).toEqual({ code: 'BAD_USER_INPUT', ...expected(versionIdSchema, 'v1') });
  });

  it('still answers UNAUTHENTICATED first when the input is invalid too', async () => {
    const res = await t.gql(`mutation { createWorkspace(name: "  ") { id } }`);
    expect(errorOf(res).code).toBe('UNAUTHENTICATED');
    const claim = await t.gql(`mutation { createClaim(input: { comparisonId: "nope", label: " " }) { id } }`);
    expect(errorOf(claim).code).toBe('UNAUTHENTICATED');
  });
});
