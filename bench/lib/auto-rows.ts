/**
 * Collecting bench:auto's rows: the development set in batches of child
 * processes (one jsdom window at a time in each, closed after its page), so
 * that memory stays bounded over a thousand pages; progress on stderr.
 * The rows are kept in bench/results/auto-rows.json for bench/fit-auto.ts.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadAutoPages, type AutoPage } from './auto-pages';
import { collectPage, type CollectedRow } from './auto-collect';

const ROOT = resolve(fileURLToPath(new URL('.', import.meta.url)), '../..');
export const ROWS_FILE = resolve(ROOT, 'bench/results/auto-rows.json');
const BATCH = 50;
const CONCURRENCY = Number(process.env.CONCURRENCY ?? 1);

/** In a worker: pages [from, to) of the set, one RESULT line each. */
export async function runWorker(from: number, to: number, reps: number): Promise<void> {
  const pages = loadAutoPages().slice(from, to);
  for (const page of pages) {
    let row: CollectedRow | { id: string; error: string };
    try {
      row = await collectPage(page, reps);
    } catch (e) {
      row = { id: page.id, error: String(e) };
    }
    process.stdout.write(`RESULT ${JSON.stringify(row)}\n`);
  }
}

export async function collectRows(script: string, reps: number, only: string | null): Promise<CollectedRow[]> {
  const all = loadAutoPages();
  const indexes = all.map((p, i) => ({ p, i })).filter(({ p }) => !only || p.set === only || p.id.startsWith(only));
  const first = indexes[0]?.i ?? 0;
  const last = (indexes[indexes.length - 1]?.i ?? -1) + 1;
  const rows: CollectedRow[] = [];
  const started = Date.now();
  const batches: Array<[number, number]> = [];
  for (let from = first; from < last; from += BATCH) batches.push([from, Math.min(last, from + BATCH)]);
  let done = 0;
  const runBatch = async ([from, to]: [number, number]): Promise<void> => {
    const out = await new Promise<string>((finish) => {
      const child = spawn(process.execPath, [...process.execArgv, script, '--worker', String(from), String(to), String(reps)], {
        stdio: ['ignore', 'pipe', 'inherit'],
      });
      let text = '';
      child.stdout.setEncoding('utf8');
      child.stdout.on('data', (c: string) => {
        text += c;
      });
      child.on('close', () => finish(text));
    });
    const got = new Set<string>();
    for (const line of out.split('\n')) {
      if (!line.startsWith('RESULT ')) continue;
      const row = JSON.parse(line.slice(7)) as CollectedRow | { id: string; error: string };
      got.add(row.id);
      if ('error' in row) console.error(`  ${row.id}: ${row.error}`);
      else if (indexes.some(({ p }) => p.id === row.id)) rows.push(row);
    }
    for (const p of all.slice(from, to))
      if (!got.has(p.id)) console.error(`  ${p.id}: the batch ended before this page (crash or out of memory)`);
    done += to - from;
    process.stderr.write(`  ${done}/${last - first} pages, ${((Date.now() - started) / 1000).toFixed(0)} s\n`);
  };
  // CONCURRENCY batches at a time (default 1: the machine is shared); each batch is one process, one page at a time.
  const queue = [...batches];
  await Promise.all(
    Array.from({ length: Math.max(1, CONCURRENCY) }, async () => {
      for (let b = queue.shift(); b; b = queue.shift()) await runBatch(b);
    }),
  );
  // A partial run (--only) replaces its own pages in the kept rows and keeps the others.
  const kept =
    only && existsSync(ROWS_FILE) ? readRows().filter((r) => !rows.some((x) => x.id === r.id) && all.some((p) => p.id === r.id)) : [];
  const merged = [...kept, ...rows].sort((a, b) => order(all, a.id) - order(all, b.id));
  mkdirSync(resolve(ROOT, 'bench/results'), { recursive: true });
  writeFileSync(ROWS_FILE, `${JSON.stringify(merged)}\n`);
  return merged;
}

export function readRows(): CollectedRow[] {
  return JSON.parse(readFileSync(ROWS_FILE, 'utf8')) as CollectedRow[];
}

function order(all: AutoPage[], id: string): number {
  return all.findIndex((p) => p.id === id);
}
