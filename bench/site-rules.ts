/**
 * npm run bench:site-rules — what "Remove this block" costs the reader's
 * pipeline, side by side in one run on the hand-marked corpora: the
 * extraction as the command-line tool runs it (no site rules), as the reader
 * runs it on a site without rules (siteRules: [], so every block is stamped
 * with its shape), and with three rules taken from the page's own blocks
 * (its smallest boxes with a class). Prints the median time ratios and
 * checks that with no rules the article's text is exactly the same.
 *
 *   --every N   every Nth page of each corpus (default 5)
 *   --reps N    timed repetitions per page (default 3)
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractArticle } from '../src/core/pipeline/extract-article';
import { isDistinctive, type BlockShape } from '../src/core/rules/block-shape';
import { createSanitizer } from '../src/core/sanitize/create-sanitizer';
import { parseDocument } from '../src/node/parse-document';
import { corpusEntries, corpusNames, readPageHtml } from './lib/load-corpus';

const args = process.argv.slice(2);
const arg = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const EVERY = Math.max(1, Number(arg('--every') ?? 5));
const REPS = Math.max(1, Number(arg('--reps') ?? 3));

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? (s[Math.floor((s.length - 1) / 2)]! + s[Math.ceil((s.length - 1) / 2)]!) / 2 : NaN;
};

const ratiosEmpty: number[] = [];
const ratiosRules: number[] = [];
let pages = 0;
let same = 0;
const differ: string[] = [];
let removedPages = 0;
let refusedRules = 0;
for (const corpus of corpusNames()) {
  const entries = corpusEntries(corpus).filter((_, i) => i % EVERY === 0);
  for (const entry of entries) {
    const { document, window } = parseDocument(readPageHtml(corpus, entry.id), entry.url);
    try {
      const sanitizer = createSanitizer(window as never, entry.url);
      const run = (siteRules?: readonly BlockShape[]) =>
        extractArticle(document, { url: entry.url, sanitize: { mode: 'in-place', inPlace: sanitizer.inPlace }, siteRules });
      const plain = run();
      const stamped = run([]);
      if (!plain.ok || !stamped.ok) continue;
      pages++;
      if (plain.article.text === stamped.article.text && plain.article.html === stamped.article.html) same++;
      else differ.push(`${corpus}/${entry.id}`);
      const rules = (stamped.article.blocks ?? [])
        .map((b) => b.shape)
        .filter(isDistinctive)
        .slice(-3);
      const ruled = run(rules);
      if (ruled.ok && ruled.article.rules?.removed) removedPages++;
      refusedRules += ruled.ok ? (ruled.article.rules?.refused ?? 0) : 0;
      const t = { plain: [] as number[], empty: [] as number[], rules: [] as number[] };
      for (let r = 0; r < REPS; r++) {
        // Interleaved, rotating the order, so warm-up and GC fall on all three alike.
        const order: Array<[keyof typeof t, () => unknown]> = [
          ['plain', () => run()],
          ['empty', () => run([])],
          ['rules', () => run(rules)],
        ];
        for (let k = 0; k < 3; k++) {
          const [name, fn] = order[(k + r) % 3]!;
          const t0 = performance.now();
          fn();
          t[name].push(performance.now() - t0);
        }
      }
      ratiosEmpty.push(median(t.empty) / median(t.plain));
      ratiosRules.push(median(t.rules) / median(t.plain));
    } finally {
      (window as unknown as { close(): void }).close();
    }
    if (pages % 20 === 0) process.stderr.write(`  ${pages} pages\n`);
  }
}
const summary = {
  date: new Date().toISOString(),
  args,
  pages,
  sameWithoutRules: same,
  differ,
  medianRatioStamped: median(ratiosEmpty),
  medianRatioThreeRules: median(ratiosRules),
  pagesWhereRulesRemoved: removedPages,
  rulesRefusedByGuard: refusedRules,
};
console.log(`bench:site-rules: ${pages} pages (every ${EVERY}th of each corpus), ${REPS} reps each`);
console.log(`  same article with siteRules [] as without: ${same} of ${pages}${differ.length ? ` (differ: ${differ.join(', ')})` : ''}`);
console.log(`  median time ratio, shapes stamped (the reader, no rules) / no rules (CLI): ${summary.medianRatioStamped.toFixed(3)}`);
console.log(`  median time ratio, three of the page's own box shapes as rules / no rules: ${summary.medianRatioThreeRules.toFixed(3)}`);
console.log(`  with those rules: ${removedPages} pages lost a block; the guard refused ${refusedRules} rules`);
mkdirSync('bench/results', { recursive: true });
writeFileSync(join('bench/results', 'site-rules.json'), `${JSON.stringify(summary, null, 1)}\n`);
