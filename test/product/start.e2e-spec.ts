import { freshDataDir, removeDataDir, startProduct, stopAllProducts } from '../support/product.mjs';

const SIGN_IN = `mutation { signIn(email: "demo@parallax.local", password: "parallax") { token } }`;

describe('the product from an empty data folder', () => {
  const dataDir = freshDataDir();
  afterAll(async () => {
    await stopAllProducts();
    removeDataDir(dataDir);
  });

  it('starts with no configuration, seeds the demo, answers GraphQL, stops cleanly and restarts warm', async () => {
    const first = await startProduct({ dataDir });
    expect(first.output()).toContain('Demo login: demo@parallax.local / parallax');
    const token = (await first.gql(SIGN_IN)).data.signIn.token;
    const ws = (await first.gql(`{ workspaces { id name } }`, {}, token)).data.workspaces;
    expect(ws).toHaveLength(1);
    const articles = await first.gql(`query($ws: ID!) { articles(workspaceId: $ws, first: 10) { totalCount } }`, { ws: ws[0].id }, token);
    expect(articles.data.articles.totalCount).toBe(5);
    const page = await fetch(first.url + '/');
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<div id="root">');
    expect(await first.stop('SIGTERM')).toBe(0);

    // A second start reuses the data: same workspace, nothing seeded twice.
    const second = await startProduct({ dataDir });
    const token2 = (await second.gql(SIGN_IN)).data.signIn.token;
    const again = await second.gql(`query($ws: ID!) { articles(workspaceId: $ws, first: 10) { totalCount } }`, { ws: ws[0].id }, token2);
    expect(again.data.articles.totalCount).toBe(5);
    await second.stop('SIGINT');
  });

  it('recovers after a crash that left Postgres running (kill -9 of the app)', async () => {
    const crashed = await startProduct({ dataDir });
    crashed.process.kill('SIGKILL');
    await new Promise((r) => crashed.process.once('exit', r));
    const recovered = await startProduct({ dataDir });
    expect((await recovered.gql(SIGN_IN)).data.signIn.token).toMatch(/^plxs_/);
    expect(await recovered.stop()).toBe(0);
  });

  it('refuses an invalid configuration with a readable list of problems', async () => {
    await expect(startProduct({ dataDir, env: { PORT: 'eighty', DATABASE_URL: 'mysql://x' } })).rejects.toThrow(
      /Invalid configuration[\s\S]*PORT[\s\S]*DATABASE_URL/,
    );
  });
});
