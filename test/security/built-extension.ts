/**
 * The built extension (dist/chrome, dist/firefox) for tests that inspect it.
 * Built here when it is missing or older than the source, so a unit run
 * (which comes before `npm run build` in `npm test`) never checks a stale or
 * absent build and passes by accident.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../browser/harness/test-extension';

export const TARGETS = ['chrome', 'firefox'] as const;

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs);
  }
  return newest;
}

function fresh(): boolean {
  const manifests = TARGETS.map((t) => join(ROOT, 'dist', t, 'manifest.json'));
  const builtAt = Math.min(...manifests.map((p) => (existsSync(p) ? statSync(p).mtimeMs : 0)));
  const sourceAt = Math.max(newestMtime(join(ROOT, 'src')), statSync(join(ROOT, 'manifest.json')).mtimeMs);
  return builtAt > sourceAt;
}

export function ensureBuilt(): void {
  if (fresh()) return;
  // Test files run in parallel workers: one builds, the others wait for it (a directory is an atomic lock).
  const lock = join(ROOT, 'dist', '.test-build.lock');
  mkdirSync(join(ROOT, 'dist'), { recursive: true });
  const end = Date.now() + 170_000;
  for (;;) {
    try {
      mkdirSync(lock);
      break;
    } catch {
      if (Date.now() > end) throw new Error(`${lock} held too long: remove it if no build is running`);
      execFileSync('sleep', ['0.5']);
    }
  }
  try {
    if (!fresh()) execFileSync(join(ROOT, 'node_modules/.bin/tsx'), ['scripts/build.ts'], { cwd: ROOT, stdio: 'ignore' });
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

/** Every file of one built extension, relative path → text (binary files skipped by extension). */
export function builtFiles(target: (typeof TARGETS)[number], extensions: RegExp): Map<string, string> {
  const root = join(ROOT, 'dist', target);
  const files = new Map<string, string>();
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (extensions.test(entry.name)) files.set(path.slice(root.length + 1), readFileSync(path, 'utf8'));
    }
  };
  walk(root);
  return files;
}

export function builtManifest(target: (typeof TARGETS)[number]): Record<string, unknown> {
  return JSON.parse(readFileSync(join(ROOT, 'dist', target, 'manifest.json'), 'utf8')) as Record<string, unknown>;
}
