/**
 * The people measures of bench:figures on openly licensed token-tagged text
 * kept apart from the project (../shared/ner/wikigold, CC BY 4.0): each of its
 * 145 Wikipedia articles rebuilt as text, its I-PER spans the people (a lone
 * surname joined to the full name it ends), scored as bench:figures scores
 * labelled news, beside plain compromise. Encyclopaedic text, not news: it has
 * fewer of the cues news gives (titles, "said", appositions), so it shows what
 * the engine does without them. Writes bench/results/figures-ner.json.
 *
 *   npm run bench:figures-ner
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import nlp from 'compromise';
import { computeKeyFigures } from '../src/core/figures/compute-key-figures';
import type { FigureLabel, LabelPerson } from './lib/load-figure-labels';
import { add, scorePage, summary, zero } from './lib/score-figures';

const HERE = fileURLToPath(new URL('.', import.meta.url));
const SHARED = process.env.ARTICLE_CLEANER_SHARED ?? resolve(HERE, '../../shared');
const raw = readFileSync(resolve(SHARED, 'ner/wikigold/wikigold.conll'), 'utf8');

interface Doc {
  text: string;
  people: LabelPerson[];
}

/** Tokens back into text: no space before closing punctuation or after opening brackets. */
function docsOf(conll: string): Doc[] {
  const docs: Doc[] = [];
  for (const chunk of conll.split(/-DOCSTART- \S+\n/)) {
    let text = '';
    const spans: string[] = [];
    let current: string[] = [];
    const flush = () => {
      if (current.length) spans.push(current.join(' '));
      current = [];
    };
    for (const line of chunk.split('\n')) {
      if (!line.trim()) {
        flush();
        text += '\n';
        continue;
      }
      const [token = '', tag = 'O'] = line.split(/\s+/);
      const glue = /^[,.;:!?)\]'%]|^'s$|^n't$/.test(token) || /[([]$/.test(text) || text.endsWith('\n') || !text;
      text += (glue ? '' : ' ') + token;
      if (tag.endsWith('PER')) current.push(token);
      else flush();
    }
    flush();
    if (!text.trim()) continue;
    // A lone surname ("Smith") joins the full name it ends ("John Smith").
    const unique = [...new Set(spans)].sort((a, b) => b.split(' ').length - a.split(' ').length);
    const people: LabelPerson[] = [];
    for (const span of unique) {
      const owner = people.find((p) => p.name.split(' ').length > span.split(' ').length && p.name.endsWith(` ${span}`));
      if (owner) owner.aliases.push(span);
      else people.push({ name: span, aliases: [span], role: null, role_accept: [] });
    }
    docs.push({ text: text.replace(/\n{2,}/g, '\n\n').trim(), people });
  }
  return docs;
}

const docs = docsOf(raw);
const ours = zero();
const plain = zero();
for (const [k, doc] of docs.entries()) {
  const label: FigureLabel = { id: `wikigold-${k}`, corpus: 'written', lang: 'en', people: doc.people, keyFigures: [] };
  const result = computeKeyFigures(doc.text, { lang: 'en' });
  add(
    ours,
    scorePage(
      label,
      { people: result.people.map((p) => ({ names: [p.name, ...p.aliases], role: p.role })), keyNumbers: [], allNumbers: [] },
      true,
    ).counts,
  );
  const names = [...new Set((nlp(doc.text).people().out('array') as string[]).map((n) => n.trim()))];
  add(plain, scorePage(label, { people: names.map((n) => ({ names: [n], role: null })), keyNumbers: [], allNumbers: [] }, true).counts);
}
const o = summary(ours);
const p = summary(plain);
const fmt = (x: number | null): string => (x === null ? 'n/a' : x.toFixed(3));
console.log(`People on ${docs.length} wikigold articles (${ours.tp + ours.fn} people; encyclopaedic text, not news)\n`);
console.log(`                   P      R      F1     non-people`);
console.log(`ours               ${fmt(o.precision)}  ${fmt(o.recall)}  ${fmt(o.f1)}  ${o.nonPeople}`);
console.log(`plain compromise   ${fmt(p.precision)}  ${fmt(p.recall)}  ${fmt(p.f1)}  ${p.nonPeople}`);
mkdirSync(resolve(HERE, 'results'), { recursive: true });
writeFileSync(
  resolve(HERE, 'results/figures-ner.json'),
  JSON.stringify({ documents: docs.length, ours: o, plainCompromise: p, counts: { ours, plain } }, null, 2),
);
