import { addMember, quickUser, type Api } from '../collab/support/collab-fixtures.js';

/**
 * Two invented events (not the seeds) reported by three outlets: a March 2024 Norway–Chile summit and a May 2025
 * ministerial that restates, softens, re-numbers and re-attributes its commitments. Imported through the real
 * importer, aligned with autoAlign, in a workspace with an owner, an editor, a viewer and an outsider.
 */
const SUMMIT: Record<string, string[]> = {
  'Nordic Wire': [
    "Norway reaffirmed its firm support for Chile's bid to join the Arctic Council as an observer.",
    'The two sides agreed to raise bilateral trade to 5 billion dollars by 2027.',
    'The two sides condemned illegal fishing by foreign trawlers in the South Pacific.',
    'Ministers met in Oslo on 3 March to open the talks on the salmon farming partnership.',
  ],
  'Andes Daily': [
    "Norway reaffirmed its firm support for Chile's bid to join the Arctic Council as an observer state.",
    'Both countries agreed to raise bilateral trade to 5 billion dollars by 2027.',
    'A new direct flight between Oslo and Santiago will start in the autumn, officials said.',
  ],
  'Harbour Times': [
    "Oslo firmly backs Chile's bid to join the Arctic Council as an observer, Norway said.",
    'The two sides condemned illegal fishing by foreign trawlers in the South Pacific.',
    'A folk festival in the old harbour drew record crowds over the weekend.',
  ],
};

const MINISTERIAL: Record<string, string[]> = {
  'Nordic Wire': [
    "Norway said it may support Chile's bid to join the Arctic Council as an observer.",
    'The two sides agreed to raise bilateral trade to 8 billion dollars by 2027.',
    'Chile condemned illegal fishing by foreign trawlers in the South Pacific.',
    'Ministers met in Santiago on 5 May to open the talks on the salmon farming partnership.',
  ],
  'Andes Daily': [
    "Norway reaffirmed its firm support for Chile's bid to join the Arctic Council as an observer state.",
    'Both countries agreed to raise bilateral trade to 8 billion dollars by 2027.',
    'Copper exports to Norwegian battery makers will double next year, the mining ministry said.',
  ],
  'Harbour Times': [
    'Chile condemned illegal fishing by foreign trawlers in the South Pacific.',
    'The city council approved a new ferry terminal for the northern islands on Tuesday.',
  ],
};

/** Users of the fixture workspace, by role. */
export interface ThreadsFixture {
  workspaceId: string;
  comparisonIds: { summit: string; ministerial: string };
  owner: { token: string; userId: string };
  editor: { token: string; userId: string };
  viewer: { token: string; userId: string };
  outsider: { token: string; userId: string };
}

async function importEvent(t: Api, token: string, workspaceId: string, title: string, date: string, texts: Record<string, string[]>) {
  const articleIds: string[] = [];
  for (const [outlet, sentences] of Object.entries(texts)) {
    const text = `${title}: ${outlet} report\n\n${sentences.join('\n\n')}\n`;
    const res = await t.gql<{ importArticle: { id: string } }>(
      `mutation($input: ImportArticleInput!) { importArticle(input: $input) { id } }`,
      { input: { workspaceId, text, outletName: outlet, publishedAt: date } },
      token,
    );
    if (!res.data) throw new Error(`importArticle failed: ${JSON.stringify(res.errors)}`);
    articleIds.push(res.data.importArticle.id);
  }
  const created = await t.gql<{ createComparison: { id: string } }>(
    `mutation($ws: ID!, $ids: [ID!]!, $title: String!) { createComparison(workspaceId: $ws, title: $title, articleIds: $ids) { id } }`,
    { ws: workspaceId, ids: articleIds, title },
    token,
  );
  if (!created.data) throw new Error(`createComparison failed: ${JSON.stringify(created.errors)}`);
  const id = created.data.createComparison.id;
  const aligned = await t.gql(`mutation($id: ID!) { autoAlign(comparisonId: $id) { claimsProposed } }`, { id }, token);
  if (!aligned.data) throw new Error(`autoAlign failed: ${JSON.stringify(aligned.errors)}`);
  return id;
}

/** Builds the workspace, imports and aligns both events. */
export async function createThreadsFixture(t: Api): Promise<ThreadsFixture> {
  const owner = await quickUser(t, 'thread-owner');
  const ws = await t.gql<{ createWorkspace: { id: string } }>(`mutation { createWorkspace(name: "Threads") { id } }`, {}, owner.token);
  const workspaceId = ws.data!.createWorkspace.id;
  const base = { owner, workspaceId, comparisonId: '', articleIds: [], segments: [] };
  const editor = await addMember(t, base, 'EDITOR');
  const viewer = await addMember(t, base, 'VIEWER');
  const outsider = await quickUser(t, 'thread-outsider');
  const summit = await importEvent(t, owner.token, workspaceId, 'Norway–Chile summit', '2024-03-03T10:00:00Z', SUMMIT);
  const ministerial = await importEvent(t, owner.token, workspaceId, 'Norway–Chile ministerial', '2025-05-05T10:00:00Z', MINISTERIAL);
  return { workspaceId, comparisonIds: { summit, ministerial }, owner, editor, viewer, outsider };
}
