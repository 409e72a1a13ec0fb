// Workspace boundaries against the built product: outlets one workspace imported stay invisible to another
// (by list, by id, by search, through an article), and nobody joins a workspace without accepting.
import { gqlOk, gqlRaw, signUp, startSecurityProduct, type Product, type TestUser } from './support/fixtures.js';

let stop: () => Promise<void>;
let product: Product;
let alice: TestUser;
let bob: TestUser;
let vera: TestUser;
let workspaceA: string;
let workspaceB: string;

const bearer = (token: string) => ({ authorization: `Bearer ${token}` });
const codeOf = (r: Awaited<ReturnType<typeof gqlRaw>>) => r.body.errors?.[0]?.extensions?.code;

async function createWorkspace(owner: TestUser, name: string): Promise<string> {
  return (await gqlOk(product, `mutation($n: String!) { createWorkspace(name: $n) { id } }`, { n: name }, owner.token)).createWorkspace.id;
}

async function importInto(user: TestUser, workspaceId: string, outletName: string, text: string) {
  const q = `mutation($i: ImportArticleInput!) { importArticle(input: $i) { id outlet { id name domain } } }`;
  return (await gqlOk(product, q, { i: { workspaceId, text, outletName } }, user.token)).importArticle;
}

/** Makes `user` a member of the workspace with `role`, the way the product lets people join. */
async function join(owner: TestUser, user: TestUser, workspaceId: string, role: string) {
  await gqlOk(
    product,
    `mutation($e: String!, $w: ID!, $r: Role!) { addMember(email: $e, role: $r, workspaceId: $w) { id } }`,
    { e: user.email, w: workspaceId, r: role },
    owner.token,
  );
}

beforeAll(async () => {
  ({ product, stop } = await startSecurityProduct());
  alice = await signUp(product, 'Alice A');
  bob = await signUp(product, 'Bob B');
  vera = await signUp(product, 'Vera Viewer');
  workspaceA = await createWorkspace(alice, 'Newsroom A');
  workspaceB = await createWorkspace(bob, 'Newsroom B');
  await join(alice, vera, workspaceA, 'VIEWER');
}, 120_000);
afterAll(() => stop());

describe('outlets are per workspace', () => {
  const SECRET = 'Harbour Gazette Confidential';
  let secretOutletId: string;

  beforeAll(async () => {
    const a = await importInto(alice, workspaceA, SECRET, 'The harbour board approved the new berths on Friday. Work begins in May.');
    secretOutletId = a.outlet.id;
  });

  it('another workspace does not see the outlet in its list, by id, or by search', async () => {
    const listed = await gqlOk(product, `{ outlets { id name } }`, {}, bob.token);
    expect(listed.outlets.map((o: { name: string }) => o.name)).not.toContain(SECRET);
    const byId = await gqlRaw(product, `query($id: ID!) { outlet(id: $id) { id name } }`, { id: secretOutletId }, bearer(bob.token));
    expect(codeOf(byId)).toBe('NOT_FOUND');
    expect(JSON.stringify(byId.body)).not.toContain(SECRET);
    // The same answer as for an id that does not exist: the id cannot be probed.
    const missing = await gqlRaw(product, `query($id: ID!) { outlet(id: $id) { id } }`, { id: crypto.randomUUID() }, bearer(bob.token));
    expect(codeOf(missing)).toBe('NOT_FOUND');
    const search = `query($w: ID!, $s: String) { articles(workspaceId: $w, search: $s) { edges { node { id } } } }`;
    expect((await gqlOk(product, search, { w: workspaceB, s: 'Confidential' }, bob.token)).articles.edges).toEqual([]);
    expect(codeOf(await gqlRaw(product, search, { w: workspaceA, s: 'Confidential' }, bearer(bob.token)))).toBe('FORBIDDEN');
    expect(codeOf(await gqlRaw(product, `{ outlets(workspaceId: "${workspaceA}") { id } }`, {}, bearer(bob.token)))).toBe('FORBIDDEN');
  });

  it('importing the same name elsewhere makes that workspace its own outlet, not a window on the other', async () => {
    const b = await importInto(bob, workspaceB, SECRET.toLowerCase(), 'Harbour berths were approved, the board said. Work starts in May.');
    expect(b.outlet.id).not.toBe(secretOutletId);
    // Bob's own spelling: the casing (or domain) Alice's import gave the name is not revealed.
    expect(b.outlet.name).toBe(SECRET.toLowerCase());
    const listed = await gqlOk(product, `{ outlets { id name } }`, {}, bob.token);
    expect(listed.outlets).toEqual([{ id: b.outlet.id, name: SECRET.toLowerCase() }]);
    expect(codeOf(await gqlRaw(product, `query($id: ID!) { outlet(id: $id) { id } }`, { id: secretOutletId }, bearer(bob.token)))).toBe(
      'NOT_FOUND',
    );
  });

  it("a viewer of the workspace sees its outlets; the owner's list is unchanged by the other import", async () => {
    const asViewer = await gqlOk(product, `query($id: ID!) { outlet(id: $id) { name } }`, { id: secretOutletId }, vera.token);
    expect(asViewer.outlet.name).toBe(SECRET);
    const viewerList = await gqlOk(product, `query($w: ID) { outlets(workspaceId: $w) { id } }`, { w: workspaceA }, vera.token);
    expect(viewerList.outlets).toEqual([{ id: secretOutletId }]);
    const ownerList = await gqlOk(product, `{ outlets { id name } }`, {}, alice.token);
    expect(ownerList.outlets).toEqual([{ id: secretOutletId, name: SECRET }]);
  });
});
