import { demoToken } from '../support/product.mjs';

/** The part of a running product (test/support/product.mjs) these helpers use. */
export interface RunningProduct {
  url: string;
  gql(query: string, variables?: Record<string, unknown>, token?: string): Promise<{ data?: any; errors?: any[] }>;
}

/** A person the browser tests sign in as. */
export interface Person {
  email: string;
  password: string;
  name: string;
  token: string;
}

/** Signs up a user through GraphQL and adds them to the workspace with a role (as the demo owner). */
export async function addPerson(
  product: RunningProduct,
  ownerToken: string,
  workspaceId: string,
  name: string,
  role: 'EDITOR' | 'VIEWER',
): Promise<Person> {
  const email = `${name.toLowerCase().replace(/\s+/g, '.')}@newsroom.test`;
  const password = 'correct horse battery';
  const up = await product.gql(`mutation($e: String!, $p: String!, $n: String!) { signUp(email: $e, password: $p, name: $n) { token } }`, {
    e: email,
    p: password,
    n: name,
  });
  if (!up.data) throw new Error(`signUp failed: ${JSON.stringify(up.errors)}`);
  // Joining takes consent: the owner invites, the person accepts.
  const invited = await product.gql(
    `mutation($w: ID!, $e: String!, $r: Role!) { inviteMember(workspaceId: $w, email: $e, role: $r) { id } }`,
    { w: workspaceId, e: email, r: role },
    ownerToken,
  );
  if (!invited.data) throw new Error(`inviteMember failed: ${JSON.stringify(invited.errors)}`);
  const accepted = await product.gql(
    `mutation($id: ID!) { acceptInvitation(id: $id) { id } }`,
    { id: invited.data.inviteMember.id },
    up.data.signUp.token,
  );
  if (!accepted.data) throw new Error(`acceptInvitation failed: ${JSON.stringify(accepted.errors)}`);
  return { email, password, name, token: up.data.signUp.token };
}

/** The demo owner, its workspace and the first seeded comparison, aligned by the server. */
export async function demoComparison(product: RunningProduct) {
  const token = await demoToken(product);
  const ws = (await product.gql(`{ workspaces { id name } }`, {}, token)).data.workspaces[0];
  const list = await product.gql(`query($w: ID!) { comparisons(workspaceId: $w) { id title articles { id } } }`, { w: ws.id }, token);
  let comparison = list.data?.comparisons?.find((c: { articles: unknown[] }) => c.articles.length >= 2);
  if (!comparison) {
    const articles = await product.gql(
      `query($w: ID!) { articles(workspaceId: $w, first: 5) { edges { node { id } } } }`,
      { w: ws.id },
      token,
    );
    const ids = articles.data.articles.edges.map((e: { node: { id: string } }) => e.node.id).slice(0, 3);
    const made = await product.gql(
      `mutation($w: ID!, $ids: [ID!]!) { createComparison(workspaceId: $w, title: "Joint statement", articleIds: $ids) { id title articles { id } } }`,
      { w: ws.id, ids },
      token,
    );
    comparison = made.data.createComparison;
  }
  const aligned = await product.gql(`mutation($c: ID!) { autoAlign(comparisonId: $c) { claimsProposed } }`, { c: comparison.id }, token);
  if (!aligned.data) throw new Error(`autoAlign failed: ${JSON.stringify(aligned.errors)}`);
  return { token, workspaceId: ws.id as string, comparison: comparison as { id: string; title: string } };
}
