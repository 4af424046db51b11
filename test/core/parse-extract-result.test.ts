import { describe, expect, it } from 'vitest';
import { parseExtractResult } from '../../src/core/parse-extract-result';

const article = { title: 'T', byline: null, siteName: 'S', publishedTime: null, lang: 'en', dir: 'ltr', excerpt: null, html: '<p>x</p>', text: 'x', wordCount: 1, url: 'https://e.com/' };

describe('parseExtractResult', () => {
  it('accepts a well-formed article', () => {
    expect(parseExtractResult({ ok: true, article })).toEqual({ ok: true, article });
  });

  it('turns anything else into an error the popup can show', () => {
    for (const bad of [null, undefined, 42, 'x', {}, { ok: true }, { ok: true, article: { ...article, html: 5 } }]) {
      const r = parseExtractResult(bad);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.reason).toBe('error');
    }
  });

  it('keeps a known failure reason and replaces an unknown one', () => {
    expect(parseExtractResult({ ok: false, reason: 'not-article', message: 'm' })).toEqual({ ok: false, reason: 'not-article', message: 'm' });
    const r = parseExtractResult({ ok: false, reason: 'evil', message: 7 });
    expect(r).toEqual({ ok: false, reason: 'error', message: '' });
  });

  it('drops a lang that is not a language tag and a dir that is not ltr/rtl', () => {
    const r = parseExtractResult({ ok: true, article: { ...article, lang: 'en" onload="x', dir: 'sideways', wordCount: -3 } });
    expect(r.ok && r.article.lang).toBeNull();
    expect(r.ok && r.article.dir).toBeNull();
    expect(r.ok && r.article.wordCount).toBe(0);
  });
});
