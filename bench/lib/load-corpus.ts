import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';

export interface CorpusPage {
  id: string;
  url: string;
  html: string;
  /** The hand-marked article body (articleBody), without the headline. */
  reference: string;
}

/** ../shared beside the repository, as in test/shared-path.ts. */
export const CORPUS_DIR = resolve(
  process.env.ARTICLE_CLEANER_SHARED ?? resolve(fileURLToPath(new URL('.', import.meta.url)), '../../../shared'),
  'corpus/scrapinghub',
);

/** The scrapinghub pages, sorted by id (the order of peer-scores.json). */
export function loadCorpus(): Array<CorpusPage> {
  const truth = JSON.parse(readFileSync(resolve(CORPUS_DIR, 'ground-truth.json'), 'utf8')) as Record<string, { articleBody: string; url: string }>;
  return Object.keys(truth).sort().map((id) => {
    const entry = truth[id]!;
    const html = gunzipSync(readFileSync(resolve(CORPUS_DIR, 'html', `${id}.html.gz`))).toString('utf8');
    return { id, url: entry.url, html, reference: entry.articleBody };
  });
}
