import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import type { Article } from '../../../src/core/article';
import { englishMessage } from '../../../src/core/i18n/english-message';
import {
  articleToHtmlFile,
  articleToMarkdown,
  articleToPlainText,
  exportFileName,
  type ExportContext,
} from '../../../src/core/export/export-article';

const { document } = new JSDOM('').window;
// The English catalogue the extension ships, as the CLI uses it.
const ctx: ExportContext = { t: englishMessage, locale: 'en', savedAt: new Date('2024-05-02T10:00:00Z') };

const article: Article = {
  title: 'Bridge # reopens *today*',
  byline: 'Ana Ruiz',
  siteName: 'Harbor Ledger',
  publishedTime: '2024-04-30T08:00:00Z',
  lang: 'en',
  dir: 'ltr',
  excerpt: null,
  wordCount: 420,
  url: 'https://example.com/bridge?x=1&y=2',
  html: '<p>The <a href="https://example.com/a">bridge</a> is open.</p><ul><li>Cars</li><li>Bikes</li></ul>',
  text: 'The bridge is open.\n\nCars\n\nBikes',
};
const body = () => {
  const div = document.createElement('div');
  div.append(JSDOM.fragment(article.html));
  return div;
};

describe('articleToMarkdown', () => {
  it("puts title, the reader's own meta line, source and the day it was saved above the body", () => {
    expect(articleToMarkdown(article, body(), ctx)).toBe(
      [
        '# Bridge \\# reopens \\*today\\*',
        '',
        '*Harbor Ledger · By Ana Ruiz · April 30, 2024 · 2 min read*',
        '',
        'Source: <https://example.com/bridge?x=1&y=2>  ',
        'Saved on 2024-05-02',
        '',
        '---',
        '',
        'The [bridge](https://example.com/a) is open.',
        '',
        '- Cars',
        '- Bikes',
        '',
      ].join('\n'),
    );
  });

  it('leaves out what the article does not have, and never links a non-web address', () => {
    const bare = { ...article, byline: null, siteName: null, publishedTime: null, wordCount: 0, url: 'javascript:alert(1)' };
    const md = articleToMarkdown(bare, body(), ctx);
    expect(md).not.toContain('javascript');
    expect(md.split('\n').slice(0, 4)).toEqual(['# Bridge \\# reopens \\*today\\*', '', 'Saved on 2024-05-02', '']);
  });
});

describe('articleToPlainText', () => {
  it('is the head lines, then the text blocks, with no markup', () => {
    expect(articleToPlainText(article, ctx)).toBe(
      'Bridge # reopens *today*\nHarbor Ledger · By Ana Ruiz · April 30, 2024 · 2 min read\nSource: https://example.com/bridge?x=1&y=2\nSaved on 2024-05-02\n\nThe bridge is open.\n\nCars\n\nBikes\n',
    );
  });
});

describe('articleToHtmlFile', () => {
  it('is a whole document that forbids scripts, escapes every value from the page and keeps the direction', () => {
    const hostile = {
      ...article,
      title: '</title><script>alert(1)</script>',
      byline: '<img src=x onerror=alert(1)>',
      lang: 'ar" onload="x',
      dir: 'rtl' as const,
    };
    const html = articleToHtmlFile(hostile, article.html, ctx);
    expect(html.startsWith('<!DOCTYPE html>\n<html lang="ar&#34; onload=&#34;x" dir="rtl">')).toBe(true);
    expect(html).toContain("default-src 'none'");
    expect(html).not.toContain('<script>');
    expect(html).not.toContain('<img src=x');
    expect(html).toContain('<title>&#60;/title&#62;&#60;script&#62;alert(1)&#60;/script&#62;</title>');
    expect(html).toContain('Source: <a href="https://example.com/bridge?x=1&#38;y=2">');
    expect(html).toContain('Saved on 2024-05-02');
    expect(html).toContain(article.html);
    const parsed = new JSDOM(html).window.document;
    expect(parsed.querySelector('h1')?.textContent).toBe(hostile.title);
    expect(parsed.querySelectorAll('script')).toHaveLength(0);
  });
});

describe('exportFileName', () => {
  it('keeps the title readable, in its own script, and safe on every file system', () => {
    expect(exportFileName('Bridge reopens: what "changes"?', 'md')).toBe('Bridge-reopens-what-changes.md');
    expect(exportFileName('مكتبة جديدة على ضفة النهر', 'html')).toBe('مكتبة-جديدة-على-ضفة-النهر.html');
    expect(exportFileName('../../etc/passwd', 'md')).toBe('etc-passwd.md');
    expect(exportFileName('  ', 'md')).toBe('article.md');
    expect(exportFileName('x'.repeat(200), 'md')).toHaveLength(83);
  });
});
