import { ModulesContainer } from '@nestjs/core';
import { ComparisonDocService } from '../src/collab/comparison-doc.service.js';
import { startTestApp, type TestApp } from './support/test-app.js';

describe('APP_ROLES', () => {
  let t: TestApp;
  afterEach(async () => t?.close());

  it('loads no GraphQL in a collab-only process: no /graphql, no schema, the collab engine and health still up', async () => {
    t = await startTestApp({ APP_ROLES: 'collab' });
    const res = await fetch(`${t.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"query":"{ __typename }"}',
    });
    expect(res.status).toBe(404);
    const loaded = [...t.app.get(ModulesContainer).values()].map((m) => m.metatype.name);
    expect(loaded).toContain('CollabModule');
    expect(loaded.filter((name) => /graphql|Claims|Alignment|Articles/i.test(name))).toEqual([]);
    expect(t.app.get(ComparisonDocService)).toBeDefined();
    expect((await fetch(`${t.url}/healthz`)).status).toBe(200);
  });

  it('serves GraphQL with the graphql role', async () => {
    t = await startTestApp({ APP_ROLES: 'graphql' });
    expect((await t.gql('{ __typename }')).data).toEqual({ __typename: 'Query' });
  });
});
