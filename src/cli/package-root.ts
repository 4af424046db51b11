import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const NAME = 'article-cleaner';

/**
 * The directory holding our package.json, found by walking up from this
 * module. It works unchanged from src/cli (tests, tsx) and from the built
 * dist/cli/article-cleaner.js, and does not depend on the working directory,
 * so `node /anywhere/bin/article-cleaner.js` still finds the bundled sample.
 */
export function packageRoot(from: string = import.meta.url): string {
  let dir = dirname(fileURLToPath(from));
  for (;;) {
    const manifest = join(dir, 'package.json');
    if (existsSync(manifest) && readManifest(manifest).name === NAME) return dir;
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`cannot find the ${NAME} package root above ${fileURLToPath(from)}`);
    dir = parent;
  }
}

/** The version, read from package.json: the one place it is written. */
export function packageVersion(root: string = packageRoot()): string {
  return readManifest(join(root, 'package.json')).version ?? '0.0.0';
}

function readManifest(path: string): { name?: string; version?: string } {
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as { name?: string; version?: string };
  } catch {
    return {};
  }
}
