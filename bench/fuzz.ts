/**
 * npm run bench:fuzz: at least 10,000 fuzz cases (random trees, mutated
 * real pages, truncated and wrongly decoded bytes, garbage) through cleanHtml
 * and key figures, then the pathological pages at full size. Prints the
 * count, every failure (kind, size, problem) and the slowest cases.
 * Options: --runs N (default 10000), --seed N, --no-pathological.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import fc from 'fast-check';
import { anyPage, realPages, type FuzzPage } from '../test/fuzz/arbitraries';
import { runCase } from '../test/fuzz/check-case';
import { runPathological } from './pathological';

const args = process.argv.slice(2);
const option = (name: string, fallback: number) => { const i = args.indexOf(name); return i >= 0 ? Number(args[i + 1]) : fallback; };
const runs = option('--runs', 10_000);
const seed = option('--seed', Date.now() % 2 ** 31);

interface Slow { kind: string; chars: number; ms: number; extractMs: number; figuresMs: number }

const pages = realPages(5);
const failures: Array<{ page: FuzzPage; problems: string[] }> = [];
const slowest: Slow[] = [];
const started = performance.now();
let done = 0;

// Each case is written out before it runs: if one hangs, the file left behind is the case to replay.
const RESULTS = new URL('./results/', import.meta.url);
mkdirSync(RESULTS, { recursive: true });

console.log(`bench:fuzz: ${runs} cases, seed ${seed} (replay with --seed ${seed}); the running case is in bench/results/fuzz-current.html`);
fc.assert(fc.property(anyPage(pages), (page) => {
  writeFileSync(new URL('fuzz-current.html', RESULTS), page.html);
  const outcome = runCase(page.html);
  done++;
  if (!outcome.ok) {
    failures.push({ page, problems: outcome.problems });
    // Reported at once and kept, so a long run that is stopped still tells what failed.
    writeFileSync(new URL(`fuzz-failure-${failures.length}.html`, RESULTS), page.html);
    console.log(`  FAIL #${failures.length} at case ${done}: ${page.kind} (${page.html.length} chars): ${outcome.problems.join(' | ').slice(0, 300)}`);
  }
  const ms = outcome.extractMs + outcome.figuresMs;
  slowest.push({ kind: page.kind, chars: page.html.length, ms, extractMs: outcome.extractMs, figuresMs: outcome.figuresMs });
  slowest.sort((a, b) => b.ms - a.ms).splice(5);
  if (done % 500 === 0) console.log(`  ${done} cases, ${failures.length} failures, ${((performance.now() - started) / 1000).toFixed(0)} s`);
  return true; // failures are collected, not shrunk: the bench reports them all
}), { numRuns: runs, seed });

const seconds = (performance.now() - started) / 1000;
console.log(`\n${done} cases in ${seconds.toFixed(1)} s (${(seconds * 1000 / done).toFixed(1)} ms a case), ${failures.length} failures`);
for (const f of failures.slice(0, 20)) console.log(`  FAIL ${f.page.kind} (${f.page.html.length} chars): ${f.problems.join(' | ').slice(0, 600)}`);
console.log('slowest cases:');
for (const s of slowest) console.log(`  ${s.ms.toFixed(0).padStart(6)} ms  ${s.kind}, ${s.chars} chars (extract ${s.extractMs.toFixed(0)} ms, key figures ${s.figuresMs.toFixed(0)} ms)`);

if (!args.includes('--no-pathological')) runPathological(1);
if (failures.length) process.exitCode = 1;
