import { describe, expect, it } from 'vitest';
import type { Article } from '../../src/core/article';
import { formatOutput } from '../../src/cli/format-output';
import { metaLine } from '../../src/cli/meta-line';

const article: Article = {
  title: 'Tom & Jerry <script>alert(1)</script> # 1',
  byline: 'Ann Writer',
  siteName: 'The Daily',
  publishedTime: '2022-04-20T23:42:00-05:00',
  lang: 'en',
  dir: null,
  excerpt: 'Cat and mouse.',
  html: '<p>Cat and <em>mouse</em>.</p><ul><li>one</li></ul>',
  text: 'Cat and mouse.\n\none',
  wordCount: 700,
  url: 'https://daily.example/tom?a=1&b=2',
};

describe('metaLine', () => {
  it('joins site, byline, the date as published and the reading time', () => {
    expect(metaLine(article)).toBe('The Daily · Ann Writer · 2022-04-20 · 3 min read');
  });

  it('leaves out what is missing and does not repeat a site that signs as itself', () => {
    expect(metaLine({ byline: null, siteName: null, publishedTime: null, wordCount: 1, lang: null })).toBe('1 min read');
    expect(metaLine({ byline: 'The Daily', siteName: 'The Daily', publishedTime: 'April 20, 2022', wordCount: 0, lang: 'en' })).toBe('The Daily · April 20, 2022');
  });
});

describe('formatOutput', () => {
  it('text: title, meta line, blank line, text', () => {
    expect(formatOutput(article, 'text', 'a.html')).toBe(`${article.title}\nThe Daily · Ann Writer · 2022-04-20 · 3 min read\n\nCat and mouse.\n\none\n`);
  });

  it('json: one line with the file and every article field', () => {
    const out = formatOutput(article, 'json', 'a.html');
    expect(out.endsWith('\n')).toBe(true);
    expect(out.trimEnd()).not.toContain('\n');
    // The text names no person and gives no number, so both lists are empty (but present).
    expect(JSON.parse(out)).toEqual({ file: 'a.html', ...article, keyFigures: { people: [], numbers: [] } });
  });

  it('markdown: escaped heading, italic meta line, converted body', () => {
    expect(formatOutput(article, 'markdown', 'a.html')).toBe(
      '# Tom & Jerry \\<script>alert(1)\\</script> # 1\n\n*The Daily · Ann Writer · 2022-04-20 · 3 min read*\n\nCat and *mouse*.\n\n- one\n',
    );
  });

  it('html: a standalone document with charset, escaped title and the sanitized body', () => {
    const out = formatOutput(article, 'html', 'a.html');
    expect(out).toMatch(/^<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">/);
    expect(out).toContain('<title>Tom &#38; Jerry &#60;script&#62;alert(1)&#60;/script&#62; # 1</title>');
    expect(out).toContain('<h1>Tom &#38; Jerry &#60;script&#62;alert(1)&#60;/script&#62; # 1</h1>');
    expect(out).toContain('<p class="meta">The Daily · Ann Writer · 2022-04-20 · 3 min read</p>');
    expect(out).toContain(article.html);
    expect(out).toContain('<a href="https://daily.example/tom?a=1&#38;b=2">');
    expect(out).not.toContain('<script>');
    expect(out).toMatch(/<\/html>\n$/);
  });
});
