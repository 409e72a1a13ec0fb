// Writes apps/api/schema.gql from the built API (`--check`: fails instead when the committed file is stale).
// Run after `npm run build -w @parallax/api`; `npm run codegen` at the root does both, then the web types.
import 'reflect-metadata';
import { readFileSync, writeFileSync } from 'node:fs';
import { printSchemaFile, SCHEMA_FILE } from '../dist/graphql/schema-file.js';

const printed = await printSchemaFile();
if (process.argv.includes('--check')) {
  const committed = readFileSync(SCHEMA_FILE, 'utf8');
  if (committed !== printed) {
    console.error(`${SCHEMA_FILE} is stale: run \`npm run codegen\` and commit the result.`);
    process.exit(1);
  }
  console.log('schema.gql is fresh');
} else {
  writeFileSync(SCHEMA_FILE, printed);
  console.log(`wrote ${SCHEMA_FILE}`);
}
