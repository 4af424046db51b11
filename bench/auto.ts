/**
 * The automatic reader's decision, measured on the whole development set:
 * ../shared/pages-dev (real pages labelled by hand, borderline ones apart),
 * the three article corpora of ../shared/corpus, and our hand-written
 * non-article pages (test/pages/nonarticle--*). For the shipped decision
 * (decideIsArticle itself, auto-model.ts as fitted) and for plain
 * isProbablyReaderable in the same run: precision, recall, every mistake
 * with the stage that decided it, per kind and per language; then the same
 * decision cross-validated (fitted on one half of the sites, scored on the
 * other, for five splits); the cost beside a Readability parse; the size of
 * the script on every page. Writes bench/results/auto.json.
 *
 *   npm run bench:auto [-- --reuse] [-- --only pages-dev|scrapinghub|l3s-gn1|cleanportaleval|nonarticle]
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';
import { EARLY_MODEL, FULL_MODEL, PAGE_MODEL, READING_THRESHOLDS } from '../src/core/detect/auto-model';
import { classicScriptConfig } from '../vite.config';
import { median, type CollectedRow } from './lib/auto-collect';
import { groupTable, mistakes, score, scoreLine, type Judged } from './lib/auto-report';
import { collectRows, readRows, runWorker } from './lib/auto-rows';
import { fitModels, fold, replay } from './lib/fit-auto-model';

const ROOT = resolve(import.meta.dirname, '..');
const args = process.argv.slice(2);
const REPS = Number(process.env.REPS ?? 3);
const SPLITS = 5;

if (args[0] === '--worker') {
  await runWorker(Number(args[1]), Number(args[2]), Number(args[3]));
} else {
  await main();
}

async function main(): Promise<void> {
  const only = args.includes('--only') ? (args[args.indexOf('--only') + 1] ?? null) : null;
  console.log('bench:auto: collecting (one jsdom window at a time, in batches of child processes)…');
  const rows = args.includes('--reuse') ? readRows() : await collectRows(fileURLToPath(import.meta.url), REPS, only);
  const main = rows.filter((r) => !r.borderline);
  const border = rows.filter((r) => r.borderline);
  const bySet = (set: string) => main.filter((r) => r.set === set);
  console.log(
    `\nPages: ${main.filter((r) => r.isArticle).length} articles, ${main.filter((r) => !r.isArticle).length} not (${['pages-dev', 'scrapinghub', 'l3s-gn1', 'cleanportaleval', 'nonarticle'].map((s) => `${s} ${bySet(s).length}`).join(', ')}), ${new Set(main.map((r) => r.site)).size} sites; ${border.length} borderline pages reported apart.`,
  );

  const shipped = { early: EARLY_MODEL, page: PAGE_MODEL, full: FULL_MODEL, reading: READING_THRESHOLDS };
  // --reuse (while fitting): rows kept from an earlier run, so the shipped model's decision is replayed from their features.
  if (args.includes('--reuse')) {
    for (const r of rows) {
      r.decision = { ...replay(shipped, r), reason: '(replayed)' };
      r.reading = { ...replay(shipped, r, 'reading'), reason: '(replayed)' };
    }
  }
  const ours = (r: CollectedRow): Judged => ({
    id: r.id,
    kind: r.kind,
    lang: r.lang,
    isArticle: r.isArticle,
    opened: r.decision.isArticle,
    stage: r.decision.stage,
    reason: r.decision.reason,
  });
  const plain = (r: CollectedRow): Judged => ({
    id: r.id,
    kind: r.kind,
    lang: r.lang,
    isArticle: r.isArticle,
    opened: r.readerable,
    stage: 'readerable',
  });
  const readingOf = (r: CollectedRow): Judged => ({
    ...ours(r),
    opened: r.reading.isArticle,
    stage: r.reading.stage,
    reason: r.reading.reason,
  });
  const drift = rows.filter(
    (r) => replay(shipped, r).isArticle !== r.decision.isArticle || replay(shipped, r, 'reading').isArticle !== r.reading.isArticle,
  );
  if (drift.length)
    console.log(
      `\nWARNING: ${drift.length} pages where replaying the features disagrees with decideIsArticle: ${drift
        .slice(0, 5)
        .map((r) => r.id)
        .join(', ')}`,
    );

  // Cross-validation: sites split in two halves by a hash (SPLITS different splits); each half scored by the models fitted on the other.
  const cvRuns: Judged[][] = [];
  const cvReadingRuns: Judged[][] = [];
  for (let seed = 0; seed < SPLITS; seed++) {
    const judged = new Map<string, Judged>();
    const judgedReading = new Map<string, Judged>();
    for (const half of [0, 1]) {
      const models = fitModels(rows.filter((r) => fold(r.site, seed) !== half));
      for (const r of rows.filter((x) => fold(x.site, seed) === half)) {
        const d = replay(models, r);
        judged.set(r.id, { id: r.id, kind: r.kind, lang: r.lang, isArticle: r.isArticle, opened: d.isArticle, stage: d.stage });
        const e = replay(models, r, 'reading');
        judgedReading.set(r.id, { id: r.id, kind: r.kind, lang: r.lang, isArticle: r.isArticle, opened: e.isArticle, stage: e.stage });
      }
    }
    cvRuns.push(rows.map((r) => judged.get(r.id)!));
    cvReadingRuns.push(rows.filter((r) => !r.borderline).map((r) => judgedReading.get(r.id)!));
  }
  const cvMain = cvRuns.map((run) => run.filter((_, i) => !rows[i]!.borderline));
  const cv = cvMain[0]!;

  const oursMain = main.map(ours);
  const plainMain = main.map(plain);
  const s = { ours: score(oursMain), cv: score(cv), plain: score(plainMain) };
  const cvAll = cvMain.map(score);
  const readingMain = main.map(readingOf);
  const sr = { ours: score(readingMain), cv: score(cvReadingRuns[0]!) };
  const cvReadingAll = cvReadingRuns.map(score);
  console.log('\n| decision | precision | recall | TP | FP | FN | TN |\n|---|---|---|---|---|---|---|');
  console.log(scoreLine('ours, in-sample (decideIsArticle, auto-model.ts fitted on all)', s.ours));
  console.log(scoreLine('ours, cross-validated by site (split 1)', s.cv));
  console.log(scoreLine('plain isProbablyReaderable', s.plain));
  console.log(scoreLine('popup check (use "reading"), in-sample', sr.ours));
  console.log(scoreLine('popup check (use "reading"), cross-validated by site (split 1)', sr.cv));
  console.log(
    `Cross-validated over ${SPLITS} site splits: precision ${fmtRange(cvAll.map((x) => x.precision))}, recall ${fmtRange(cvAll.map((x) => x.recall))}; opened non-articles per split: ${cvAll.map((x) => x.fp).join(', ')}.`,
  );
  console.log(
    `Popup check cross-validated over ${SPLITS} site splits: precision ${fmtRange(cvReadingAll.map((x) => x.precision))}, recall ${fmtRange(cvReadingAll.map((x) => x.recall))}; non-articles let through per split: ${cvReadingAll.map((x) => x.fp).join(', ')} of ${sr.cv.fp + sr.cv.tn}.`,
  );
  const hardKinds = /^(?:product|shop|audio|podcast|gallery|forum|qa|social)/;
  const hard = (rs: Judged[]) => rs.filter((r) => !r.isArticle && r.opened && hardKinds.test(r.kind)).length;
  console.log(
    `Opened product, audio, gallery, forum or social pages: in-sample ${hard(oursMain)}, cross-validated ${cvMain.map(hard).join(', ')}, plain ${hard(plainMain)}.`,
  );

  console.log(`\nOur mistakes, in-sample (${s.ours.fp + s.ours.fn}):`);
  for (const line of mistakes(oursMain)) console.log(line);
  console.log(`\nOur mistakes, cross-validated, split 1 (${s.cv.fp + s.cv.fn}):`);
  for (const line of mistakes(cv)) console.log(line);
  const plainFp = plainMain.filter((r) => !r.isArticle && r.opened).length;
  console.log(
    `\nPlain isProbablyReaderable: ${plainFp} non-articles accepted, ${plainMain.filter((r) => r.isArticle && !r.opened).length} articles refused.`,
  );

  console.log(`\nThe popup check's mistakes, in-sample (${sr.ours.fp + sr.ours.fn}):`);
  for (const line of mistakes(readingMain)) console.log(line);

  const decisions: Array<[string, Judged[]]> = [
    ['ours', oursMain],
    ['ours CV', cv],
    ['plain readerable', plainMain],
    ['popup', readingMain],
    ['popup CV', cvReadingRuns[0]!],
  ];
  for (const line of groupTable('kind', (r) => r.kind, decisions)) console.log(line);
  for (const line of groupTable('lang', (r) => r.lang, decisions)) console.log(line);

  const stages = new Map<string, number>();
  for (const r of main.filter((x) => !x.isArticle && !x.decision.isArticle))
    stages.set(r.decision.stage, (stages.get(r.decision.stage) ?? 0) + 1);
  console.log(`\nWhere non-articles stop (in-sample): ${[...stages].map(([k, n]) => `${k} ${n}`).join(', ')}`);

  console.log(`\nBorderline pages (soft expectations, not in the figures above): label -> ours / CV / plain`);
  const cvBorder = cvRuns[0]!.filter((_, i) => rows[i]!.borderline);
  border.forEach((r, i) =>
    console.log(
      `  ${r.id} [${r.kind}] ${r.isArticle ? 'article' : 'other'} -> ${r.decision.isArticle ? 'open' : 'shut'} (${r.decision.stage}) / ${cvBorder[i]!.opened ? 'open' : 'shut'} / ${r.readerable ? 'open' : 'shut'}`,
    ),
  );

  // Cost: each stage was timed on its own, so the decision's cost is the sum of the stages it reached (the
  // shipped model's decision, or with --reuse its replay); the whole decision as then shipped is timed too.
  const timed = rows.filter((r) => !r.isArticle && r.stageMs && r.readabilityMs);
  const staged = (r: CollectedRow) =>
    r.stageMs!.early +
    (r.decision.stage === 'readerable' || r.decision.stage === 'extraction' ? r.stageMs!.page : 0) +
    (r.decision.stage === 'extraction' ? r.stageMs!.extraction : 0);
  const cost = {
    pages: timed.length,
    reps: REPS,
    medianRatio: median(timed.map((r) => staged(r) / r.readabilityMs!)),
    medianOursMs: median(timed.map(staged)),
    medianReadabilityMs: median(timed.map((r) => r.readabilityMs!)),
    medianRatioWholeAsCollected: median(timed.map((r) => r.oursMs! / r.readabilityMs!)),
    medianRatioEarlyStage: median(timed.map((r) => r.stageMs!.early / r.readabilityMs!)),
  };
  console.log(
    `\nCost on ${cost.pages} non-articles (median of the reps per page, then median over pages): ours ${cost.medianOursMs.toFixed(2)} ms, Readability.parse ${cost.medianReadabilityMs.toFixed(2)} ms, ratio ${cost.medianRatio.toFixed(3)} (goal <= 0.05); the script on every page alone (stage 1) ${cost.medianRatioEarlyStage.toFixed(3)}${args.includes('--reuse') ? '' : `; the whole decideIsArticle timed as one ${cost.medianRatioWholeAsCollected.toFixed(3)}`}`,
  );
  // A parse only where the cheap stages are unsure: the share of pages whose decision reaches the extraction.
  const reach = (rs: CollectedRow[]) => rs.filter((r) => r.decision.stage === 'extraction').length / Math.max(1, rs.length);
  const nonArticles = main.filter((r) => !r.isArticle);
  Object.assign(cost, { reachExtractionNonArticles: reach(nonArticles), reachExtractionAll: reach(main) });
  console.log(
    `Pages that reach the extraction (a Readability parse): ${(100 * reach(nonArticles)).toFixed(1)} % of non-articles, ${(100 * reach(main)).toFixed(1)} % of all pages; non-articles stopped before it: ${nonArticles.length - Math.round(reach(nonArticles) * nonArticles.length)} of ${nonArticles.length}.`,
  );
  const size = await quickBundleSize();
  console.log(
    `Auto-reader script (content/auto-reader.js, as built, minified): ${size.bytes} bytes, ${size.gzipBytes} gzipped (goal <= 8192)\n`,
  );

  mkdirSync(join(ROOT, 'bench/results'), { recursive: true });
  writeFileSync(
    join(ROOT, 'bench/results/auto.json'),
    `${JSON.stringify({ scores: s, crossValidated: cvAll, reading: { scores: sr, crossValidated: cvReadingAll, mistakes: mistakes(readingMain) }, mistakes: mistakes(oursMain), mistakesCv: mistakes(cv), cost, bundle: size, borderline: border.map((r) => ({ id: r.id, label: r.isArticle, ours: r.decision })) }, null, 2)}\n`,
  );
}

function fmtRange(xs: number[]): string {
  return `mean ${(xs.reduce((a, b) => a + b, 0) / xs.length).toFixed(3)} (min ${Math.min(...xs).toFixed(3)}, max ${Math.max(...xs).toFixed(3)})`;
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
