import { existsSync } from 'node:fs';
import path from 'node:path';

/** The repository root (the folder with turbo.json), found from this file so any working directory works. */
export function findRepoRoot(from = import.meta.dirname): string {
  let dir = from;
  while (!existsSync(path.join(dir, 'turbo.json'))) {
    const parent = path.dirname(dir);
    if (parent === dir) return process.cwd();
    dir = parent;
  }
  return dir;
}
