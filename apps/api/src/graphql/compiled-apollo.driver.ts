import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import { Injectable } from '@nestjs/common';
import type { GraphQLSchema } from 'graphql';
import { compiledQueryGateway } from './compiled-execution.js';

/**
 * Nest's Apollo driver, with queries executed by compiled code (compiled-execution.ts). The executor is
 * attached where the driver hands its options to Apollo, because only then is the schema final (Nest sorts
 * it after `transformSchema`); graphql-ws subscriptions keep graphql-js, on the same schema and resolvers.
 */
@Injectable()
export class CompiledApolloDriver extends ApolloDriver {
  override async registerServer(options: ApolloDriverConfig): Promise<void> {
    const schema = (options as { schema?: GraphQLSchema }).schema;
    if (!schema) throw new Error('CompiledApolloDriver: Nest built no schema');
    // Nest's config type leaves out `gateway` (it is the gateway driver's); Apollo reads it from the same object.
    return super.registerServer({ ...options, gateway: compiledQueryGateway(schema) } as ApolloDriverConfig);
  }
}
