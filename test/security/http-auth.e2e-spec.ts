// Attacks on sign-in, sign-up, tokens and HTTP responses of the built product.
import { freshDataDir, removeDataDir, startProduct } from '../support/product.mjs';
import {
  gqlOk,
  gqlRaw,
  signUp,
  startSecurityProduct,
  STRONG_PASSWORD,
  underWatch,
  workspaceWithComparison,
  type Product,
  type TestUser,
} from './support/fixtures.js';

const IP_BUDGET = 25;
let stop: () => Promise<void>;
let product: Product;
let owner: TestUser;
let ws: Awaited<ReturnType<typeof workspaceWithComparison>>;

beforeAll(async () => {
  ({ product, stop } = await startSecurityProduct({ AUTH_SIGN_IN_FAILURES_PER_ACCOUNT: '5', AUTH_ATTEMPTS_PER_IP: String(IP_BUDGET) }));
  owner = await signUp(product, 'Olive Owner');
  ws = await workspaceWithComparison(product, owner);
}, 120_000);
afterAll(() => stop());

const SIGN_IN = `mutation($e: String!, $p: String!) { signIn(email: $e, password: $p) { token } }`;
const codeOf = (r: Awaited<ReturnType<typeof gqlRaw>>) => r.body.errors?.[0]?.extensions?.code;
const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

describe('sign-in and sign-up', () => {
  it('sets the session as an HttpOnly, SameSite=Strict cookie', async () => {
    const res = await fetch(`${product.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: SIGN_IN, variables: { e: owner.email, p: STRONG_PASSWORD } }),
    });
    const cookie = res.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/parallax_session=/);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Strict/i);
  });

  it('refuses weak passwords: 12345678, password, eight spaces, a repeated word, the email itself', async () => {
    for (const p of ['12345678', 'password', '        ', 'passwordpassword', '1234567890', 'weakpass@example.test']) {
      const r = await gqlRaw(
        product,
        `mutation($p: String!) { signUp(email: "weakpass@example.test", password: $p, name: "W") { token } }`,
        { p },
      );
      expect([p, codeOf(r)]).toEqual([p, 'BAD_USER_INPUT']);
    }
  });

  it('creates at most one account per request: 20 aliased signUps are refused whole', async () => {
    const aliases = Array.from(
      { length: 20 },
      (_, i) => `a${i}: signUp(email: "alias${i}@example.test", password: "${STRONG_PASSWORD}", name: "A") { token }`,
    );
    const r = await gqlRaw(product, `mutation { ${aliases.join(' ')} }`);
    expect(r.body.data?.a0).toBeUndefined();
    expect(codeOf(r)).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(r.body.errors?.[0]?.message).toMatch(/one signUp/);
    expect(codeOf(await gqlRaw(product, SIGN_IN, { e: 'alias0@example.test', p: STRONG_PASSWORD }))).toBe('UNAUTHENTICATED');
  });

  it('locks an account after 5 wrong passwords: the right one is then refused too', async () => {
    await underWatch(product, 'password guessing', async () => {
      for (let i = 0; i < 5; i++)
        expect(codeOf(await gqlRaw(product, SIGN_IN, { e: owner.email, p: `wrong-guess-${i}` }))).toBe('UNAUTHENTICATED');
      const right = await gqlRaw(product, SIGN_IN, { e: owner.email, p: STRONG_PASSWORD });
      expect(codeOf(right)).toBe('TOO_MANY_REQUESTS');
      expect(right.body.errors?.[0]?.extensions).toHaveProperty('retryAfterSeconds');
    });
  });

  it('throttles one address across accounts (and so mass sign-ups)', async () => {
    await underWatch(product, 'address flood', async () => {
      const codes: string[] = [];
      for (let i = 0; i < IP_BUDGET + 2; i++)
        codes.push(String(codeOf(await gqlRaw(product, SIGN_IN, { e: `nobody${i}@example.test`, p: 'not-the-password' }))));
      expect(codes.at(-1)).toBe('TOO_MANY_REQUESTS');
      expect(codes.filter((c) => c === 'UNAUTHENTICATED').length).toBeLessThanOrEqual(IP_BUDGET);
    });
  }, 120_000);
});

describe('throttling behind a proxy', () => {
  const BUDGET = 4;
  /** Signs in wrongly BUDGET + 2 times, each with a different X-Forwarded-For; returns the codes. */
  async function spoofedAttempts(p: Product) {
    const codes: string[] = [];
    for (let i = 0; i < BUDGET + 2; i++) {
      const spoofed = { 'x-forwarded-for': `203.0.113.${i + 1}` };
      codes.push(String(codeOf(await gqlRaw(p, SIGN_IN, { e: `spoof${i}@example.test`, p: 'not-the-password' }, spoofed))));
    }
    return codes;
  }
  async function withProduct(env: Record<string, string>, run: (p: Product) => Promise<void>) {
    const dataDir = freshDataDir();
    const p = await startProduct({ dataDir, env: { SEED_DEMO: 'false', AUTH_ATTEMPTS_PER_IP: String(BUDGET), ...env } });
    try {
      await run(p);
    } finally {
      await p.stop();
      removeDataDir(dataDir);
    }
  }

  it('by default a spoofed X-Forwarded-For does not give the client a fresh budget', async () => {
    await withProduct({}, async (p) => {
      const codes = await spoofedAttempts(p);
      expect(codes.slice(0, BUDGET)).toEqual(Array(BUDGET).fill('UNAUTHENTICATED'));
      expect(codes.slice(BUDGET)).toEqual(['TOO_MANY_REQUESTS', 'TOO_MANY_REQUESTS']);
    });
  }, 120_000);

  it('with TRUST_PROXY naming the proxy, the forwarded address is the one throttled', async () => {
    await withProduct({ TRUST_PROXY: 'loopback' }, async (p) => {
      // Each request comes "through the proxy" from another client: none of them is over its own budget.
      expect(await spoofedAttempts(p)).toEqual(Array(BUDGET + 2).fill('UNAUTHENTICATED'));
      // One client behind the proxy is still throttled, whatever it appends to the header itself.
      const codes: string[] = [];
      for (let i = 0; i < BUDGET + 1; i++) {
        const header = { 'x-forwarded-for': `198.51.100.${i + 1}, 192.0.2.7` };
        codes.push(String(codeOf(await gqlRaw(p, SIGN_IN, { e: 'same@example.test', p: 'not-the-password' }, header))));
      }
      expect(codes.at(-1)).toBe('TOO_MANY_REQUESTS');
    });
  }, 120_000);
});

describe('API tokens', () => {
  it('are read-only unless created with canWrite, and cannot manage tokens', async () => {
    const created = await gqlOk(product, `mutation { createApiToken(name: "script") { token apiToken { canWrite } } }`, {}, owner.token);
    const readOnly: string = created.createApiToken.token;
    expect(created.createApiToken.apiToken.canWrite).toBe(false);
    expect((await gqlRaw(product, `{ workspaces { id } }`, {}, bearer(readOnly))).body.data.workspaces.length).toBeGreaterThan(0);
    expect(codeOf(await gqlRaw(product, `mutation { createWorkspace(name: "by a token") { id } }`, {}, bearer(readOnly)))).toBe(
      'FORBIDDEN',
    );
    const writer = (await gqlOk(product, `mutation { createApiToken(name: "writer", canWrite: true) { token } }`, {}, owner.token))
      .createApiToken.token;
    expect(
      (await gqlRaw(product, `mutation { createWorkspace(name: "by a write token") { id } }`, {}, bearer(writer))).body.data
        ?.createWorkspace.id,
    ).toBeTruthy();
    expect(codeOf(await gqlRaw(product, `mutation { createApiToken(name: "minted", canWrite: true) { token } }`, {}, bearer(writer)))).toBe(
      'FORBIDDEN',
    );
    expect(codeOf(await gqlRaw(product, `{ apiTokens { id } }`, {}, bearer(writer)))).toBe('FORBIDDEN');
  });
});

describe('hostile input over HTTP', () => {
  it('refuses javascript: and data: article URLs', async () => {
    for (const url of ['javascript:alert(document.cookie)', 'data:text/html,<script>alert(1)</script>', 'JAVASCRIPT:alert(1)']) {
      const r = await gqlRaw(
        product,
        `mutation($i: ImportArticleInput!) { importArticle(input: $i) { id } }`,
        { i: { workspaceId: ws.workspaceId, text: 'A short article about nothing much at all.', url } },
        bearer(owner.token),
      );
      expect([url, codeOf(r)]).toEqual([url, 'BAD_USER_INPUT']);
    }
  });

  it('treats % and _ in a search as text, and a malformed cursor as BAD_USER_INPUT', async () => {
    const q = `query($w: ID!, $s: String, $a: String) { articles(workspaceId: $w, first: 10, search: $s, after: $a) { totalCount } }`;
    for (const s of ['%', '_', '%%', '\\\\'])
      expect((await gqlRaw(product, q, { w: ws.workspaceId, s }, bearer(owner.token))).body.data.articles.totalCount).toBe(0);
    for (const a of [Buffer.from('2026-01-01T00:00:00.000Z|not-a-uuid').toString('base64url'), 'garbage', '']) {
      if (a === '') continue;
      expect(codeOf(await gqlRaw(product, q, { w: ws.workspaceId, a }, bearer(owner.token)))).toBe('BAD_USER_INPUT');
    }
  });

  it('keeps a newline in a claim label inside its Markdown heading and table cell', async () => {
    const label = 'Legit\n# Injected heading\n| forged | row |\n<script>alert(1)</script>';
    await gqlOk(
      product,
      `mutation($i: CreateClaimInput!) { createClaim(input: $i) { id } }`,
      { i: { comparisonId: ws.comparisonId, label } },
      owner.token,
    );
    const res = await fetch(`${product.url}/api/comparisons/${ws.comparisonId}/export.md`, { headers: bearer(owner.token) });
    expect(res.status).toBe(200);
    const md = await res.text();
    expect(md).not.toMatch(/^# Injected heading/m);
    expect(md).not.toMatch(/^\| forged/m);
    expect(md).not.toContain('<script>');
  });
});

describe('security headers', () => {
  it('sends a CSP without inline script, frame-ancestors none, nosniff and a Referrer-Policy', async () => {
    for (const path of ['/', '/graphql', '/healthz']) {
      const res = await fetch(product.url + path, { headers: { accept: 'text/html' } });
      const csp = res.headers.get('content-security-policy') ?? '';
      expect([path, csp]).toEqual([path, expect.stringContaining("script-src 'self'")]);
      expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
      expect(csp).toContain("frame-ancestors 'none'");
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
      expect(res.headers.get('referrer-policy')).toBe('no-referrer');
    }
  });
});
