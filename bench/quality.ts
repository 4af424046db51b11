/**
 * Extraction quality on every corpus in ../shared/corpus/: our whole pipeline
 * (the extension's code path, extractArticle on a jsdom document) against
 * plain Readability 0.6.0 on the same pages in the same run, scored with the
 * benchmark's own shingle metric, beside the published peers where a corpus
 * has them. Prints a table per corpus and pooled, the pages where we lose
 * most, the pages where our recall is below plain Readability's with the step
 * that removed the text, failures, and the speed ratio. Writes
 * bench/results/quality.json (a partial run: quality-partial.json).
 *
 *   npm run bench:quality [-- options]
 *     --corpus a,b     only these corpora (default: all)
 *     --every N        every Nth page of each corpus (a quick subset)
 *     --only P1,P2     only pages whose id starts with one of these prefixes
 *     --reps N         timed repetitions per page (default 5; 0: quality only, much faster)
 *     --lose N         pages listed under "where we lose most" per corpus (default 8)
 *     --jobs N         worker processes at once (default 1: the timings stay fair)
 *     --batch N        pages per worker process (default 60)
 *     --out FILE       write the JSON here
 *     --compare FILE   also print the differences from an earlier run's JSON
 *     --ab             also run our pipeline with the block scorer off (score-blocks.ts), scored and timed
 *                      in the same run: the scorer's before/after per corpus, and each's speed ratio
 *     --skip-pass a,b  switch these cleaning passes off (removal-trace.ts names them): what each is worth
 *
 * Pages run in batches, each in a child process that parses one page at a
 * time and closes its window before the next: jsdom keeps memory per parsed
 * page even after window.close(), and one process ran out of heap after
 * about 370 pages. A page that throws is recorded as a failed page (no
 * output) and the run goes on; a worker that dies or hangs costs only the
 * page it was on.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CORPORA_DIR, corpusEntries, corpusNames, readPageHtml } from './lib/load-corpus';
import { printComparison, printCorpus, printPooled, printScorerAB, summarizeCorpus, type CorpusSummary, type Peer } from './lib/report';
import type { CleanPass } from '../src/core/clean/removal-trace';
import { runPage, score, type PageRow } from './lib/run-page';

const args = process.argv.slice(2);
const arg = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const REPS = Number(arg('--reps') ?? 5);
const EVERY = Math.max(1, Number(arg('--every') ?? 1));
const ONLY = arg('--only')?.split(',').filter(Boolean);
const LOSE = Number(arg('--lose') ?? 8);
const JOBS = Math.max(1, Number(arg('--jobs') ?? 1));
const BATCH = Math.max(1, Number(arg('--batch') ?? 60));
const AB = args.includes('--ab');
const SKIP = (arg('--skip-pass')?.split(',').filter(Boolean) ?? []) as CleanPass[];
// A page that takes longer than this is stopped and counted as failed (corpus pages take well under 5 s).
const PAGE_TIMEOUT_MS = 120_000;

interface Job {
  corpus: string;
  ids: string[];
  reps: number;
  ab: boolean;
  skip: CleanPass[];
}

if (args.includes('--worker')) {
  // One batch: read the job from stdin, print START before each page and PAGE with its row after it.
  const job = JSON.parse(readFileSync(0, 'utf8')) as Job;
  const entries = new Map(corpusEntries(job.corpus).map((e) => [e.id, e]));
  for (const id of job.ids) {
    const entry = entries.get(id)!;
    process.stdout.write(`START ${id}\n`);
    let row: PageRow;
    try {
      row = runPage(job.corpus, entry, readPageHtml(job.corpus, id), job.reps, job.ab, job.skip);
    } catch (e) {
      row = failedRow(job.corpus, entry.id, entry.url, entry.reference, `parse: ${e instanceof Error ? e.message : String(e)}`);
    }
    process.stdout.write(`PAGE ${JSON.stringify(row)}\n`);
  }
} else {
  await main();
}

function failedRow(corpus: string, id: string, url: string, reference: string, error: string): PageRow {
  const none = score(reference, '');
  return {
    corpus,
    id,
    url,
    error,
    ours: none,
    readability: none,
    readabilityBlocks: none,
    readabilityWords: 0,
    title: '',
    headlineInBody: false,
    commentForm: null,
    ms: { ours: 0, readability: 0, ratio: 0 },
    kept: [],
    dropped: [],
    droppedBy: [],
    steps: [],
  };
}

async function main(): Promise<void> {
  const wanted = arg('--corpus')?.split(',').filter(Boolean);
  const names = corpusNames().filter((n) => !wanted || wanted.includes(n));
  if (!names.length) {
    console.error(`bench:quality: no corpus found in ${CORPORA_DIR}${wanted ? ` named ${wanted.join(', ')}` : ''}`);
    process.exit(1);
  }
  const jobs: Job[] = [];
  const entriesOf = new Map<string, Map<string, { url: string; reference: string }>>();
  const totals = new Map<string, number>();
  for (const corpus of names) {
    const entries = corpusEntries(corpus).filter((e, i) => i % EVERY === 0 && (!ONLY || ONLY.some((o) => e.id.startsWith(o))));
    entriesOf.set(corpus, new Map(entries.map((e) => [e.id, e])));
    totals.set(corpus, entries.length);
    for (let i = 0; i < entries.length; i += BATCH)
      jobs.push({ corpus, ids: entries.slice(i, i + BATCH).map((e) => e.id), reps: REPS, ab: AB, skip: SKIP });
  }
  const total = [...totals.values()].reduce((a, b) => a + b, 0);
  const partial = EVERY > 1 || !!ONLY || !!wanted;
  console.log(
    `bench:quality: ${total} pages of ${names.map((n) => `${n} (${totals.get(n)})`).join(', ')}; ${REPS} timed reps per page; ${JOBS} worker(s) of ${BATCH} pages${SKIP.length ? `; passes off: ${SKIP.join(', ')}` : ''}${AB ? '; block scorer off and on (--ab)' : ''}`,
  );

  const rows: PageRow[] = [];
  const done = new Map<string, number>();
  const started = performance.now();
  const progress = (corpus: string) => {
    const n = (done.get(corpus) ?? 0) + 1;
    done.set(corpus, n);
    if (n % 25 === 0 || n === totals.get(corpus)) {
      const s = summarizeCorpus(rows.filter((r) => r.corpus === corpus));
      console.error(
        `  ${corpus}: ${n}/${totals.get(corpus)} pages, F1 so far ${s.ours.f1.toFixed(3)} (Readability ${s.readabilityBlocks.f1.toFixed(3)}), ${((performance.now() - started) / 1000).toFixed(0)} s`,
      );
    }
  };
  const queue = [...jobs];
  const runJob = (job: Job) =>
    new Promise<void>((resolveJob) => {
      const child = spawn(process.execPath, [...process.execArgv, fileURLToPath(import.meta.url), '--worker'], {
        stdio: ['pipe', 'pipe', 'inherit'],
      });
      child.stdin.end(JSON.stringify(job));
      const finished = new Set<string>();
      let current: string | null = null;
      let buffer = '';
      let timer: NodeJS.Timeout | undefined;
      const arm = () => {
        clearTimeout(timer);
        timer = setTimeout(() => child.kill('SIGKILL'), PAGE_TIMEOUT_MS);
      };
      arm();
      child.stdout.setEncoding('utf8');
      child.stdout.on('data', (chunk: string) => {
        buffer += chunk;
        let nl: number;
        while ((nl = buffer.indexOf('\n')) >= 0) {
          const l = buffer.slice(0, nl);
          buffer = buffer.slice(nl + 1);
          if (l.startsWith('START ')) {
            current = l.slice(6);
            arm();
          } else if (l.startsWith('PAGE ')) {
            const row = JSON.parse(l.slice(5)) as PageRow;
            rows.push(row);
            finished.add(row.id);
            if (row.error) console.error(`  FAILED ${row.corpus}/${row.id}: ${row.error}`);
            progress(row.corpus);
            current = null;
          }
        }
      });
      child.on('close', (status, signal) => {
        clearTimeout(timer);
        const left = job.ids.filter((id) => !finished.has(id));
        if (left.length) {
          // The page it was on is failed; the rest of the batch goes back in the queue.
          const bad = current ?? left[0]!;
          const e = entriesOf.get(job.corpus)!.get(bad)!;
          const why =
            signal === 'SIGKILL' ? `no answer within ${PAGE_TIMEOUT_MS / 1000} s` : `worker ended (status ${status}, signal ${signal})`;
          const row = failedRow(job.corpus, bad, e.url, e.reference, why);
          rows.push(row);
          console.error(`  FAILED ${job.corpus}/${bad}: ${why}`);
          progress(job.corpus);
          const rest = left.filter((id) => id !== bad);
          if (rest.length) queue.unshift({ ...job, ids: rest });
        }
        resolveJob();
      });
    });
  await Promise.all(
    Array.from({ length: JOBS }, async () => {
      for (let next = queue.shift(); next; next = queue.shift()) await runJob(next);
    }),
  );
  const order = new Map(names.map((n, i) => [n, i]));
  rows.sort((a, b) => order.get(a.corpus)! - order.get(b.corpus)! || a.id.localeCompare(b.id));
  console.error(`  ${rows.length} pages in ${((performance.now() - started) / 1000).toFixed(0)} s`);

  const byCorpus: Array<[string, CorpusSummary]> = [];
  for (const corpus of names) {
    const mine = rows.filter((r) => r.corpus === corpus);
    const summary = summarizeCorpus(mine);
    byCorpus.push([corpus, summary]);
    const peerFile = resolve(CORPORA_DIR, corpus, 'peer-scores.json');
    // Published peers only compare on the very same pages.
    const peers =
      existsSync(peerFile) && !partial ? (JSON.parse(readFileSync(peerFile, 'utf8')) as { peers: Record<string, Peer> }).peers : null;
    printCorpus(corpus, mine, summary, peers, LOSE);
  }
  const pooled = summarizeCorpus(rows);
  printPooled(byCorpus, pooled);
  if (AB) printScorerAB(names, rows);
  const compare = arg('--compare');
  if (compare) printComparison(JSON.parse(readFileSync(compare, 'utf8')) as { pages: PageRow[] }, rows);

  const outDir = resolve(fileURLToPath(new URL('.', import.meta.url)), 'results');
  mkdirSync(outDir, { recursive: true });
  const out = arg('--out') ?? resolve(outDir, partial ? 'quality-partial.json' : 'quality.json');
  writeFileSync(
    out,
    `${JSON.stringify({ date: new Date().toISOString(), args, reps: REPS, corpora: Object.fromEntries(byCorpus), pooled, pages: rows }, null, 1)}\n`,
  );
  console.log(`\nwritten: ${out}`);
}
