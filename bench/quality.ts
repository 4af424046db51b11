/**
 * Extraction quality on the scrapinghub corpus: our whole pipeline (the
 * extension's code path, extractArticle on a jsdom document) against plain
 * Readability 0.6.0 in the same process, scored with the benchmark's own
 * shingle metric, beside the published peers. Writes bench/results/quality.json.
 *
 *   npm run bench:quality [-- --reps N] [-- --only <id-prefix>]
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { Readability } from '@mozilla/readability';
import { extractArticle } from '../src/core/extract/extract-article';
import { createSanitizer } from '../src/core/sanitize/create-sanitizer';
import { blockText } from '../src/core/text/block-text';
import { normalizeForCompare } from '../src/core/text/normalize-for-compare';
import { parseDocument } from '../src/node/parse-document';
import { CORPUS_DIR, loadCorpus } from './lib/load-corpus';
import { pageF1, scorePage, summarize, tokenize, type PageScore, type Summary } from './lib/shingle-metric';

const args = process.argv.slice(2);
const arg = (name: string) => { const i = args.indexOf(name); return i >= 0 ? args[i + 1] : undefined; };
const REPS = Number(arg('--reps') ?? 5);
const ONLY = arg('--only');
// Comment-form furniture, as whole short blocks: a story may say "leave a comment" in a sentence.
const COMMENT_FORM = /^(leave a (reply|comment)|your email address will not be published|post comment|required fields are marked)\b/i;
const FORM_MAX_WORDS = 16;

type Scored = PageScore & { f1: number };
interface PageRow {
  id: string; url: string;
  ours: Scored; readability: Scored; readabilityBlocks: Scored;
  title: string; headlineInBody: boolean; commentForm: string | null;
  ms: { ours: number; readability: number; ratio: number };
  kept: string[]; dropped: string[];
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

/** Runs of output tokens whose shingles are not in the other text: readable samples of what differs. */
function phrases(text: string, other: string, max = 3): string[] {
  const tokens = tokenize(text);
  const otherSet = new Set<string>();
  const o = tokenize(other);
  for (let i = 0; i + 4 <= o.length; i++) otherSet.add(o.slice(i, i + 4).join(' '));
  const bad = new Array<boolean>(tokens.length).fill(false);
  for (let i = 0; i + 4 <= tokens.length; i++) {
    if (!otherSet.has(tokens.slice(i, i + 4).join(' '))) for (let j = i; j < i + 4; j++) bad[j] = true;
  }
  const runs: string[][] = [];
  let cur: string[] = [];
  tokens.forEach((t, i) => { if (bad[i]) cur.push(t); else if (cur.length) { runs.push(cur); cur = []; } });
  if (cur.length) runs.push(cur);
  return runs.sort((a, b) => b.length - a.length).slice(0, max)
    .map((r) => `${r.length}w: ${r.slice(0, 18).join(' ')}${r.length > 18 ? ' …' : ''}`);
}

function score(reference: string, text: string): Scored {
  const s = scorePage(reference, text);
  return { tp: s.tp, fp: s.fp, fn: s.fn, exact: s.exact, empty: s.empty, f1: pageF1(s) };
}

/**
 * jsdom's CSS parser (cssstyle) throws on some real stylesheets; a <style>
 * block never holds article text, so the page is parsed again without them.
 */
const cssRetries: string[] = [];
function parse(html: string, url: string): ReturnType<typeof parseDocument> {
  try {
    return parseDocument(html, url);
  } catch {
    cssRetries.push(url);
    return parseDocument(html.replace(/<style\b[^>]*>[\s\S]*?<\/style>/gi, ''), url);
  }
}

const pages = loadCorpus().filter((p) => !ONLY || p.id.startsWith(ONLY));
const rows: PageRow[] = [];
for (const page of pages) {
  const { document, window } = parse(page.html, page.url);
  const sanitizer = createSanitizer(window as never, page.url);
  const runOurs = () => extractArticle(document, { url: page.url, sanitize: sanitizer.toHtml });
  const runReadability = () => new Readability(document.cloneNode(true) as Document).parse();
  const before = document.documentElement.outerHTML;
  const result = runOurs();
  const plain = runReadability();
  const plainEl = new Readability<Element>(document.cloneNode(true) as Document, { serializer: (el) => el as Element }).parse();
  if (document.documentElement.outerHTML !== before) throw new Error(`${page.id}: extraction changed the live document`);

  const tOurs: number[] = [];
  const tRead: number[] = [];
  for (let r = 0; r < REPS; r++) {
    // Interleaved, alternating order, so warm-up and GC fall on both alike.
    const order = r % 2 ? [runReadability, runOurs] : [runOurs, runReadability];
    for (const fn of order) {
      const t0 = performance.now();
      fn();
      const dt = performance.now() - t0;
      (fn === runOurs ? tOurs : tRead).push(dt);
    }
  }
  (window as unknown as { close(): void }).close();

  const oursText = result.ok ? result.article.text : '';
  const title = result.ok ? result.article.title : '';
  const titleNorm = normalizeForCompare(title);
  const headlineInBody = !!titleNorm && oursText.split(/\n\n/).some((b) => normalizeForCompare(b) === titleNorm);
  const commentForm = oursText.split(/\n\n/).find((b) => COMMENT_FORM.test(b.trim()) && tokenize(b).length <= FORM_MAX_WORDS) ?? null;
  const msOurs = REPS ? median(tOurs) : 0;
  const msRead = REPS ? median(tRead) : 0;
  rows.push({
    id: page.id, url: page.url,
    ours: score(page.reference, oursText),
    readability: score(page.reference, plain?.textContent ?? ''),
    readabilityBlocks: score(page.reference, plainEl?.content ? blockText(plainEl.content) : ''),
    title, headlineInBody, commentForm,
    ms: { ours: msOurs, readability: msRead, ratio: msRead ? msOurs / msRead : 0 },
    kept: phrases(oursText, page.reference),
    dropped: phrases(page.reference, oursText),
  });
  process.stderr.write('.');
}
process.stderr.write('\n');

// Published peers, from peer-scores.json (same pages, same metric).
interface Peer { version: string; f1: number; precision: number; recall: number; accuracy: number }
const peerFile = JSON.parse(readFileSync(resolve(CORPUS_DIR, 'peer-scores.json'), 'utf8')) as { peers: Record<string, Peer> };
const summaries: Array<[string, Summary | Peer]> = [
  ['ours (extractArticle)', summarize(rows.map((r) => r.ours))],
  ['readability 0.6.0 textContent', summarize(rows.map((r) => r.readability))],
  ['readability 0.6.0 + block breaks', summarize(rows.map((r) => r.readabilityBlocks))],
];
const fmt = (x: number) => x.toFixed(3);
console.log(`\n${rows.length} pages\n`);
console.log('extractor                           F1     prec   recall accuracy');
for (const [name, s] of summaries) console.log(`${name.padEnd(34)}  ${fmt(s.f1)}  ${fmt(s.precision)}  ${fmt(s.recall)}  ${fmt(s.accuracy)}`);
if (!ONLY) {
  console.log('published (peer-scores.json):');
  const peers = Object.entries(peerFile.peers).sort((a, b) => b[1].f1 - a[1].f1).slice(0, 12);
  for (const [name, s] of peers) console.log(`  ${`${name} ${s.version}`.trim().padEnd(32)}  ${fmt(s.f1)}  ${fmt(s.precision)}  ${fmt(s.recall)}  ${fmt(s.accuracy)}`);
}

const worse = rows.filter((r) => r.ours.f1 < r.readability.f1 - 0.02);
console.log(`\npages worse than plain Readability (textContent) by > 0.02 F1: ${worse.length}${worse.map((r) => `\n  ${r.id.slice(0, 10)} ${fmt(r.ours.f1)} vs ${fmt(r.readability.f1)}  ${r.url}`).join('')}`);
const heads = rows.filter((r) => r.headlineInBody);
console.log(`headline printed as a body block: ${heads.length}${heads.map((r) => `\n  ${r.id.slice(0, 10)} "${r.title}"`).join('')}`);
const forms = rows.filter((r) => r.commentForm);
console.log(`comment-form blocks in output: ${forms.length}${forms.map((r) => `\n  ${r.id.slice(0, 10)} "${r.commentForm}"`).join('')}`);
if (cssRetries.length) console.log(`parsed again without <style> (jsdom CSS parser threw): ${cssRetries.length}${cssRetries.map((u) => `\n  ${u}`).join('')}`);
const empty = rows.filter((r) => r.ours.empty);
console.log(`no article: ${empty.length}${empty.map((r) => `\n  ${r.id.slice(0, 10)} ${r.url}`).join('')}`);
if (REPS) {
  const ratio = median(rows.map((r) => r.ms.ratio));
  console.log(`speed: median per-page time ratio ours/readability = ${ratio.toFixed(3)} (${REPS} interleaved reps per page, clone included in both; medians ${median(rows.map((r) => r.ms.ours)).toFixed(1)} ms vs ${median(rows.map((r) => r.ms.readability)).toFixed(1)} ms)`);
}

console.log('\n10 pages where we lose most (F1 ours / readability):');
for (const r of [...rows].sort((a, b) => a.ours.f1 - b.ours.f1).slice(0, 10)) {
  console.log(`\n${r.id.slice(0, 10)}  ${fmt(r.ours.f1)} / ${fmt(r.readability.f1)}  P ${fmt(r.ours.tp / (r.ours.tp + r.ours.fp || 1))} R ${fmt(r.ours.tp / (r.ours.tp + r.ours.fn || 1))}  ${r.url}`);
  for (const k of r.kept) console.log(`   + kept  ${k}`);
  for (const d of r.dropped) console.log(`   - lost  ${d}`);
}

if (ONLY) process.exit(0);
const out = resolve(fileURLToPath(new URL('.', import.meta.url)), 'results');
mkdirSync(out, { recursive: true });
writeFileSync(resolve(out, 'quality.json'), `${JSON.stringify({ date: new Date().toISOString(), reps: REPS, summaries: Object.fromEntries(summaries), pages: rows }, null, 1)}\n`);
