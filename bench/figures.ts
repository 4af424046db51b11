/**
 * Key figures on the hand-labelled corpus pages (test/figures/labels/):
 * people precision / recall / F1, role accuracy and key-figure recall for our
 * engine and, in the same run, for plain compromise (`nlp(text).people()`,
 * unique names, no post-processing). Runs on the reference articleBody, so it
 * measures figures, not extraction. Speed: computeKeyFigures on that text vs
 * plain Readability on the same page, median of several repetitions.
 * Writes bench/results/figures.json.
 *
 *   npm run bench:figures [-- --reps N]
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { Readability } from '@mozilla/readability';
import nlp from 'compromise';
import { computeKeyFigures } from '../src/core/figures/compute-key-figures';
import { parseDocument } from '../src/node/parse-document';
import { loadCorpus } from './lib/load-corpus';

interface LabelPerson { name: string; aliases: string[]; role: string | null; role_accept: string[] }
interface Label { id: string; topic?: string; people: LabelPerson[]; keyFigures: Array<{ text: string; accept: string[] }> }
interface Listed { names: string[]; role: string | null }
interface Counts { tp: number; fp: number; fn: number; roles: number; rolesRight: number; figures: number; figuresFound: number; figuresTop10: number }

const HERE = fileURLToPath(new URL('.', import.meta.url));
const LABELS = resolve(HERE, '../test/figures/labels');
const args = process.argv.slice(2);
const REPS = Number(args[args.indexOf('--reps') + 1] ?? 0) || 5;

const norm = (s: string): string => s.toLowerCase().replace(/[’‘]/g, "'").replace(/[“”]/g, '"').replace(/'s?$/, '').replace(/[.,;:]$/, '').replace(/\s+/g, ' ').trim();
const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};
const zero = (): Counts => ({ tp: 0, fp: 0, fn: 0, roles: 0, rolesRight: 0, figures: 0, figuresFound: 0, figuresTop10: 0 });

/** A listed entry is a labelled person when one of its names is the label's name or an alias; each person counts once, repeats are errors. */
function scorePeople(label: Label, listed: Listed[], counts: Counts, wrongRoles: string[] = []): string[] {
  const matched = new Map<number, Listed>();
  const wrong: string[] = [];
  for (const entry of listed) {
    const names = new Set(entry.names.map(norm));
    const k = label.people.findIndex((p) => [p.name, ...p.aliases].some((a) => names.has(norm(a))));
    if (k >= 0 && !matched.has(k)) matched.set(k, entry);
    else wrong.push(entry.names[0] ?? '');
  }
  counts.tp += matched.size;
  counts.fp += wrong.length;
  counts.fn += label.people.length - matched.size;
  label.people.forEach((p, k) => {
    if (p.role === null) return;
    counts.roles++;
    const role = matched.get(k)?.role?.toLowerCase();
    if (role && p.role_accept.some((a) => role.includes(a.toLowerCase()) || a.toLowerCase().includes(role))) counts.rolesRight++;
    else wrongRoles.push(`${p.name} (${role ?? 'none'})`);
  });
  return wrong;
}

function scoreFigures(label: Label, texts: string[], counts: Counts): string[] {
  const missed: string[] = [];
  const listed = texts.map(norm);
  for (const figure of label.keyFigures) {
    const at = listed.findIndex((t) => figure.accept.some((a) => t.includes(norm(a))));
    counts.figures++;
    if (at >= 0) counts.figuresFound++;
    else missed.push(figure.text);
    if (at >= 0 && at < 10) counts.figuresTop10++;
  }
  return missed;
}

function summary(c: Counts) {
  const precision = c.tp / Math.max(1, c.tp + c.fp);
  const recall = c.tp / Math.max(1, c.tp + c.fn);
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1, roleAccuracy: c.roles ? c.rolesRight / c.roles : null, keyFigureRecall: c.figures ? c.figuresFound / c.figures : null, keyFigureRecallTop10: c.figures ? c.figuresTop10 / c.figures : null };
}

const labels = readdirSync(LABELS).filter((f) => f.endsWith('.json')).map((f) => JSON.parse(readFileSync(resolve(LABELS, f), 'utf8')) as Label);
const corpus = new Map(loadCorpus().map((p) => [p.id, p]));
const ours = zero();
const plain = zero();
const pages = [];
computeKeyFigures('Warm-up: President Joe Biden said on May 4, 2021 that 45% rose.'); // compromise builds its lexicon on first use

for (const label of labels) {
  const page = corpus.get(label.id);
  if (!page) throw new Error(`label ${label.id} is not in the corpus`);
  const text = page.reference;
  const result = computeKeyFigures(text);
  const plainNames = [...new Set((nlp(text).people().out('array') as string[]).map((n) => n.trim()))];
  const wrongRoles: string[] = [];
  const oursWrong = scorePeople(label, result.people.map((p) => ({ names: [p.name, ...p.aliases], role: p.role })), ours, wrongRoles);
  const plainWrong = scorePeople(label, plainNames.map((n) => ({ names: [n], role: null })), plain);
  const missed = scoreFigures(label, result.numbers.map((f) => f.text), ours);
  // values() is there at run time (compromise three), though its types leave it out.
  const plainValues = (nlp(text) as unknown as { values(): { out(f: 'array'): string[] } }).values().out('array');
  scoreFigures(label, [...new Set(plainValues)], plain);

  const { document } = parseDocument(page.html, page.url);
  const msOurs: number[] = [];
  const msReadability: number[] = [];
  for (let r = 0; r < REPS; r++) {
    let t = performance.now();
    computeKeyFigures(text);
    msOurs.push(performance.now() - t);
    t = performance.now();
    new Readability(document.cloneNode(true) as Document).parse();
    msReadability.push(performance.now() - t);
  }
  const ms = { ours: median(msOurs), readability: median(msReadability) };
  pages.push({ id: label.id, topic: label.topic, ms: { ...ms, ratio: ms.ours / ms.readability }, notPeople: oursWrong, plainNotPeople: plainWrong.length, missedFigures: missed, wrongRoles, missedPeople: label.people.filter((p) => !result.people.some((q) => [q.name, ...q.aliases].map(norm).some((n) => [p.name, ...p.aliases].map(norm).includes(n)))).map((p) => p.name) });
}

const oursSummary = summary(ours);
const plainSummary = summary(plain);
const ratio = median(pages.map((p) => p.ms.ratio));
const fmt = (x: number | null) => (x === null ? '  n/a' : x.toFixed(3));
console.log(`Key figures on ${labels.length} labelled pages (reference text), ${REPS} reps for speed\n`);
console.log('metric                     ours    plain compromise');
for (const [name, key] of [['people precision', 'precision'], ['people recall', 'recall'], ['people F1', 'f1'], ['role accuracy', 'roleAccuracy'], ['key-figure recall', 'keyFigureRecall'], ['key-figure recall @10', 'keyFigureRecallTop10']] as const) {
  console.log(`${name.padEnd(26)} ${fmt(oursSummary[key])}   ${fmt(plainSummary[key])}`);
}
console.log(`\n(people counted over all pages: tp ${ours.tp}, fp ${ours.fp}, fn ${ours.fn}; roles ${ours.rolesRight}/${ours.roles}; figures ${ours.figuresFound}/${ours.figures}; plain compromise figures = nlp().values())`);
console.log(`median time ratio key figures / Readability: ${ratio.toFixed(3)} (goal <= 1.0)\n`);
for (const p of pages) {
  const notes = [p.notPeople.length ? `not people: ${p.notPeople.join(', ')}` : '', p.missedPeople.length ? `missed: ${p.missedPeople.join(', ')}` : '', p.missedFigures.length ? `missed figures: ${p.missedFigures.join(', ')}` : '', p.wrongRoles.length ? `roles: ${p.wrongRoles.join(', ')}` : ''].filter(Boolean).join(' | ');
  console.log(`${p.id.slice(0, 12)} ${(p.topic ?? '').padEnd(13)} ${p.ms.ours.toFixed(1).padStart(6)} ms vs ${p.ms.readability.toFixed(1).padStart(7)} ms  ${notes}`);
}
mkdirSync(resolve(HERE, 'results'), { recursive: true });
writeFileSync(resolve(HERE, 'results/figures.json'), JSON.stringify({ reps: REPS, ours: oursSummary, plainCompromise: plainSummary, medianTimeRatio: ratio, counts: { ours, plain }, pages }, null, 2));
