/**
 * The automatic reader's decision, measured: precision and recall of our
 * staged decision and of plain isProbablyReaderable on the article corpus
 * (read in place from ../shared) and the hand-written non-article pages
 * (test/pages/nonarticle--*), every mistake with its stage, the cost of the
 * decision against a full Readability parse, and the minified size of the
 * quick part that runs on every page. Writes bench/results/auto.json.
 */
import { Readability, isProbablyReaderable } from '@mozilla/readability';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';
import { decideIsArticle } from '../src/core/detect/decide-is-article';
import { extractArticle } from '../src/core/extract/extract-article';
import { createSanitizer } from '../src/core/sanitize/create-sanitizer';
import { parseDocument } from '../src/node/parse-document';
import { loadCorpus } from './lib/load-corpus';
import { classicScriptConfig } from '../vite.config';

const ROOT = resolve(import.meta.dirname, '..');
const REPS = Number(process.env.REPS ?? 5);

interface Page { file: string; kind: string; url: string; html: string; isArticle: boolean }

function loadNonArticles(): Page[] {
  const dir = join(ROOT, 'test/pages');
  return readdirSync(dir).filter((d) => d.startsWith('nonarticle--')).sort().map((d) => {
    const expected = JSON.parse(readFileSync(join(dir, d, 'expected.json'), 'utf8')) as { kind: string; url: string };
    return { file: `test/pages/${d}`, kind: expected.kind, url: expected.url, html: readFileSync(join(dir, d, 'source.html'), 'utf8'), isArticle: false };
  });
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

async function timeMs(fn: () => unknown): Promise<number> {
  const t = performance.now();
  await fn();
  return performance.now() - t;
}

interface Row { file: string; kind: string; truth: boolean; ours: boolean; stage: string; reason: string; readerable: boolean; oursMs?: number; readabilityMs?: number }

async function main(): Promise<void> {
  const pages: Page[] = [
    ...loadCorpus().map((p) => ({ file: `scrapinghub/${p.id.slice(0, 12)}`, kind: 'article', url: p.url, html: p.html, isArticle: true })),
    ...loadNonArticles(),
  ];
  const rows: Row[] = [];
  for (const page of pages) {
    const { document, window } = parseDocument(page.html, page.url);
    const sanitizer = createSanitizer(window as never, document.URL);
    const extract = (doc: Document) => extractArticle(doc, { url: page.url, sanitize: sanitizer.toHtml });
    const decision = await decideIsArticle(document, page.url, extract);
    const row: Row = { file: page.file, kind: page.kind, truth: page.isArticle, ours: decision.isArticle, stage: decision.stage, reason: decision.reason, readerable: isProbablyReaderable(document) };
    if (!page.isArticle) {
      // Cost on the pages the script meets most (a site's fronts, lists and tools): same DOM, same run, median of REPS.
      const ours: number[] = [];
      const full: number[] = [];
      for (let i = 0; i < REPS; i++) {
        ours.push(await timeMs(() => decideIsArticle(document, page.url, extract)));
        full.push(await timeMs(() => new Readability(document.cloneNode(true) as Document).parse()));
      }
      row.oursMs = median(ours);
      row.readabilityMs = median(full);
    }
    rows.push(row);
    (window as unknown as { close(): void }).close();
  }

  const score = (pick: (r: Row) => boolean) => {
    const tp = rows.filter((r) => r.truth && pick(r)).length;
    const fp = rows.filter((r) => !r.truth && pick(r)).length;
    const fn = rows.filter((r) => r.truth && !pick(r)).length;
    const tn = rows.filter((r) => !r.truth && !pick(r)).length;
    return { tp, fp, fn, tn, precision: tp + fp ? tp / (tp + fp) : 1, recall: tp + fn ? tp / (tp + fn) : 1 };
  };
  const ours = score((r) => r.ours);
  const plain = score((r) => r.readerable);
  const nArticles = rows.filter((r) => r.truth).length;
  const nOthers = rows.length - nArticles;
  console.log(`\nPages: ${nArticles} articles (scrapinghub), ${nOthers} non-articles (test/pages/nonarticle--*)\n`);
  console.log('| decision | precision | recall | TP | FP | FN | TN |');
  console.log('|---|---|---|---|---|---|---|');
  for (const [name, s] of [['ours (decideIsArticle)', ours], ['plain isProbablyReaderable', plain]] as const) {
    console.log(`| ${name} | ${s.precision.toFixed(3)} | ${s.recall.toFixed(3)} | ${s.tp} | ${s.fp} | ${s.fn} | ${s.tn} |`);
  }

  const mistakes = rows.filter((r) => r.ours !== r.truth);
  console.log(`\nOur mistakes (${mistakes.length}):`);
  for (const r of mistakes) console.log(`  ${r.truth ? 'missed article' : 'FALSE ARTICLE '}  ${r.file}  [${r.kind}]  stage=${r.stage}  ${r.reason}`);
  const fooled = rows.filter((r) => !r.truth && r.readerable);
  console.log(`\nNon-articles that plain isProbablyReaderable wrongly accepts (${fooled.length}); what stopped ours:`);
  for (const r of fooled) console.log(`  ${r.file}  [${r.kind}]  -> ${r.ours ? 'ACCEPTED' : `${r.stage}: ${r.reason}`}`);
  const plainMissed = rows.filter((r) => r.truth && !r.readerable);
  console.log(`\nArticles plain isProbablyReaderable rejects (${plainMissed.length}): ${plainMissed.map((r) => r.file).join(', ')}`);

  const byStage = new Map<string, number>();
  for (const r of rows.filter((r) => !r.truth)) byStage.set(r.stage, (byStage.get(r.stage) ?? 0) + 1);
  console.log(`\nWhere non-articles stop: ${[...byStage].map(([s, n]) => `${s} ${n}`).join(', ')}`);

  const timed = rows.filter((r) => r.oursMs !== undefined);
  const ratios = timed.map((r) => r.oursMs! / r.readabilityMs!);
  const cost = { medianRatio: median(ratios), medianOursMs: median(timed.map((r) => r.oursMs!)), medianReadabilityMs: median(timed.map((r) => r.readabilityMs!)), reps: REPS };
  console.log(`\nCost on non-articles (median per page of ${REPS} reps, then median over pages): ours ${cost.medianOursMs.toFixed(2)} ms, Readability.parse ${cost.medianReadabilityMs.toFixed(2)} ms, ratio ${cost.medianRatio.toFixed(3)} (goal <= 0.05)`);

  const size = await quickBundleSize();
  console.log(`Auto-reader script (content/auto-reader.js, as built, minified): ${size.bytes} bytes, ${size.gzipBytes} gzipped (goal <= 8192)\n`);

  mkdirSync(join(ROOT, 'bench/results'), { recursive: true });
  writeFileSync(join(ROOT, 'bench/results/auto.json'), `${JSON.stringify({ ours, plain, mistakes, fooledPlain: fooled.map((r) => ({ file: r.file, kind: r.kind, stoppedBy: r.ours ? null : r.reason })), cost, bundle: size, rows }, null, 2)}\n`);
}

/** The script that runs on every page of a chosen site, built exactly as the extension ships it. */
async function quickBundleSize(): Promise<{ bytes: number; gzipBytes: number }> {
  const dir = mkdtempSync(join(tmpdir(), 'ac-quick-'));
  try {
    const config = classicScriptConfig('content/auto-reader.js');
    await build({ ...config, logLevel: 'silent', build: { ...config.build, outDir: dir, emptyOutDir: true } });
    const file = join(dir, 'content/auto-reader.js');
    return { bytes: statSync(file).size, gzipBytes: gzipSync(readFileSync(file)).length };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
