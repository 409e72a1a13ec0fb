import { existsSync } from 'node:fs';
import path from 'node:path';

// Compiled output is CommonJS (has __dirname); jest runs the sources as ESM (no __dirname) from the repo.
const here = typeof __dirname === 'string' ? __dirname : process.cwd();

/** The repository root (the folder with turbo.json), found from this file so any working directory works. */
export function findRepoRoot(from = here): string {
  let dir = from;
  while (!existsSync(path.join(dir, 'turbo.json'))) {
    const parent = path.dirname(dir);
    if (parent === dir) return process.cwd();
    dir = parent;
  }
  return dir;
}
