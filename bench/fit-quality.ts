/**
 * Fits the block scorer (src/core/clean/score-blocks.ts) on every corpus in
 * ../shared/corpus/ and writes src/core/clean/block-model.ts (weights and
 * threshold as data). Each page runs through our pipeline with the scorer
 * off; the leaf blocks the rule passes leave are read with their features
 * (block-features.ts) and labelled by the page's hand-marked text (a block
 * is the story when half of its tokens or more are in the reference). Prints,
 * per corpus in the same run: our shipped cleaning without the scorer, plain
 * Readability with block breaks, the scorer fitted on all corpora
 * (in-sample) and fitted on the other two and scored on this one
 * (leave-one-corpus-out). The scorer's figures re-score each page with the
 * removed blocks' text taken out of our output; bench:quality then measures
 * the written model for real. Deterministic.
 *
 *   npm run fit:quality [-- --every N --jobs N --cached]
 *     --every N   every Nth page of each corpus (a quick subset; the model is not written)
 *     --jobs N    worker processes at once (default 1)
 *     --cached    reuse bench/results/fit-quality-blocks.json from the last collection
 *     --dry       print, do not write the model
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Readability } from '@mozilla/readability';
import * as prettier from 'prettier';
import { blockFeatures, FEATURE_NAMES } from '../src/core/clean/block-features';
import type { BlockModel } from '../src/core/clean/block-model';
import { cloneDocument } from '../src/core/extract/clone-document';
import { extractArticle } from '../src/core/pipeline/extract-article';
import { createSanitizer } from '../src/core/sanitize/create-sanitizer';
import { blockText } from '../src/core/text/block-text';
import { parseDocument } from '../src/node/parse-document';
import { FIT, evaluate, evaluateReadability, fitBlockModel, prepare, type BlockRow, type FitPage } from './lib/fit-block-model';
import { corpusEntries, corpusNames, readPageHtml } from './lib/load-corpus';

const args = process.argv.slice(2);
const arg = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const EVERY = Math.max(1, Number(arg('--every') ?? 1));
const JOBS = Math.max(1, Number(arg('--jobs') ?? 1));
const BATCH = 60;
const ROOT = resolve(fileURLToPath(new URL('.', import.meta.url)), '..');
const CACHE = resolve(ROOT, 'bench/results/fit-quality-blocks.json');
const OFF: BlockModel = { bias: 0, weights: {}, threshold: Infinity };

interface Job {
  corpus: string;
  ids: string[];
}

if (args.includes('--worker')) worker();
else await main();

/** One batch: each page in its own window, closed before the next; one JSON line per page. */
function worker(): void {
  const job = JSON.parse(readFileSync(0, 'utf8')) as Job;
  const entries = new Map(corpusEntries(job.corpus).map((e) => [e.id, e]));
  for (const id of job.ids) {
    const entry = entries.get(id)!;
    let page: Omit<FitPage, 'reference'> = { corpus: job.corpus, id, ours: '', rb: '', blocks: [] };
    try {
      const { document, window } = parseDocument(readPageHtml(job.corpus, id), entry.url);
      try {
        const sanitizer = createSanitizer(window as never, entry.url);
        let blocks: BlockRow[] = [];
        const result = extractArticle(document, {
          url: entry.url,
          sanitize: { mode: 'in-place', inPlace: sanitizer.inPlace },
          blockModel: OFF,
          // The scorer is the last pass: what the passes leave is the article after 'captions'. Every block is read
          // (the scorer reads only those after the story), since each block's weight is its share of the page's tokens.
          trace: (step, content) => {
            if (step !== 'captions') return;
            blocks = blockFeatures(content, true).map((b) => ({
              f: FEATURE_NAMES.map((n) => Math.round(b.features[n] * 1e4) / 1e4),
              text: blockText(b.el),
              removable: b.candidate && !b.features.prose,
            }));
          },
        });
        let rb = '';
        try {
          const el = new Readability<Element>(cloneDocument(document), { serializer: (e) => e as Element }).parse()?.content;
          rb = el ? blockText(el) : '';
        } catch {
          /* plain Readability failing is its own empty output */
        }
        page = { ...page, ours: result.ok ? result.article.text : '', rb, blocks: result.ok ? blocks : [] };
      } finally {
        (window as unknown as { close(): void }).close();
      }
    } catch (e) {
      process.stderr.write(`  FAILED ${job.corpus}/${id}: ${e instanceof Error ? e.message : String(e)}\n`);
    }
    process.stdout.write(`PAGE ${JSON.stringify(page)}\n`);
  }
}

async function collect(): Promise<FitPage[]> {
  const jobs: Job[] = [];
  const refs = new Map<string, string>();
  for (const corpus of corpusNames()) {
    const entries = corpusEntries(corpus).filter((_, i) => i % EVERY === 0);
    for (const e of entries) refs.set(`${corpus}/${e.id}`, e.reference);
    for (let i = 0; i < entries.length; i += BATCH) jobs.push({ corpus, ids: entries.slice(i, i + BATCH).map((e) => e.id) });
  }
  const pages: FitPage[] = [];
  const started = performance.now();
  const run = (job: Job) =>
    new Promise<void>((done) => {
      const child = spawn(process.execPath, [...process.execArgv, fileURLToPath(import.meta.url), '--worker'], {
        stdio: ['pipe', 'pipe', 'inherit'],
      });
      child.stdin.end(JSON.stringify(job));
      let buffer = '';
      child.stdout.setEncoding('utf8');
      child.stdout.on('data', (chunk: string) => {
        buffer += chunk;
        let nl: number;
        while ((nl = buffer.indexOf('\n')) >= 0) {
          const line = buffer.slice(0, nl);
          buffer = buffer.slice(nl + 1);
          if (!line.startsWith('PAGE ')) continue;
          const p = JSON.parse(line.slice(5)) as Omit<FitPage, 'reference'>;
          pages.push({ ...p, reference: refs.get(`${p.corpus}/${p.id}`)! });
          if (pages.length % 50 === 0 || pages.length === refs.size)
            console.error(`  ${pages.length}/${refs.size} pages read, ${((performance.now() - started) / 1000).toFixed(0)} s`);
        }
      });
      child.on('close', () => done());
    });
  const queue = [...jobs];
  await Promise.all(
    Array.from({ length: JOBS }, async () => {
      for (let next = queue.shift(); next; next = queue.shift()) await run(next);
    }),
  );
  return pages.sort((a, b) => a.corpus.localeCompare(b.corpus) || a.id.localeCompare(b.id));
}

async function main(): Promise<void> {
  let pages: FitPage[];
  if (args.includes('--cached') && existsSync(CACHE)) pages = (JSON.parse(readFileSync(CACHE, 'utf8')) as { pages: FitPage[] }).pages;
  else {
    pages = await collect();
    mkdirSync(resolve(ROOT, 'bench/results'), { recursive: true });
    writeFileSync(CACHE, JSON.stringify({ every: EVERY, pages }));
  }
  const prepared = prepare(pages);
  const corpora = [...new Set(pages.map((p) => p.corpus))];
  const blocks = prepared.reduce((s, p) => s + p.page.blocks.filter((b) => b.removable).length, 0);
  const furniture = prepared.reduce((s, p) => s + p.y.filter((y, i) => y && p.page.blocks[i]!.removable).length, 0);
  console.log(
    `fit:quality: ${pages.length} pages of ${corpora.join(', ')}; ${blocks} removable blocks, ${furniture} of them furniture by the references`,
  );
  const all = fitBlockModel(prepared);
  const fmt = (s: { f1: number; precision: number; recall: number }) =>
    `${s.f1.toFixed(3)} / ${s.precision.toFixed(3)} / ${s.recall.toFixed(3)}`;
  console.log(
    '\n| corpus | pages | shipped, no scorer F1 / P / R | RB F1 / P / R | scorer in-sample | Δ | scorer LOCO | Δ | LOCO threshold |',
  );
  console.log('|---|---|---|---|---|---|---|---|---|');
  const pooled = { none: [] as typeof prepared, all: all };
  for (const corpus of corpora) {
    const mine = prepared.filter((p) => p.page.corpus === corpus);
    const loco = fitBlockModel(prepared.filter((p) => p.page.corpus !== corpus));
    const none = evaluate(mine, OFF);
    const inSample = evaluate(mine, all);
    const held = evaluate(mine, loco);
    const d = (s: { f1: number }) => `${s.f1 - none.f1 >= 0 ? '+' : ''}${(s.f1 - none.f1).toFixed(4)}`;
    console.log(
      `| ${corpus} | ${mine.length} | ${fmt(none)} | ${fmt(evaluateReadability(mine))} | ${fmt(inSample)} | ${d(inSample)} | ${fmt(held)} | ${d(held)} | ${loco.threshold.toFixed(2)} |`,
    );
    pooled.none.push(...mine);
  }
  const none = evaluate(prepared, OFF);
  const inSample = evaluate(prepared, all);
  console.log(
    `| pooled | ${prepared.length} | ${fmt(none)} | ${fmt(evaluateReadability(prepared))} | ${fmt(inSample)} | ${(inSample.f1 - none.f1).toFixed(4)} | | | |`,
  );
  console.log(
    `\nfitted on all: bias ${all.bias}, threshold ${all.threshold} (removes ${(inSample.removedShare * 100).toFixed(2)} % of our output's tokens)`,
  );
  for (const n of FEATURE_NAMES) console.log(`  ${n.padEnd(18)} ${all.weights[n]}`);
  if (EVERY > 1 || args.includes('--dry')) {
    console.log('\n(subset or --dry: model not written)');
    return;
  }
  const sorted = {
    bias: all.bias,
    weights: Object.fromEntries(FEATURE_NAMES.map((n) => [n, all.weights[n] ?? 0])),
    threshold: all.threshold,
  };
  const text = `// Written by bench/fit-quality.ts from ${pages.length} pages of ${corpora.join(', ')} with ${JSON.stringify(FIT)}. Do not edit by hand: change the features or the fit, and run \`npm run fit:quality\` again.
import type { FeatureName } from './block-features';

/** The block scorer's model: a logistic score over a block's features (block-features.ts); a block scoring at or above the threshold is furniture. */
export interface BlockModel {
  bias: number;
  weights: Partial<Record<FeatureName, number>>;
  /** Log-odds of "furniture"; Infinity: the scorer removes nothing. */
  threshold: number;
}

/** Fitted on every corpus; fit:quality prints it fitted on two corpora and scored on the third. */
export const BLOCK_MODEL: BlockModel = ${JSON.stringify(sorted, null, 2).replace('"threshold": null', '"threshold": Infinity')};
`;
  const file = resolve(ROOT, 'src/core/clean/block-model.ts');
  // Formatted as the repository's own files are, so that a refit shows only its numbers in a diff.
  const options = (await prettier.resolveConfig(file)) ?? {};
  writeFileSync(file, await prettier.format(text, { ...options, filepath: file }));
  console.log('\nwrote src/core/clean/block-model.ts');
}
