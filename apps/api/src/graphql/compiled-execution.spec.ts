import { ApolloServer } from '@apollo/server';
import { GraphQLError, GraphQLID, GraphQLInt, GraphQLList, GraphQLNonNull, GraphQLObjectType, GraphQLSchema, GraphQLString } from 'graphql';
import { compiledQueryGateway } from './compiled-execution.js';

class Refused extends Error {
  readonly code = 'FORBIDDEN';
}

let itemResolves = 0;
const Item = new GraphQLObjectType({
  name: 'Item',
  fields: {
    id: { type: new GraphQLNonNull(GraphQLID) },
    label: { type: GraphQLString },
    required: { type: new GraphQLNonNull(GraphQLString) },
    owner: {
      type: GraphQLString,
      resolve: (item: { id: string }, _args, ctx: { viewer: string }) => {
        itemResolves++;
        if (item.id === '2') throw new Refused('not yours');
        return `${ctx.viewer}:${item.id}`;
      },
    },
  },
});
const schema = new GraphQLSchema({
  query: new GraphQLObjectType({
    name: 'Query',
    fields: {
      items: {
        type: new GraphQLList(Item),
        args: { first: { type: new GraphQLNonNull(GraphQLInt) } },
        resolve: async (_: unknown, { first }: { first: number }) =>
          [
            { id: '1', label: 'one', required: 'x' },
            { id: '2', label: null, required: 'y' },
            { id: '3', label: 'three', required: null },
          ].slice(0, first),
      },
      timeout: {
        type: GraphQLString,
        resolve: () => {
          throw new GraphQLError('too slow', { extensions: { code: 'TIMEOUT' } });
        },
      },
    },
  }),
  mutation: new GraphQLObjectType({
    name: 'Mutation',
    fields: { touch: { type: GraphQLInt, resolve: () => 1 } },
  }),
});

async function started(compiled: boolean) {
  const server = new ApolloServer({
    ...(compiled ? { gateway: compiledQueryGateway(schema) } : { schema }),
    includeStacktraceInErrorResponses: false,
    // What the app's formatter reads: the code of the thrown error, through Apollo's unwrapping.
    formatError: (formatted, error) => {
      const original = (error as { originalError?: unknown }).originalError;
      return original instanceof Refused ? { ...formatted, extensions: { code: original.code } } : formatted;
    },
  });
  await server.start();
  return server;
}

async function answer(server: ApolloServer, query: string, variables: Record<string, unknown> | null) {
  const res = await server.executeOperation(variables ? { query, variables } : { query }, { contextValue: { viewer: 'ann' } });
  return { status: res.http.status, body: res.body.kind === 'single' ? res.body.singleResult : null };
}

describe('compiledQueryGateway', () => {
  let plain: ApolloServer;
  let compiled: ApolloServer;
  beforeAll(async () => {
    [plain, compiled] = await Promise.all([started(false), started(true)]);
  });
  afterAll(() => Promise.all([plain.stop(), compiled.stop()]));

  // Every row has three entries: a shorter one would make jest pass its `done` callback as `variables`.
  const cases: [string, string, Record<string, unknown> | null][] = [
    [
      'data, a resolver error with its code, a non-null violation',
      'query($n: Int!) { items(first: $n) { id label owner required } }',
      { n: 3 },
    ],
    ['a GraphQLError keeps its extensions', '{ timeout items(first: 1) { id } }', null],
    ['fragments and aliases', 'query { a: items(first: 2) { ...F } } fragment F on Item { key: id owner }', null],
    ['a variable that does not coerce', 'query($n: Int!) { items(first: $n) { id } }', { n: 'many' }],
    ['a missing variable', 'query($n: Int!) { items(first: $n) { id } }', {}],
    ['a mutation', 'mutation { touch }', null],
  ];
  it.each(cases)('answers as graphql-js does: %s', async (_name, query, variables) => {
    // Twice: the first run compiles, the second reuses the compiled form.
    for (let i = 0; i < 2; i++) expect(await answer(compiled, query, variables)).toEqual(await answer(plain, query, variables));
  });

  it('runs the same resolvers with the request context', async () => {
    itemResolves = 0;
    const res = await answer(compiled, '{ items(first: 1) { owner } }', null);
    expect(res.body?.data).toEqual({ items: [{ owner: 'ann:1' }] });
    expect(itemResolves).toBe(1);
  });
});
