/** The bench:quality report: per-corpus tables, pooled table, the pages where we lose, a comparison with an earlier run. */
import { summarize, type Summary } from './shingle-metric';
import type { PageRow, Scored } from './run-page';
import { ARTICLE_WORDS } from './run-page';

export interface Peer {
  version: string;
  f1: number;
  precision: number;
  recall: number;
  accuracy: number;
}

export interface CorpusSummary {
  pages: number;
  ours: Summary;
  readability: Summary;
  readabilityBlocks: Summary;
  /** Pages more than 0.02 F1 below plain Readability with block breaks. */
  worse: number;
  /** Pages where our recall is below plain Readability's (block breaks) by more than RECALL_SLACK. */
  recallBelow: number;
  /** Plain Readability returns an article (ARTICLE_WORDS or more) and we return none. */
  missed: number;
  failed: number;
  headlineInBody: number;
  commentForm: number;
  /** Median per-page time ratio ours / plain Readability (0 without reps). */
  speed: number;
  msOurs: number;
  msReadability: number;
}

export const WORSE_BY = 0.02;
export const RECALL_SLACK = 0.005;
const fmt = (x: number) => x.toFixed(3);

function median(xs: number[]): number {
  if (!xs.length) return 0;
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

export function isMissed(r: PageRow): boolean {
  return r.ours.empty && r.readabilityWords >= ARTICLE_WORDS;
}

export function summarizeCorpus(rows: readonly PageRow[]): CorpusSummary {
  const timed = rows.filter((r) => r.ms.ratio > 0);
  return {
    pages: rows.length,
    ours: summarize(rows.map((r) => r.ours)),
    readability: summarize(rows.map((r) => r.readability)),
    readabilityBlocks: summarize(rows.map((r) => r.readabilityBlocks)),
    worse: rows.filter((r) => r.ours.f1 < r.readabilityBlocks.f1 - WORSE_BY).length,
    recallBelow: rows.filter((r) => r.ours.r < r.readabilityBlocks.r - RECALL_SLACK).length,
    missed: rows.filter(isMissed).length,
    failed: rows.filter((r) => r.error).length,
    headlineInBody: rows.filter((r) => r.headlineInBody).length,
    commentForm: rows.filter((r) => r.commentForm).length,
    speed: median(timed.map((r) => r.ms.ratio)),
    msOurs: median(timed.map((r) => r.ms.ours)),
    msReadability: median(timed.map((r) => r.ms.readability)),
  };
}

const line = (name: string, s: { f1: number; precision: number; recall: number; accuracy: number }, extra = '') =>
  `  ${name.padEnd(34)}  ${fmt(s.f1)}  ${fmt(s.precision)}  ${fmt(s.recall)}  ${fmt(s.accuracy)}${extra}`;
const short = (r: PageRow) => `${r.id.slice(0, 10)}  ${r.url.slice(0, 90)}`;
const pr = (s: Scored) => `F1 ${fmt(s.f1)} P ${fmt(s.p)} R ${fmt(s.r)}`;

/** Where our recall went below plain Readability's: the steps of our pipeline whose recall dropped, with the story text they removed. */
export function lossSteps(r: PageRow): string[] {
  const out: string[] = [];
  const first = r.steps[0];
  if (first && first.recall < r.readabilityBlocks.r - RECALL_SLACK)
    out.push(`our copy + Readability ${fmt(first.recall)} (plain ${fmt(r.readabilityBlocks.r)})`);
  for (let i = 1; i < r.steps.length; i++) {
    const drop = r.steps[i - 1]!.recall - r.steps[i]!.recall;
    if (drop > 0.001)
      out.push(`${r.steps[i]!.step} −${fmt(drop)}${r.steps[i]!.lost.length ? `: ${r.steps[i]!.lost.map((l) => `"${l}"`).join(' ')}` : ''}`);
  }
  if (!r.steps.length)
    out.push(r.error ? `threw: ${r.error}` : 'no article (Readability found none in our copy, or under 30 words / a link list)');
  else if (r.ours.empty) out.push('no article after cleaning (under 30 words or a link list)');
  return out;
}

export function printCorpus(
  name: string,
  rows: readonly PageRow[],
  s: CorpusSummary,
  peers: Record<string, Peer> | null,
  lose: number,
): void {
  console.log(`\n=== ${name}: ${rows.length} pages ===`);
  console.log('  extractor                           F1     prec   recall accuracy');
  console.log(line('ours (extractArticle)', s.ours, s.ours.empty ? `  (${s.ours.empty} without output)` : ''));
  console.log(line('readability 0.6.0 textContent', s.readability));
  console.log(
    line(
      'readability 0.6.0 + block breaks',
      s.readabilityBlocks,
      s.readabilityBlocks.empty ? `  (${s.readabilityBlocks.empty} without output)` : '',
    ),
  );
  if (peers) {
    console.log('  published (peer-scores.json, same pages):');
    for (const [peer, p] of Object.entries(peers)
      .sort((a, b) => b[1].f1 - a[1].f1)
      .slice(0, 8))
      console.log(line(`  ${peer} ${p.version}`.trimEnd(), p));
  }
  const failed = rows.filter((r) => r.error);
  console.log(`  failed (our pipeline threw): ${failed.length}${failed.map((r) => `\n    ${short(r)}: ${r.error}`).join('')}`);
  const missed = rows.filter(isMissed);
  console.log(
    `  Readability returns an article (≥ ${ARTICLE_WORDS} words) and we return none: ${missed.length}${missed.map((r) => `\n    ${short(r)}  (Readability ${pr(r.readabilityBlocks)}, ${r.readabilityWords} words): ${lossSteps(r).join('; ')}`).join('')}`,
  );
  const worse = rows
    .filter((r) => r.ours.f1 < r.readabilityBlocks.f1 - WORSE_BY)
    .sort((a, b) => a.ours.f1 - a.readabilityBlocks.f1 - (b.ours.f1 - b.readabilityBlocks.f1));
  console.log(
    `  pages more than ${WORSE_BY} F1 below plain Readability (block breaks): ${worse.length}${worse
      .slice(0, 15)
      .map((r) => `\n    ${short(r)}  ${fmt(r.ours.f1)} vs ${fmt(r.readabilityBlocks.f1)}`)
      .join('')}${worse.length > 15 ? `\n    … ${worse.length - 15} more` : ''}`,
  );
  const below = rows
    .filter((r) => r.ours.r < r.readabilityBlocks.r - RECALL_SLACK)
    .sort((a, b) => a.ours.r - a.readabilityBlocks.r - (b.ours.r - b.readabilityBlocks.r));
  const bySteps = new Map<string, number>();
  for (const r of below)
    for (const l of lossSteps(r)) {
      const k = l.replace(/ [−(].*$|:.*$/, '');
      bySteps.set(k, (bySteps.get(k) ?? 0) + 1);
    }
  console.log(
    `  pages where our recall is below plain Readability's (block breaks) by > ${RECALL_SLACK}: ${below.length}${
      bySteps.size
        ? ` (by step: ${[...bySteps]
            .sort((a, b) => b[1] - a[1])
            .map(([k, n]) => `${k} ${n}`)
            .join(', ')})`
        : ''
    }`,
  );
  for (const r of below.slice(0, 25))
    console.log(`    ${short(r)}  R ${fmt(r.ours.r)} vs ${fmt(r.readabilityBlocks.r)}\n      ${lossSteps(r).join('\n      ')}`);
  if (below.length > 25) console.log(`    … ${below.length - 25} more (bench/results JSON has them all)`);
  console.log(`  headline printed as a body block: ${s.headlineInBody}; comment-form blocks in output: ${s.commentForm}`);
  if (s.speed)
    console.log(
      `  speed: median per-page time ratio ours/readability = ${s.speed.toFixed(3)} (medians ${s.msOurs.toFixed(1)} ms vs ${s.msReadability.toFixed(1)} ms)`,
    );
  if (lose > 0) {
    console.log(`\n  ${lose} pages where we lose most (F1 ours / readability with block breaks; [who removed the text lost]):`);
    for (const r of [...rows].sort((a, b) => a.ours.f1 - b.ours.f1).slice(0, lose)) {
      console.log(`\n  ${short(r)}\n    ours ${pr(r.ours)}  /  readability ${pr(r.readabilityBlocks)}`);
      for (const k of r.kept) console.log(`     + kept  ${k}`);
      r.dropped.forEach((d, i) => console.log(`     - lost  ${d}  [${r.droppedBy?.[i] ?? '?'}]`));
    }
  }
}

export function printPooled(byCorpus: ReadonlyArray<[string, CorpusSummary]>, pooled: CorpusSummary): void {
  console.log('\n=== every corpus (F1 / precision / recall; pooled = every page alike) ===');
  console.log('  corpus            pages  ours                   readability+breaks     ΔF1     worse recall< missed failed speed');
  const row = (name: string, s: CorpusSummary) =>
    `  ${name.padEnd(16)} ${String(s.pages).padStart(6)}  ${fmt(s.ours.f1)} ${fmt(s.ours.precision)} ${fmt(s.ours.recall)}    ${fmt(s.readabilityBlocks.f1)} ${fmt(s.readabilityBlocks.precision)} ${fmt(s.readabilityBlocks.recall)}    ${(s.ours.f1 - s.readabilityBlocks.f1 >= 0 ? '+' : '') + fmt(s.ours.f1 - s.readabilityBlocks.f1)}  ${String(s.worse).padStart(5)} ${String(s.recallBelow).padStart(7)} ${String(s.missed).padStart(6)} ${String(s.failed).padStart(6)} ${s.speed ? s.speed.toFixed(3) : '  -  '}`;
  for (const [name, s] of byCorpus) console.log(row(name, s));
  console.log(row('pooled', pooled));
}

interface Saved {
  pages: PageRow[];
}

/** Differences from an earlier run's JSON: per corpus, and the pages that moved most. */
export function printComparison(previous: Saved, rows: readonly PageRow[]): void {
  const before = new Map(previous.pages.map((r) => [`${r.corpus ?? 'scrapinghub'}/${r.id}`, r]));
  const pairs = rows.map((r) => [before.get(`${r.corpus}/${r.id}`), r] as const).filter((p): p is readonly [PageRow, PageRow] => !!p[0]);
  console.log(`\n=== compared with the earlier run (${pairs.length} pages in both) ===`);
  const corpora = [...new Set(pairs.map(([, r]) => r.corpus))];
  for (const c of [...corpora, 'pooled']) {
    const ps = c === 'pooled' ? pairs : pairs.filter(([, r]) => r.corpus === c);
    const a = summarize(ps.map(([o]) => o.ours));
    const b = summarize(ps.map(([, n]) => n.ours));
    const d = (x: number) => `${x >= 0 ? '+' : ''}${fmt(x)}`;
    console.log(
      `  ${c.padEnd(16)} F1 ${fmt(a.f1)} → ${fmt(b.f1)} (${d(b.f1 - a.f1)})  P ${fmt(a.precision)} → ${fmt(b.precision)} (${d(b.precision - a.precision)})  R ${fmt(a.recall)} → ${fmt(b.recall)} (${d(b.recall - a.recall)})`,
    );
  }
  const moved = pairs.map(([o, n]) => ({ n, o, d: n.ours.f1 - o.ours.f1 })).filter((m) => Math.abs(m.d) > 0.005);
  const show = (label: string, list: typeof moved) => {
    console.log(`  ${label}: ${list.length}`);
    for (const m of list.slice(0, 12))
      console.log(
        `    ${m.n.corpus.padEnd(15)} ${short(m.n)}  ${fmt(m.o.ours.f1)} → ${fmt(m.n.ours.f1)}  (P ${fmt(m.o.ours.p)} → ${fmt(m.n.ours.p)}, R ${fmt(m.o.ours.r)} → ${fmt(m.n.ours.r)})`,
      );
  };
  show(
    'pages worse by > 0.005 F1',
    moved.filter((m) => m.d < 0).sort((a, b) => a.d - b.d),
  );
  show(
    'pages better by > 0.005 F1',
    moved.filter((m) => m.d > 0).sort((a, b) => b.d - a.d),
  );
}

/**
 * --ab: our pipeline with the block scorer on (as shipped) and off (the rule
 * passes alone), same pages, same run: figures per corpus, pages moved, and
 * the median speed ratio of each to plain Readability.
 */
export function printScorerAB(corpora: readonly string[], rows: readonly PageRow[]): void {
  console.log('\n=== block scorer: off (rule passes only) → on (as shipped), same run ===');
  const d = (x: number) => `${x >= 0 ? '+' : ''}${x.toFixed(4)}`;
  for (const c of [...corpora, 'pooled']) {
    const mine = rows.filter((r) => r.off && (c === 'pooled' || r.corpus === c));
    if (!mine.length) continue;
    const a = summarize(mine.map((r) => r.off!));
    const b = summarize(mine.map((r) => r.ours));
    const better = mine.filter((r) => r.ours.f1 - r.off!.f1 > 0.005).length;
    const worse = mine.filter((r) => r.off!.f1 - r.ours.f1 > 0.005).length;
    const timed = mine.filter((r) => r.ms.ratio > 0 && r.ms.ratioOff);
    const speed = timed.length
      ? `  speed ratio ${median(timed.map((r) => r.ms.ratioOff!)).toFixed(3)} → ${median(timed.map((r) => r.ms.ratio)).toFixed(3)}`
      : '';
    console.log(
      `  ${c.padEnd(16)} ${String(mine.length).padStart(4)}  F1 ${fmt(a.f1)} → ${fmt(b.f1)} (${d(b.f1 - a.f1)})  P ${fmt(a.precision)} → ${fmt(b.precision)}  R ${fmt(a.recall)} → ${fmt(b.recall)}  pages better ${better}, worse ${worse} (> .005)${speed}`,
    );
  }
  const moved = rows
    .filter((r) => r.off && Math.abs(r.ours.f1 - r.off.f1) > 0.005)
    .sort((x, y) => x.ours.f1 - x.off!.f1 - (y.ours.f1 - y.off!.f1));
  for (const r of moved.slice(0, 12)) console.log(`    ${r.corpus.padEnd(15)} ${short(r)}  ${fmt(r.off!.f1)} → ${fmt(r.ours.f1)}`);
}
