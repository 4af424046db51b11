/**
 * Key figures on the hand-labelled articles (test/figures/labels/: pages of
 * ../shared/corpus/scrapinghub and l3s-gn1, and report-style pages written
 * here, reported apart), per language and pooled, for our engine and, in the
 * same run, for plain compromise (`nlp(text).people()` unique names, and the
 * first 8 of `nlp(text).values()` as its key numbers):
 *   people precision / recall / F1, role accuracy, entries that are not people,
 *   key-number precision of the key list (at most 8), key-number recall in that
 *   list and anywhere in "All numbers".
 * Runs on the reference articleBody, so it measures figures, not extraction.
 * Speed: computeKeyFigures on that text vs plain Readability's parse of the
 * page, median over pages of the per-page median ratio. The key-number model
 * (fitted on these labels by npm run fit:figures) is also fitted on the
 * scrapinghub pages and scored on the others, and the reverse, and scored by a
 * k-fold cross-validation over all the pages, in the same run.
 * Writes bench/results/figures.json.
 *
 *   npm run bench:figures [-- --reps N] [-- --only ID-PREFIX]
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { Readability } from '@mozilla/readability';
import nlp from 'compromise';
import { computeKeyFigures } from '../src/core/figures/compute-key-figures';
import { parseDocument } from '../src/node/parse-document';
import { loadFigureLabels } from './lib/load-figure-labels';
import { add, scorePage, summary, zero, type Counts, type PageScore } from './lib/score-figures';
import { CV_FOLDS, crossValidate, fitKeyNumbers, keyListScore, keyNumberPages } from './lib/fit-key-numbers';

const HERE = fileURLToPath(new URL('.', import.meta.url));
const args = process.argv.slice(2);
const option = (name: string): string | undefined => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const REPS = Number(option('--reps') ?? 0) || 5;
const ONLY = option('--only');
const KEY_LIST = 8;

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length ? (s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2) : NaN;
};

const pages = loadFigureLabels().filter((p) => !ONLY || p.label.id.startsWith(ONLY));
// prettier-ignore
const GROUPS = ['pooled', 'en', 'de', 'fr', 'es', 'pt', 'it', 'corpus pages', 'written here'] as const;
const groupsOf = (lang: string, written: boolean): string[] => ['pooled', lang, written ? 'written here' : 'corpus pages'];
const ours = new Map<string, Counts>(GROUPS.map((g) => [g, zero()]));
const plain = new Map<string, Counts>(GROUPS.map((g) => [g, zero()]));
const perPage = [];
computeKeyFigures('Warm-up: President Joe Biden said on May 4, 2021 that 45% rose.'); // compromise builds its lexicon on first use

for (const { label, text, title, html, url } of pages) {
  const result = computeKeyFigures(text, { title, lang: label.lang });
  const keyOurs = result.numbers
    .filter((n) => (n as { key?: boolean }).key ?? true)
    .slice(0, KEY_LIST)
    .map((n) => n.text);
  const oursScore = scorePage(
    label,
    {
      people: result.people.map((p) => ({ names: [p.name, ...p.aliases], role: p.role })),
      keyNumbers: keyOurs,
      allNumbers: result.numbers.map((n) => n.text),
    },
    true,
  );
  const plainNames = [...new Set((nlp(text).people().out('array') as string[]).map((n) => n.trim()))];
  // values() is there at run time (compromise 14), though its types leave it out.
  const plainValues = [...new Set((nlp(text) as unknown as { values(): { out(f: 'array'): string[] } }).values().out('array'))];
  const plainScore = scorePage(
    label,
    { people: plainNames.map((n) => ({ names: [n], role: null })), keyNumbers: plainValues.slice(0, KEY_LIST), allNumbers: plainValues },
    true,
  );
  for (const g of groupsOf(label.lang, !!label.written_here)) {
    add(ours.get(g) ?? ours.set(g, zero()).get(g)!, oursScore.counts);
    add(plain.get(g) ?? plain.set(g, zero()).get(g)!, plainScore.counts);
  }

  const { document } = parseDocument(html, url);
  const msOurs: number[] = [];
  const msReadability: number[] = [];
  for (let r = 0; r < REPS; r++) {
    let t = performance.now();
    computeKeyFigures(text, { title, lang: label.lang });
    msOurs.push(performance.now() - t);
    t = performance.now();
    new Readability(document.cloneNode(true) as Document).parse();
    msReadability.push(performance.now() - t);
  }
  const ms = { ours: median(msOurs), readability: median(msReadability) };
  perPage.push({
    id: label.id,
    corpus: label.corpus,
    lang: label.lang,
    topic: label.topic,
    ms: { ...ms, ratio: ms.ours / ms.readability },
    ours: notes(oursScore),
    plainNotPeople: plainScore.notPeople.length,
  });
}

function notes(s: PageScore) {
  return { notPeople: s.notPeople, missedPeople: s.missedPeople, wrongRoles: s.wrongRoles, keyNotKey: s.wrongKey, missedKey: s.missedKey };
}

const fmt = (x: number | null): string => (x === null ? '  n/a' : x.toFixed(3));
const ratio = median(perPage.map((p) => p.ms.ratio));
console.log(
  `Key figures on ${pages.length} labelled pages (reference text), ${REPS} reps for speed; key list = first ${KEY_LIST} key numbers\n`,
);
console.log(
  `${'group'.padEnd(13)} pages | ${'ours: P     R     F1    role  non-people keyP@8 noise@8 keyR  keyR(all)'} | plain compromise: P     R     F1    non-people keyP@8 keyR`,
);
const results: Record<string, unknown> = {};
for (const g of GROUPS) {
  const o = summary(ours.get(g)!);
  const p = summary(plain.get(g)!);
  results[g] = { ours: o, plainCompromise: p, counts: { ours: ours.get(g), plain: plain.get(g) } };
  if (!o.pages) continue;
  console.log(
    `${g.padEnd(13)} ${String(o.pages).padStart(5)} |       ${fmt(o.precision)} ${fmt(o.recall)} ${fmt(o.f1)} ${fmt(o.roleAccuracy)} ${String(o.nonPeople).padStart(10)} ${fmt(o.keyPrecisionTop8)}  ${String(o.noiseInTop8).padStart(6)} ${fmt(o.keyRecall)} ${fmt(o.keyRecallAllNumbers)}    |                   ${fmt(p.precision)} ${fmt(p.recall)} ${fmt(p.f1)} ${String(p.nonPeople).padStart(10)} ${fmt(p.keyPrecisionTop8)} ${fmt(p.keyRecall)}`,
  );
}
const pooled = ours.get('pooled')!;
console.log(
  `\n(pooled people: tp ${pooled.tp}, fp ${pooled.fp}, fn ${pooled.fn}; roles ${pooled.rolesRight}/${pooled.roles}; key list ${pooled.keyListedRight}/${pooled.keyListed} key; key numbers found ${pooled.keyFound}/${pooled.key} in the list, ${pooled.keyFoundAnywhere} anywhere)`,
);
console.log(`median time ratio key figures / Readability's parse: ${ratio.toFixed(3)} (goal <= 1.0)\n`);

// The key-number model is fitted on these same labels (npm run fit:figures): how it does on pages it was not fitted on.
const held: Record<string, unknown> = {};
if (!ONLY) {
  const kn = keyNumberPages(pages);
  const parts = [
    ['scrapinghub', kn.filter((p) => p.group === 'scrapinghub')],
    ['l3s-gn1 + written here', kn.filter((p) => p.group !== 'scrapinghub')],
  ] as const;
  console.log('key numbers, the model fitted on one part of the labels and scored on the other (key list precision / key recall):');
  for (const [i, [name, train]] of parts.entries()) {
    const [otherName, test] = parts[1 - i]!;
    const model = fitKeyNumbers(train);
    const self = keyListScore(train, model);
    const other = keyListScore(test, model);
    held[`fit on ${name}`] = { fitted: self, heldOut: { pages: otherName, ...other } };
    console.log(
      `  fit on ${name.padEnd(23)} (${String(train.length).padStart(2)} pages): on itself ${fmt(self.precision)} / ${fmt(self.recall)}; on ${otherName} (${test.length} pages) ${fmt(other.precision)} / ${fmt(other.recall)}`,
    );
  }
  const cv = crossValidate(kn, CV_FOLDS);
  held[`${CV_FOLDS}-fold`] = cv;
  console.log(
    `  ${CV_FOLDS}-fold over all ${kn.length} pages (page i, in id order, held out in fold i mod ${CV_FOLDS}): held out ${fmt(cv.precision)} / ${fmt(cv.recall)} (${cv.right}/${cv.listed} listed key, ${cv.found}/${cv.total} key found)`,
  );
  console.log('');
}
for (const p of perPage) {
  const o = p.ours;
  const line = [
    o.notPeople.length ? `not people: ${o.notPeople.join(', ')}` : '',
    o.missedPeople.length ? `missed: ${o.missedPeople.join(', ')}` : '',
    o.wrongRoles.length ? `roles: ${o.wrongRoles.join(', ')}` : '',
    o.keyNotKey.length ? `not key: ${o.keyNotKey.join(', ')}` : '',
    o.missedKey.length ? `key missed: ${o.missedKey.join(', ')}` : '',
  ]
    .filter(Boolean)
    .join(' | ');
  console.log(
    `${p.id.slice(0, 12)} ${p.lang} ${(p.topic ?? '').padEnd(10)} ${p.ms.ours.toFixed(1).padStart(6)} ms vs ${p.ms.readability.toFixed(1).padStart(6)} ms  ${line}`,
  );
}
mkdirSync(resolve(HERE, 'results'), { recursive: true });
writeFileSync(
  resolve(HERE, 'results/figures.json'),
  JSON.stringify(
    { reps: REPS, keyList: KEY_LIST, groups: results, medianTimeRatio: ratio, keyNumbersHeldOut: held, pages: perPage },
    null,
    2,
  ),
);
