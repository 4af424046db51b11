/**
 * npm run bench:fuzz: at least 10,000 fuzz cases (random trees, mutated
 * real pages, truncated and wrongly decoded bytes, garbage) through cleanHtml
 * and key figures, then the pathological pages at full size. Prints the
 * count, every failure (kind, size, problem) and the slowest cases.
 * Options: --runs N (default 10000), --seed N, --batch N (default 1000),
 * --jobs N (batches at once, default: the number of cores), --no-pathological.
 *
 * The cases run in batches, each in a child process: jsdom keeps about
 * 0.6 MB per parsed page even after window.close(), so one process would run
 * out of heap after a few thousand cases.
 */
import { spawn } from 'node:child_process';
import { availableParallelism } from 'node:os';
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { anyPage, realPages } from '../test/fuzz/arbitraries';
import { runCase } from '../test/fuzz/check-case';
import { runPathologicalNode } from './pathological';

const args = process.argv.slice(2);
const option = (name: string, fallback: number) => {
  const i = args.indexOf(name);
  return i >= 0 ? Number(args[i + 1]) : fallback;
};
const runs = option('--runs', 10_000);
const seed = option('--seed', Date.now() % 2 ** 31);
const batch = option('--batch', 1_000);
const jobs = option('--jobs', availableParallelism());

interface Slow {
  kind: string;
  chars: number;
  ms: number;
  extractMs: number;
  figuresMs: number;
}
interface Failure {
  kind: string;
  chars: number;
  problems: string[];
  file: string;
}
interface BatchResult {
  done: number;
  failures: Failure[];
  slowest: Slow[];
}

// Each case is written out before it runs: if one hangs, the file left behind is the case to replay.
const RESULTS = new URL('./results/', import.meta.url);
mkdirSync(RESULTS, { recursive: true });

/** One batch in this process: `count` cases from `batchSeed`. */
function runBatch(count: number, batchSeed: number): BatchResult {
  const pages = realPages(5);
  const result: BatchResult = { done: 0, failures: [], slowest: [] };
  fc.assert(
    fc.property(anyPage(pages), (page) => {
      writeFileSync(new URL('fuzz-current.html', RESULTS), page.html);
      const outcome = runCase(page.html);
      result.done++;
      if (!outcome.ok) {
        // Kept at once, so a long run that is stopped still tells what failed.
        const file = `fuzz-failure-${batchSeed}-${result.failures.length + 1}.html`;
        writeFileSync(new URL(file, RESULTS), page.html);
        result.failures.push({ kind: page.kind, chars: page.html.length, problems: outcome.problems, file });
        console.error(
          `  FAIL at case ${result.done} of seed ${batchSeed}: ${page.kind} (${page.html.length} chars): ${outcome.problems.join(' | ').slice(0, 300)}`,
        );
      }
      const ms = outcome.extractMs + outcome.figuresMs;
      result.slowest.push({ kind: page.kind, chars: page.html.length, ms, extractMs: outcome.extractMs, figuresMs: outcome.figuresMs });
      result.slowest.sort((a, b) => b.ms - a.ms).splice(5);
      return true; // failures are collected, not shrunk: the bench reports them all
    }),
    { numRuns: count, seed: batchSeed },
  );
  return result;
}

if (args.includes('--worker')) {
  console.log(`RESULT ${JSON.stringify(runBatch(runs, seed))}`);
} else {
  const started = performance.now();
  const total: BatchResult = { done: 0, failures: [], slowest: [] };
  console.log(
    `bench:fuzz: ${runs} cases in batches of ${batch}, seed ${seed} (batch k uses seed ${seed}+k; replay one with --runs ${batch} --seed S)`,
  );
  const batches = Array.from({ length: Math.ceil(runs / batch) }, (_, k) => ({ k, count: Math.min(batch, runs - k * batch) }));
  const runChild = (k: number, count: number) =>
    new Promise<void>((resolve) => {
      const child = spawn(
        process.execPath,
        [...process.execArgv, fileURLToPath(import.meta.url), '--worker', '--runs', String(count), '--seed', String(seed + k)],
        { stdio: ['ignore', 'pipe', 'inherit'] },
      );
      let out = '';
      child.stdout.setEncoding('utf8');
      child.stdout.on('data', (chunk: string) => {
        out += chunk;
      });
      child.on('close', (status, signal) => {
        const line = out.split('\n').find((l) => l.startsWith('RESULT '));
        if (!line) {
          // A batch that died (a crash, a hang stopped) is a failure of its own; its running case is on disk.
          total.failures.push({
            kind: 'batch',
            chars: 0,
            problems: [
              `batch with seed ${seed + k} ended without a result (status ${status}, signal ${signal}); see bench/results/fuzz-current.html`,
            ],
            file: 'fuzz-current.html',
          });
          total.done += count;
        } else {
          const r = JSON.parse(line.slice('RESULT '.length)) as BatchResult;
          total.done += r.done;
          total.failures.push(...r.failures);
          total.slowest = [...total.slowest, ...r.slowest].sort((a, b) => b.ms - a.ms).slice(0, 5);
        }
        console.log(`  ${total.done} cases, ${total.failures.length} failures, ${((performance.now() - started) / 1000).toFixed(0)} s`);
        resolve();
      });
    });
  // A few batches at once, one per core: each is a separate process with its own heap.
  const queue = [...batches];
  await Promise.all(
    Array.from({ length: Math.max(1, jobs) }, async () => {
      for (let next = queue.shift(); next; next = queue.shift()) await runChild(next.k, next.count);
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  console.log(
    `\n${total.done} cases in ${seconds.toFixed(1)} s (${((seconds * 1000) / total.done).toFixed(1)} ms a case), ${total.failures.length} failures`,
  );
  for (const f of total.failures.slice(0, 20))
    console.log(`  FAIL ${f.kind} (${f.chars} chars, bench/results/${f.file}): ${f.problems.join(' | ').slice(0, 600)}`);
  console.log('slowest cases:');
  for (const s of total.slowest)
    console.log(
      `  ${s.ms.toFixed(0).padStart(6)} ms  ${s.kind}, ${s.chars} chars (extract ${s.extractMs.toFixed(0)} ms, key figures ${s.figuresMs.toFixed(0)} ms)`,
    );
  if (!args.includes('--no-pathological')) await runPathologicalNode(1);
  if (total.failures.length) process.exitCode = 1;
}
