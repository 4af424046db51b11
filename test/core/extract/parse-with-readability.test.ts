import { Readability } from '@mozilla/readability';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../../bench/lib/load-corpus';
import { bylineCheapFirst, parseWithReadability } from '../../../src/core/extract/parse-with-readability';
import { parseDocument } from '../../../src/node/parse-document';
import { PATHOLOGICAL_PAGES } from '../../fuzz/pathological-pages';

const BYLINE = /byline|author|dateline|writtenby|p-author/i;

// Every third corpus page (the whole corpus takes a minute), every hand-written golden page, and the malformed ones (at a small size).
const PAGES: Array<[string, string]> = [
  ...loadCorpus()
    .filter((_, i) => i % 3 === 0)
    .map((p) => [p.id, p.html] as [string, string]),
  ...readdirSync('test/pages').map((d) => [d, readFileSync(join('test/pages', d, 'source.html'), 'utf8')] as [string, string]),
  ...PATHOLOGICAL_PAGES.map((p) => [p.name, p.html(0.005)] as [string, string]),
];

function plain(html: string) {
  const { document } = parseDocument(html, 'https://news.example/story/');
  // With the same options: only the byline test differs.
  const r = new Readability<Element>(document, { serializer: (el) => el as Element, keepClasses: true }).parse();
  return r && { ...r, content: r.content?.outerHTML ?? null };
}

function ours(html: string) {
  const { document } = parseDocument(html, 'https://news.example/story/');
  const r = parseWithReadability(document);
  return r && { ...r, content: r.content?.outerHTML ?? null };
}

describe('parseWithReadability gives exactly what Readability 0.6.0 gives', () => {
  it.each(PAGES)('%s', (_id, html) => {
    expect(ours(html)).toEqual(plain(html));
  });

  it('tests the byline as Readability does', () => {
    const { document } = parseDocument(
      '<div><p rel="author">Ann Lee</p><p itemprop="author">Ann Lee</p><p class="byline">By Ann Lee</p><p class="byline"></p><p class="byline">' +
        'x'.repeat(120) +
        '</p><p class="story">Ann Lee</p></div>',
    );
    const verdicts = Array.from(document.querySelectorAll('p'), (p) => bylineCheapFirst(p, `${p.className} ${p.id}`, BYLINE));
    expect(verdicts).toEqual([true, true, true, false, false, false]);
  });
});
