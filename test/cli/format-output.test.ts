import { describe, expect, it } from 'vitest';
import type { Article } from '../../src/core/article';
import { formatOutput } from '../../src/cli/format-output';
import { articleToHtmlFile, articleToPlainText } from '../../src/core/export/export-article';
import { englishMessage } from '../../src/core/i18n/english-message';

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

describe('formatOutput', () => {
  const now = new Date('2024-05-02T10:00:00Z');
  const meta = 'The Daily · By Ann Writer · April 20, 2022 · 3 min read';

  it('text: the reader\'s "Copy as text": title, meta line (the day as the page wrote it), source, day saved, text', () => {
    expect(formatOutput(article, 'text', 'a.html', now)).toBe(
      `${article.title}\n${meta}\nSource: ${article.url}\nSaved on 2024-05-02\n\nCat and mouse.\n\none\n`,
    );
  });

  it('json: one line with the file and every article field', () => {
    const out = formatOutput(article, 'json', 'a.html');
    expect(out.endsWith('\n')).toBe(true);
    expect(out.trimEnd()).not.toContain('\n');
    // The text names no person and gives no number, so both lists are empty (but present).
    expect(JSON.parse(out)).toEqual({ file: 'a.html', ...article, keyFigures: { people: [], numbers: [] } });
  });

  it('markdown: the reader\'s "Copy as Markdown": escaped heading, italic meta line, source, converted body', () => {
    expect(formatOutput(article, 'markdown', 'a.html', now)).toBe(
      `# Tom & Jerry \\<script\\>alert(1)\\</script\\> \\# 1\n\n*${meta}*\n\nSource: <https://daily.example/tom?a=1&b=2>  \nSaved on 2024-05-02\n\n---\n\nCat and *mouse*.\n\n- one\n`,
    );
  });

  it('html: the reader\'s "Save as HTML": charset, escaped title, meta line and the sanitized body', () => {
    const out = formatOutput(article, 'html', 'a.html', now);
    expect(out).toMatch(/^<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">/);
    expect(out).toContain('<title>Tom &#38; Jerry &#60;script&#62;alert(1)&#60;/script&#62; # 1</title>');
    expect(out).toContain('<h1>Tom &#38; Jerry &#60;script&#62;alert(1)&#60;/script&#62; # 1</h1>');
    expect(out).toContain(`<p class="meta">${meta}</p>`);
    expect(out).toContain(article.html);
    expect(out).toContain('<a href="https://daily.example/tom?a=1&#38;b=2">');
    expect(out).not.toContain('<script>');
    expect(out).toMatch(/<\/html>\n$/);
  });
});

describe('one exporter', () => {
  it('the CLI writes the very documents the reader saves and copies, in the English interface', () => {
    const now = new Date('2024-05-02T10:00:00Z');
    const ctx = { t: englishMessage, locale: 'en-US', savedAt: now };
    expect(formatOutput(article, 'html', 'a.html', now)).toBe(articleToHtmlFile(article, article.html, ctx));
    expect(formatOutput(article, 'text', 'a.html', now)).toBe(articleToPlainText(article, ctx));
  });

  it('text and markdown: a story in a language whose people are not read says so, never that it names no people', () => {
    const ru: Article = {
      ...article,
      lang: 'ru',
      text: 'Президент Владимир Путин заявил в среду, что 120 человек пострадали. Он сказал, что помощь прибудет через три дня.',
    };
    const text = formatOutput(ru, 'text', 'a.html', new Date('2024-05-02T10:00:00Z'));
    expect(text).toContain('People: not detected in this language (ru) yet; numbers are.');
    expect(text).toMatch(/Numbers and dates:\n {2}- 120/);
    expect(formatOutput(ru, 'markdown', 'a.html', new Date('2024-05-02T10:00:00Z'))).toContain('not detected in this language (ru) yet');
    expect(JSON.parse(formatOutput(ru, 'json', 'a.html')).keyFigures.peopleUnread).toBe('ru');
  });
});
