import path from 'node:path';
import type { Type } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { GRAPHQL_SDL_FILE_HEADER, GraphQLSchemaBuilderModule, GraphQLSchemaFactory } from '@nestjs/graphql';
import { lexicographicSortSchema, printSchema } from 'graphql';
import { findRepoRoot } from '../config/repo-root.js';
import { GRAPHQL_FEATURE_MODULES } from './graphql-features.js';

/** Where the committed schema lives; the web's codegen reads it. */
export const SCHEMA_FILE = path.join(findRepoRoot(), 'apps', 'api', 'schema.gql');

/**
 * Prints the API's schema exactly as the code-first server does in development (sorted, with Nest's
 * header), from the resolvers of the GraphQL feature modules, without a database or a server. Used by
 * `npm run codegen` and by the freshness check in `npm test`.
 */
export async function printSchemaFile(): Promise<string> {
  const context = await NestFactory.createApplicationContext(GraphQLSchemaBuilderModule, { logger: false });
  try {
    const schema = await context.get(GraphQLSchemaFactory).create(providersOf(GRAPHQL_FEATURE_MODULES));
    return GRAPHQL_SDL_FILE_HEADER + printSchema(lexicographicSortSchema(schema));
  } finally {
    await context.close();
  }
}

// Every class provider of the modules (and the modules they import); the factory keeps the resolvers.
function providersOf(modules: Type[], seen = new Set<Type>()): Type[] {
  const out: Type[] = [];
  for (const mod of modules) {
    if (seen.has(mod)) continue;
    seen.add(mod);
    const providers = (Reflect.getMetadata('providers', mod) ?? []) as unknown[];
    out.push(...providers.filter((p): p is Type => typeof p === 'function'));
    out.push(
      ...providersOf(
        ((Reflect.getMetadata('imports', mod) ?? []) as unknown[]).filter((m): m is Type => typeof m === 'function'),
        seen,
      ),
    );
  }
  return out;
}
