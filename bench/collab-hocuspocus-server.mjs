// The second reference of bench/collab.mjs: Hocuspocus (@hocuspocus/server 3.4.3, the last major that runs on
// Node 20) with its store, @hocuspocus/extension-database, writing each document's state to the bench's
// Postgres (a `hocuspocus_documents` table). Hocuspocus stores on its own debounce (2 s, at most 10 s after
// the first change): relayed edits are not yet durable. Prints "PORT <n>" once listening.
// Usage: node collab-hocuspocus-server.mjs <postgres connection string>
import { Database } from '@hocuspocus/extension-database';
import { Server } from '@hocuspocus/server';
import pg from 'pg';

const pool = new pg.Pool({ connectionString: process.argv[2], max: 4 });
// The bench restarts the product's Postgres in its crash step; Hocuspocus is done by then.
pool.on('error', () => undefined);
await pool.query('CREATE TABLE IF NOT EXISTS hocuspocus_documents (name text PRIMARY KEY, data bytea NOT NULL)');
const server = new Server({
  address: '127.0.0.1',
  port: 0,
  quiet: true,
  extensions: [
    new Database({
      fetch: async ({ documentName }) =>
        (await pool.query('SELECT data FROM hocuspocus_documents WHERE name = $1', [documentName])).rows[0]?.data ?? null,
      store: async ({ documentName, state }) => {
        await pool.query(
          'INSERT INTO hocuspocus_documents (name, data) VALUES ($1, $2) ON CONFLICT (name) DO UPDATE SET data = EXCLUDED.data',
          [documentName, state],
        );
      },
    }),
  ],
});
await server.listen();
console.log(`PORT ${server.address.port}`);
