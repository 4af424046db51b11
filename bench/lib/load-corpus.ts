import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';

export interface CorpusEntry {
  id: string;
  url: string;
  /** The hand-marked article body (articleBody), without the headline. */
  reference: string;
}

export interface CorpusPage extends CorpusEntry {
  html: string;
}

/** ../shared/corpus beside the repository, as in test/shared-path.ts. */
export const CORPORA_DIR = resolve(
  process.env.ARTICLE_CLEANER_SHARED ?? resolve(fileURLToPath(new URL('.', import.meta.url)), '../../../shared'),
  'corpus',
);

/** The scrapinghub corpus, the one with published peers. */
export const CORPUS_DIR = resolve(CORPORA_DIR, 'scrapinghub');

/** Every corpus in ../shared/corpus (a folder with ground-truth.json and html/), sorted by name. */
export function corpusNames(): string[] {
  if (!existsSync(CORPORA_DIR)) return [];
  return readdirSync(CORPORA_DIR, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(resolve(CORPORA_DIR, d.name, 'ground-truth.json')))
    .map((d) => d.name)
    .sort();
}

/** A corpus's pages without their HTML, sorted by id (the order of scrapinghub's peer-scores.json). */
export function corpusEntries(name: string): CorpusEntry[] {
  const truth = JSON.parse(readFileSync(resolve(CORPORA_DIR, name, 'ground-truth.json'), 'utf8')) as Record<
    string,
    { articleBody: string; url: string }
  >;
  return Object.keys(truth)
    .sort()
    .map((id) => ({ id, url: truth[id]!.url, reference: truth[id]!.articleBody }));
}

/** One page's HTML, read when it is needed (a whole corpus in memory is hundreds of MB once parsed). */
export function readPageHtml(name: string, id: string): string {
  return gunzipSync(readFileSync(resolve(CORPORA_DIR, name, 'html', `${id}.html.gz`))).toString('utf8');
}

/** The scrapinghub pages with their HTML, sorted by id. */
export function loadCorpus(name = 'scrapinghub'): CorpusPage[] {
  return corpusEntries(name).map((e) => ({ ...e, html: readPageHtml(name, e.id) }));
}
