import type { z } from 'zod';
import { BadUserInput } from '../src/infra/errors/app-error.js';
import { validateInput } from '../src/infra/validation/validate-input.js';
import { createClaimSchema } from '../src/modules/claims/dto/claim.inputs.js';
import { createComparisonSchema } from '../src/modules/comparisons/dto/comparison.inputs.js';
import { versionIdSchema } from '../src/modules/history/dto/version.inputs.js';
import { createWorkspaceSchema, uuid } from '../src/modules/workspaces/dto/workspace.inputs.js';
import { addMember, createComparisonFixture, quickUser } from './collab/support/collab-fixtures.js';
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

// `@Authorize` (a guard) runs before the `@ValidInput` pipes: as when the services asserted the policy on
// their first line, a non-member or a viewer learns nothing from validation messages, even with invalid input.
describe('declared authorisation comes before validation', () => {
  it('answers FORBIDDEN, not BAD_USER_INPUT, to a non-member and a viewer sending invalid input', async () => {
    const f = await createComparisonFixture(t, 2, 2);
    const viewer = await addMember(t, f, 'VIEWER');
    const outsider = await quickUser(t, 'outsider');
    const attempts: [string, Record<string, unknown>][] = [
      [`mutation($id: ID!) { renameWorkspace(input: { id: $id, name: "   " }) { id } }`, { id: f.workspaceId }],
      [`mutation($id: ID!) { deleteWorkspace(input: { id: $id, confirmName: "" }) { id } }`, { id: f.workspaceId }],
      [`mutation($ws: ID!) { inviteMember(workspaceId: $ws, email: "not-an-email", role: VIEWER) { id } }`, { ws: f.workspaceId }],
      [`mutation($id: ID!) { renameComparison(input: { id: $id, title: "  " }) { id } }`, { id: f.comparisonId }],
      [`query($c: ID!) { compareVersions(comparisonId: $c, fromVersionId: "bad") { claimsAdded { id } } }`, { c: f.comparisonId }],
      [`mutation($c: ID!) { createClaim(input: { comparisonId: $c, label: "   " }) { id } }`, { c: f.comparisonId }],
      [`mutation($c: ID!) { renameClaim(input: { comparisonId: $c, claimId: "a|b", label: "" }) { id } }`, { c: f.comparisonId }],
      [`mutation($c: ID!) { addComment(input: { comparisonId: $c, body: "" }) { id } }`, { c: f.comparisonId }],
    ];
    for (const [query, vars] of attempts) {
      // The viewer may read, so compareVersions with a bad id is theirs to get BAD_USER_INPUT for.
      const viewerCode = query.startsWith('query') ? 'BAD_USER_INPUT' : 'FORBIDDEN';
      expect([query, errorOf(await t.gql(query, vars, viewer.token)).code]).toEqual([query, viewerCode]);
      expect([query, errorOf(await t.gql(query, vars, outsider.token)).code]).toEqual([query, 'FORBIDDEN']);
      expect([query, errorOf(await t.gql(query, vars)).code]).toEqual([query, 'UNAUTHENTICATED']);
    }
    // A claim edit with a malformed comparison id names the field as the input's own schema does.
    const badClaim = await t.gql(`mutation { createClaim(input: { comparisonId: "nope", label: "x" }) { id } }`, {}, outsider.token);
    expect(errorOf(badClaim)).toEqual({
      code: 'BAD_USER_INPUT',
      ...expected(createClaimSchema.pick({ comparisonId: true }), { comparisonId: 'nope' }),
    });
    // A malformed workspace id is still BAD_USER_INPUT with the old `input` field (checked before the policy).
    const bad = await t.gql(`mutation { renameWorkspace(input: { id: "nope", name: "x" }) { id } }`, {}, outsider.token);
    expect(errorOf(bad)).toEqual({ code: 'BAD_USER_INPUT', ...expected(uuid, 'nope') });
    // And the owner gets the input's own messages.
    const owner = await t.gql(
      `mutation($id: ID!) { renameWorkspace(input: { id: $id, name: "   " }) { id } }`,
      { id: f.workspaceId },
      f.owner.token,
    );
    expect(errorOf(owner).code).toBe('BAD_USER_INPUT');
    expect(errorOf(owner).fields).toHaveProperty('name');
    expect((await t.prisma.workspace.findUnique({ where: { id: f.workspaceId } }))?.name).toBe('Collab');
  });

  it('refuses an API token on createApiToken before looking at its arguments', async () => {
    const { token } = await signUpUser(t, 'tokens');
    const made = await t.gql(`mutation { createApiToken(name: "script", canWrite: true) { token } }`, {}, token);
    const apiToken = made.data?.createApiToken.token as string;
    expect(apiToken).toBeTruthy();
    const viaToken = await t.gql(`mutation { createApiToken(name: "   ") { token } }`, {}, apiToken);
    expect(errorOf(viaToken).code).toBe('FORBIDDEN');
    const viaSession = await t.gql(`mutation { createApiToken(name: "   ") { token } }`, {}, token);
    expect(errorOf(viaSession).code).toBe('BAD_USER_INPUT');
  });
});
