#!/usr/bin/env node
// The `article-cleaner` command: a shim that loads the built CLI, so the
// package needs no TypeScript at run time. Build it with `npm run build:cli`.
import { existsSync } from 'node:fs';

const cli = new URL('../dist/cli/article-cleaner.js', import.meta.url);
if (!existsSync(cli)) {
  process.stderr.write('article-cleaner: the CLI is not built; run npm run build:cli first\n');
  process.exit(1);
}
await import(cli.href);
