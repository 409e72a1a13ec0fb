import { ApolloServer } from '@apollo/server';
import { GraphQLInt, GraphQLObjectType, GraphQLSchema, GraphQLString } from 'graphql';
import { limitedStringify, requestLimitsPlugin, withFieldDeadlines } from './request-limits.js';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
let childCalls = 0;

const Child = new GraphQLObjectType({
  name: 'Child',
  fields: { name: { type: GraphQLString } },
});
const Slow = new GraphQLObjectType({
  name: 'Slow',
  fields: {
    // A property field: no resolver of its own, so it is not wrapped and still answers after the deadline.
    label: { type: GraphQLString },
    child: {
      type: Child,
      resolve: () => {
        childCalls++;
        return { name: 'fetched' };
      },
    },
  },
});
const schema = new GraphQLSchema({
  query: new GraphQLObjectType({
    name: 'Query',
    fields: {
      slow: {
        type: Slow,
        args: { ms: { type: GraphQLInt } },
        resolve: async (_: unknown, { ms }: { ms: number }) => (await sleep(ms), { label: 'slow' }),
      },
    },
  }),
});

async function run(server: ApolloServer, ms: number) {
  const res = await server.executeOperation({ query: `query($ms: Int) { slow(ms: $ms) { label child { name } } }`, variables: { ms } });
  if (res.body.kind !== 'single') throw new Error('expected a single result');
  return res.body.singleResult;
}

describe('request limits', () => {
  const server = new ApolloServer({
    schema: withFieldDeadlines(schema, 100),
    plugins: [requestLimitsPlugin({ maxCost: 1000, listSizes: { byField: {}, defaultSize: 10, maxFirst: 100 }, timeoutMs: 100 })],
  });
  beforeAll(() => server.start());
  afterAll(() => server.stop());

  it('fails fields that start after the deadline with TIMEOUT, without calling their resolver', async () => {
    childCalls = 0;
    const result = await run(server, 180);
    expect(result.errors?.map((e) => [e.extensions?.code, e.path])).toEqual([['TIMEOUT', ['slow', 'child']]]);
    expect(result.data).toEqual({ slow: { label: 'slow', child: null } });
    expect(childCalls).toBe(0);
  });

  it('resolves every field of a request within its deadline', async () => {
    childCalls = 0;
    const result = await run(server, 0);
    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual({ slow: { label: 'slow', child: { name: 'fetched' } } });
    expect(childCalls).toBe(1);
  });

  it('gives each request its own deadline', async () => {
    const [late, early] = await Promise.all([run(server, 180), run(server, 0)]);
    expect(late.errors?.[0]?.extensions?.code).toBe('TIMEOUT');
    expect(early.errors).toBeUndefined();
  });
});

describe('limitedStringify', () => {
  it('serialises a result within the cap as it is, and replaces a larger one by RESPONSE_TOO_LARGE', () => {
    const stringify = limitedStringify(1000);
    const small = { data: { text: 'ä'.repeat(400) } };
    expect(stringify(small)).toBe(JSON.stringify(small));
    // 600 two-byte characters: under the cap in UTF-16 units, over it in UTF-8 bytes.
    const large = JSON.parse(stringify({ data: { text: 'ä'.repeat(600) } }));
    expect(large.data).toBeUndefined();
    expect(large.errors[0].extensions.code).toBe('RESPONSE_TOO_LARGE');
  });
});
