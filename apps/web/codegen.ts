import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * Types for every operation in src/features/*\/*.graphql, generated from the API's code-first schema
 * (apps/api/schema.gql, written by the root `npm run codegen`, which also runs this). Run it after either changes; the
 * output in src/gql/ is committed so a build never needs the API.
 */
const config: CodegenConfig = {
  schema: ['../api/schema.gql'],
  documents: ['src/features/**/*.graphql'],
  ignoreNoDocuments: true,
  generates: {
    'src/gql/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        enumsAsTypes: true,
        useTypeImports: true,
        avoidOptionals: { field: true, inputValue: false, object: false, defaultValue: false },
        scalars: { DateTime: 'string' },
        skipTypename: true,
      },
    },
  },
};

export default config;
