// @ts-check
/**
 * Lint for the whole repo: typescript-eslint's recommended rules, and the architecture of
 * ../shared/ARCHITECTURE.md as import rules, so a floor that imports one above it, Yjs outside the collab
 * and doc files, Prisma in a resolver, `process.env` outside the API's config, or an app imported by a
 * package fails `npm run lint` (and so `npm test`).
 *
 * ESLint does not merge the options of one rule across config blocks (the last block matching a file
 * wins), so each import rule is given over zones that do not overlap: `zone()` below builds them.
 */
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

const API = 'apps/api/src';

/** Relative imports of the API's floors, as regexes over the import string. */
const up = (...dirs) => ({
  regex: `^\\.{1,2}/(\\.\\./)*(${dirs.join('|')})(/|\\.js$)`,
  message: `Floors read config → infra → access → collab → modules → graphql → app; this imports ${dirs.join(' or ')}, a floor above (see ../shared/ARCHITECTURE.md).`,
});
const appFiles = ['app\\.module', 'create-app', 'main'];
const PRISMA_IN_RESOLVER = {
  regex: 'prisma\\.service(\\.js)?$',
  message: 'Resolvers own GraphQL, services own Prisma: read through a service or ctx.loaders.',
};
const NO_APP_IN_PACKAGE = [
  { regex: '^@parallax/(api|web)(/|$)', message: 'Packages are pure: they import no app.' },
  { regex: '^(\\.\\./)+apps/', message: 'Packages are pure: they import no app.' },
  { regex: '^@nestjs/|^@prisma/|^pg$|^ioredis$|^react', message: 'Packages are pure TypeScript: no NestJS, Prisma, database or React.' },
];

/** One block of `no-restricted-imports` for a zone of files. */
const zone = (files, patterns, ignores = []) => ({ files, ignores, rules: { 'no-restricted-imports': ['error', { patterns }] } });

const YJS = {
  group: ['yjs', 'y-protocols', 'y-protocols/*', 'lib0', 'lib0/*', 'y-websocket', '@y/*'],
  message: 'Yjs belongs to the collab engine, packages/doc and the web collab hooks; go through ComparisonDocService or @parallax/doc.',
};
// Where Yjs may be imported as a value: the engine, the doc schema, the web's collab hooks, and tests.
const YJS_ALLOWED = [
  `${API}/collab/**`,
  'packages/doc/src/**',
  'apps/web/src/lib/collab/**',
  'apps/web/src/features/comparison/hooks/**',
  '**/*.spec.ts',
  '**/*.test.ts',
  '**/*.test.tsx',
  'apps/api/test/**',
  'test/**',
  'bench/**',
];

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/**',
      '**/dist/**',
      '**/coverage/**',
      '**/.turbo/**',
      `${API}/generated/**`,
      'apps/web/src/gql/**',
      'test/artifacts/**',
      '.parallax-data/**',
      // Scratch scripts (`bench/_*.mjs`) are personal debugging aids, not part of the product.
      'bench/_*.mjs',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2023, sourceType: 'module' },
    linterOptions: { reportUnusedDisableDirectives: 'warn' },
    rules: {
      // `_`-prefixed names are deliberately unused (destructuring a field away, a required parameter).
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none', ignoreRestSiblings: true },
      ],
      // `interface RequestLoaders extends X {}` is how a feature adds its loaders to the request context.
      '@typescript-eslint/no-empty-object-type': ['error', { allowInterfaces: 'with-single-extends' }],
      // A described @ts-ignore is how tests import the untyped .mjs fixtures (there is no error to expect on every setup).
      '@typescript-eslint/ban-ts-comment': ['error', { 'ts-ignore': 'allow-with-description' }],
    },
  },
  {
    // The two classic hook rules; the plugin's React Compiler rules are left for the web's own pass.
    files: ['apps/web/src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'warn' },
  },
  {
    // The text cleaner matches control and combining characters on purpose, and writes some regexes with
    // escapes for readability; the lead may tighten no-useless-escape after the repo-wide reformat.
    files: ['packages/text/src/**'],
    rules: { 'no-control-regex': 'off', 'no-misleading-character-class': 'off', 'no-useless-escape': 'off' },
  },
  {
    // Plain JavaScript scripts, workers and configs run on Node; TypeScript does not check their globals.
    files: ['**/*.mjs', '**/*.cjs', '**/*.js'],
    rules: { 'no-undef': 'off', '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    // Benchmarks compute figures they may not print yet.
    files: ['bench/**'],
    rules: { '@typescript-eslint/no-unused-vars': 'warn' },
  },
  {
    // Tests may use loose types for fixtures and mocks.
    files: ['**/*.spec.ts', '**/*.test.ts', '**/*.test.tsx', '**/*.e2e-spec.ts', 'apps/api/test/**', 'test/**'],
    rules: { '@typescript-eslint/no-explicit-any': 'off', '@typescript-eslint/no-non-null-assertion': 'off' },
  },

  // The API's floors: config → infra → access → collab → modules → graphql → app.
  zone([`${API}/config/**`], [up('infra', 'access', 'collab', 'modules', 'graphql', ...appFiles)]),
  zone([`${API}/infra/**`], [up('access', 'collab', 'modules', 'graphql', ...appFiles)]),
  zone([`${API}/access/**`], [up('collab', 'modules', 'graphql', ...appFiles)]),
  zone([`${API}/collab/**`], [up('modules', 'graphql', ...appFiles)]),
  zone([`${API}/modules/**`], [up('graphql', ...appFiles)], [`${API}/modules/**/*.resolver.ts`]),
  zone([`${API}/modules/**/*.resolver.ts`], [up('graphql', ...appFiles), PRISMA_IN_RESOLVER]),
  zone([`${API}/graphql/**`], [up(...appFiles)]),
  zone(['packages/*/src/**'], NO_APP_IN_PACKAGE),

  // Web: feature hooks own every Apollo operation; components and pages render what the hooks return.
  {
    files: ['apps/web/src/**/components/**', 'apps/web/src/pages/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: ['@apollo/client', '@apollo/client/react'].map((name) => ({
            name,
            importNames: ['useQuery', 'useLazyQuery', 'useSuspenseQuery', 'useMutation', 'useSubscription', 'useApolloClient'],
            message: 'Call Apollo from a feature hook (features/<f>/hooks/use-….ts) and give the component its result.',
          })),
        },
      ],
    },
  },

  // Yjs only where allowed; the web's components may still name its types (`import type`).
  {
    files: ['apps/web/src/**'],
    ignores: YJS_ALLOWED,
    rules: { '@typescript-eslint/no-restricted-imports': ['error', { patterns: [{ ...YJS, allowTypeImports: true }] }] },
  },
  {
    files: [`${API}/**`, 'packages/*/src/**'],
    ignores: YJS_ALLOWED,
    rules: { '@typescript-eslint/no-restricted-imports': ['error', { patterns: [YJS] }] },
  },

  // Inputs are validated once, at the edge (`@ValidInput` / `@ValidArgs` on the resolver, or by hand in a
  // resolver or controller): a service receives parsed input and never calls validateInput itself.
  // And one article writer: no other file inserts Segment rows.
  {
    files: [`${API}/modules/**`, `${API}/collab/**`, `${API}/access/**`],
    ignores: [`${API}/**/*.resolver.ts`, `${API}/**/*.controller.ts`, `${API}/access/authorize.ts`, '**/*.spec.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "CallExpression[callee.name='validateInput']",
          message:
            'Validate at the edge: declare @ValidInput(schema) / @ValidArgs(schema) on the resolver and take ValidInputOf<schema> here.',
        },
        {
          selector:
            "CallExpression > MemberExpression[object.property.name='segment'][property.name=/^(create|createMany|createManyAndReturn|upsert)$/]",
          message: 'Segments are written by modules/articles/article-writer.ts only (writeArticles, replaceSegments).',
        },
        {
          selector: "Property[key.name='segments'] > ObjectExpression > Property[key.name=/^(create|createMany)$/]",
          message: 'Segments are written by modules/articles/article-writer.ts only (writeArticles, replaceSegments).',
        },
      ],
    },
  },

  // Config is the only reader of the environment: everything else receives the validated AppConfig.
  {
    files: [`${API}/**`, 'packages/*/src/**'],
    ignores: [`${API}/config/**`],
    rules: {
      'no-restricted-properties': [
        'error',
        { object: 'process', property: 'env', message: 'Only apps/api/src/config/ reads process.env; inject APP_CONFIG.' },
      ],
    },
  },
);
