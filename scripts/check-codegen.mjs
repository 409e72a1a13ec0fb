// Fails when a generated GraphQL artefact is stale: apps/api/schema.gql (printed from the built API's
// resolvers) or apps/web/src/gql (graphql-codegen over that schema and the web's .graphql documents).
// Needs the API built (`npm run build`); fix with `npm run codegen`.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';

execFileSync(process.execPath, ['apps/api/scripts/schema-file.mjs', '--check'], { stdio: 'inherit' });

const web = path.resolve('apps/web');
process.chdir(web);
const { generate } = await import('@graphql-codegen/cli');
const { tsImport } = await import('tsx/esm/api');
const { default: config } = await tsImport(path.join(web, 'codegen.ts'), import.meta.url);
const outputs = await generate({ ...config, silent: true }, false);
const stale = outputs.filter((o) => readFileSync(path.resolve(web, o.filename), 'utf8') !== o.content).map((o) => o.filename);
if (stale.length) {
  console.error(`apps/web/${stale.join(', apps/web/')} stale: run \`npm run codegen\` and commit the result.`);
  process.exit(1);
}
console.log('apps/web/src/gql is fresh');
