import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractArticle, type SanitizeStep } from '../../../src/core/pipeline/extract-article';
import { createSanitizer } from '../../../src/core/sanitize/create-sanitizer';
import { parseDocument } from '../../../src/node/parse-document';
import { hostilePage } from '../../hostile/hostile-page';
import { SNIPPETS } from '../../hostile/snippets';

const URL = 'https://news.example/2024/05/01/story/';

// The golden pages, and the seed article carrying every hostile snippet.
const PAGES: Array<[string, string]> = [
  ...readdirSync('test/pages')
    .filter((d) => !d.startsWith('nonarticle--'))
    .map((d) => [d, readFileSync(join('test/pages', d, 'source.html'), 'utf8')] as [string, string]),
  ['hostile snippets', hostilePage(SNIPPETS, 'http://127.0.0.1:9')],
];

function extract(html: string, path: 'in place' | 'string') {
  const { document, window } = parseDocument(html, URL);
  const sanitizer = createSanitizer(window as never, URL);
  // 'string' is the browsers' form (read-page.ts), 'in place' the command line's.
  const sanitize: SanitizeStep =
    path === 'string' ? { mode: 'string', toHtml: sanitizer.toHtml } : { mode: 'in-place', inPlace: sanitizer.inPlace };
  return extractArticle(document, { url: URL, sanitize });
}

describe('the string sanitizing path (browsers) and the in-place one (Node) give the same article', () => {
  it.each(PAGES)('%s', (_name, html) => {
    const inPlace = extract(html, 'in place');
    const string = extract(html, 'string');
    expect(string.ok).toBe(inPlace.ok);
    if (!string.ok || !inPlace.ok) return;
    expect(string.article.text).toBe(inPlace.article.text);
    expect(string.article.wordCount).toBe(inPlace.article.wordCount);
    // Same elements and attributes; serializations may differ in where DOMPurify's parse put a stray node.
    const shape = (h: string) => {
      const { document } = parseDocument(`<body>${h}`, URL);
      return Array.from(
        document.body.querySelectorAll('*'),
        (el) => `${el.localName}${Array.from(el.attributes, (a) => ` ${a.name}=${a.value}`).join('')}`,
      );
    };
    expect(shape(string.article.html)).toEqual(shape(inPlace.article.html));
  });
});
