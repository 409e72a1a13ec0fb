// Workspace boundaries against the built product: outlets one workspace imported stay invisible to another
// (by list, by id, by search, through an article), and nobody joins a workspace without accepting.
import { gqlOk, gqlRaw, joinWorkspace, signUp, startSecurityProduct, type Product, type TestUser } from './support/fixtures.js';

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

beforeAll(async () => {
  ({ product, stop } = await startSecurityProduct());
  alice = await signUp(product, 'Alice A');
  bob = await signUp(product, 'Bob B');
  vera = await signUp(product, 'Vera Viewer');
  workspaceA = await createWorkspace(alice, 'Newsroom A');
  workspaceB = await createWorkspace(bob, 'Newsroom B');
  await joinWorkspace(product, alice, vera, workspaceA, 'VIEWER');
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

describe('joining a workspace takes an invitation the invitee accepts', () => {
  const INVITE = `mutation($e: String!, $w: ID!, $r: Role!) { inviteMember(email: $e, role: $r, workspaceId: $w) { id workspaceName role } }`;
  const ACCEPT = `mutation($id: ID!) { acceptInvitation(id: $id) { id role user { id } } }`;
  const DECLINE = `mutation($id: ID!) { declineInvitation(id: $id) { id } }`;
  const REVOKE = `mutation($id: ID!) { revokeInvitation(id: $id) { id } }`;
  const READ_WS = `query($id: ID!) { workspace(id: $id) { id name } }`;
  const as = (u: TestUser, q: string, v: Record<string, unknown>) => gqlRaw(product, q, v, bearer(u.token));
  const workspaceIds = async (u: TestUser) =>
    (await gqlOk(product, `{ workspaces { id } }`, {}, u.token)).workspaces.map((w: { id: string }) => w.id);

  it('a non-member and a viewer cannot invite, nor see or withdraw pending invitations', async () => {
    const target = await signUp(product, 'Tess Target');
    expect(codeOf(await as(bob, INVITE, { e: target.email, w: workspaceA, r: 'EDITOR' }))).toBe('FORBIDDEN');
    expect(codeOf(await as(vera, INVITE, { e: target.email, w: workspaceA, r: 'OWNER' }))).toBe('FORBIDDEN');
    expect(await gqlOk(product, `{ invitations { id } }`, {}, target.token)).toEqual({ invitations: [] });
    const invited = (await gqlOk(product, INVITE, { e: target.email, w: workspaceA, r: 'EDITOR' }, alice.token)).inviteMember;
    const pending = `query($id: ID!) { workspace(id: $id) { pendingInvitations { id inviteeEmail } } }`;
    expect(codeOf(await as(vera, pending, { id: workspaceA }))).toBe('FORBIDDEN');
    expect(codeOf(await as(bob, pending, { id: workspaceA }))).toBe('FORBIDDEN');
    expect((await gqlOk(product, pending, { id: workspaceA }, alice.token)).workspace.pendingInvitations).toEqual([
      { id: invited.id, inviteeEmail: target.email },
    ]);
    expect(codeOf(await as(vera, REVOKE, { id: invited.id }))).toBe('FORBIDDEN');
    expect(codeOf(await as(bob, REVOKE, { id: invited.id }))).toBe('FORBIDDEN');
    // Withdrawn by the owner: the invitee can no longer use it.
    await gqlOk(product, REVOKE, { id: invited.id }, alice.token);
    expect(await gqlOk(product, `{ invitations { id } }`, {}, target.token)).toEqual({ invitations: [] });
    expect(codeOf(await as(target, ACCEPT, { id: invited.id }))).toBe('NOT_FOUND');
    expect(await workspaceIds(target)).not.toContain(workspaceA);
  });

  it('the invitee is not a member until they accept, and someone else cannot accept or decline it', async () => {
    const invitee = await signUp(product, 'Ivy Invitee');
    const thief = await signUp(product, 'Theo Thief');
    const invited = (await gqlOk(product, INVITE, { e: invitee.email, w: workspaceA, r: 'EDITOR' }, alice.token)).inviteMember;
    expect(invited).toMatchObject({ workspaceName: 'Newsroom A', role: 'EDITOR' });
    // Not yet a member: the workspace, its articles and its outlets stay closed.
    expect(await workspaceIds(invitee)).not.toContain(workspaceA);
    expect(codeOf(await as(invitee, READ_WS, { id: workspaceA }))).toBe('FORBIDDEN');
    expect(codeOf(await as(invitee, `{ outlets(workspaceId: "${workspaceA}") { id } }`, {}))).toBe('FORBIDDEN');
    const members = `query($id: ID!) { workspace(id: $id) { members { user { id } } } }`;
    expect(
      (await gqlOk(product, members, { id: workspaceA }, alice.token)).workspace.members.map((m: { user: { id: string } }) => m.user.id),
    ).not.toContain(invitee.id);
    const mine = (await gqlOk(product, `{ invitations { id workspaceId workspaceName role invitedByName } }`, {}, invitee.token))
      .invitations;
    expect(mine).toEqual([
      { id: invited.id, workspaceId: workspaceA, workspaceName: 'Newsroom A', role: 'EDITOR', invitedByName: 'Alice A' },
    ]);
    // Another user knows the id: accepting or declining it is NOT_FOUND, and does not make them a member.
    expect(await gqlOk(product, `{ invitations { id } }`, {}, thief.token)).toEqual({ invitations: [] });
    expect(codeOf(await as(thief, ACCEPT, { id: invited.id }))).toBe('NOT_FOUND');
    expect(codeOf(await as(thief, DECLINE, { id: invited.id }))).toBe('NOT_FOUND');
    expect(codeOf(await as(alice, ACCEPT, { id: invited.id }))).toBe('NOT_FOUND');
    expect(await workspaceIds(thief)).not.toContain(workspaceA);
    // The invitee accepts: a member with the invited role; the invitation is used up.
    const member = (await gqlOk(product, ACCEPT, { id: invited.id }, invitee.token)).acceptInvitation;
    expect(member).toMatchObject({ role: 'EDITOR', user: { id: invitee.id } });
    expect((await gqlOk(product, READ_WS, { id: workspaceA }, invitee.token)).workspace.id).toBe(workspaceA);
    expect(codeOf(await as(invitee, ACCEPT, { id: invited.id }))).toBe('NOT_FOUND');
    expect(codeOf(await as(alice, INVITE, { e: invitee.email, w: workspaceA, r: 'OWNER' }))).toBe('CONFLICT');
  });

  it('a declined invitation leaves the invitee outside', async () => {
    const invitee = await signUp(product, 'Dee Decliner');
    const invited = (await gqlOk(product, INVITE, { e: invitee.email, w: workspaceB, r: 'VIEWER' }, bob.token)).inviteMember;
    expect(codeOf(await as(alice, INVITE, { e: invitee.email, w: workspaceB, r: 'VIEWER' }))).toBe('FORBIDDEN');
    // One pending invitation per person and workspace: a second one (say, with a higher role) is a conflict.
    expect(codeOf(await as(bob, INVITE, { e: invitee.email, w: workspaceB, r: 'OWNER' }))).toBe('CONFLICT');
    await gqlOk(product, DECLINE, { id: invited.id }, invitee.token);
    expect(codeOf(await as(invitee, ACCEPT, { id: invited.id }))).toBe('NOT_FOUND');
    expect(await workspaceIds(invitee)).toEqual([]);
  });
});
