// Proves the architecture rules of eslint.config.mjs still bite: lints small snippets as if they sat at
// given paths and fails unless each is refused by the expected rule (and the allowed ones pass).
import { ESLint } from 'eslint';

const cases = [
  {
    path: 'apps/api/src/modules/claims/x.ts',
    code: "import * as Y from 'yjs';\nexport const d = new Y.Doc();\n",
    rule: '@typescript-eslint/no-restricted-imports',
  },
  {
    path: 'apps/web/src/pages/x.tsx',
    code: "import * as Y from 'yjs';\nexport const d = new Y.Doc();\n",
    rule: '@typescript-eslint/no-restricted-imports',
  },
  {
    path: 'apps/api/src/modules/articles/x.ts',
    code: 'export const f = (tx: any) => tx.segment.createMany({ data: [] });\n',
    rule: 'no-restricted-syntax',
  },
  {
    path: 'apps/api/src/modules/articles/x.ts',
    code: 'export const f = (tx: any) => tx.article.create({ data: { segments: { createMany: { data: [] } } } });\n',
    rule: 'no-restricted-syntax',
  },
  {
    path: 'apps/api/src/modules/claims/x.resolver.ts',
    code: "import { PrismaService } from '../../infra/prisma/prisma.service.js';\nexport type P = PrismaService;\n",
    rule: 'no-restricted-imports',
  },
  { path: 'apps/api/src/modules/claims/x.ts', code: 'export const port = process.env.PORT;\n', rule: 'no-restricted-properties' },
  {
    path: 'apps/api/src/collab/rooms/x.ts',
    code: "import { ClaimsModule } from '../../modules/claims/claims.module.js';\nexport const m = ClaimsModule;\n",
    rule: 'no-restricted-imports',
  },
  {
    path: 'apps/api/src/infra/x.ts',
    code: "import { ViewerService } from '../access/viewer.service.js';\nexport const v = ViewerService;\n",
    rule: 'no-restricted-imports',
  },
  {
    path: 'apps/api/src/modules/claims/x.ts',
    code: "import { createLoaders } from '../../graphql/loaders.js';\nexport const l = createLoaders;\n",
    rule: 'no-restricted-imports',
  },
  {
    path: 'packages/doc/src/x.ts',
    code: "import { AppModule } from '@parallax/api';\nexport const a = AppModule;\n",
    rule: 'no-restricted-imports',
  },
  {
    path: 'apps/api/src/modules/claims/x.service.ts',
    code: "import { validateInput } from '../../infra/validation/validate-input.js';\nexport const f = (s: never, i: unknown) => validateInput(s, i);\n",
    rule: 'no-restricted-syntax',
  },
  {
    path: 'apps/api/src/modules/claims/x.resolver.ts',
    code: "import { validateInput } from '../../infra/validation/validate-input.js';\nexport const f = (s: never, i: unknown) => validateInput(s, i);\n",
    rule: null,
  },
  {
    path: 'apps/web/src/features/library/components/x.tsx',
    code: "import { useMutation } from '@apollo/client/react';\nexport const m = useMutation;\n",
    rule: 'no-restricted-imports',
  },
  {
    path: 'apps/web/src/pages/x.tsx',
    code: "import { useQuery } from '@apollo/client/react';\nexport const q = useQuery;\n",
    rule: 'no-restricted-imports',
  },
  {
    path: 'apps/web/src/features/library/hooks/x.ts',
    code: "import { useMutation } from '@apollo/client/react';\nexport const m = useMutation;\n",
    rule: null,
  },
  { path: 'apps/api/src/collab/rooms/x.ts', code: "import * as Y from 'yjs';\nexport const d = new Y.Doc();\n", rule: null },
  { path: 'apps/web/src/pages/x.tsx', code: "import type * as Y from 'yjs';\nexport type D = Y.Doc;\n", rule: null },
  { path: 'apps/api/src/config/x.ts', code: 'export const port = process.env.PORT;\n', rule: null },
];

const eslint = new ESLint();
let failed = 0;
for (const c of cases) {
  const [result] = await eslint.lintText(c.code, { filePath: c.path });
  const rules = result.messages.filter((m) => m.severity === 2).map((m) => m.ruleId);
  const ok = c.rule ? rules.includes(c.rule) : rules.length === 0;
  if (!ok) {
    failed++;
    console.error(`✗ ${c.path}: expected ${c.rule ?? 'no error'}, got ${rules.join(', ') || 'no error'}\n${c.code}`);
  }
}
if (failed) process.exit(1);
console.log(`architecture lint rules: ${cases.length} cases hold`);
