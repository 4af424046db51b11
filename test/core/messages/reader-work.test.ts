import { describe, expect, it } from 'vitest';
import {
  MAX_FIGURES_TEXT,
  parseFiguresRequest,
  parseKeyFigures,
  parseReadAnswer,
  parseReadRequest,
} from '../../../src/core/messages/reader-work';

/** What crosses from the reading context into the page is checked on arrival, field by field. */
const article = {
  title: 'T',
  byline: null,
  siteName: 'Site',
  publishedTime: null,
  lang: 'en',
  dir: 'ltr',
  excerpt: null,
  html: '<p>x</p>',
  text: 'x',
  wordCount: 1,
  url: 'https://news.example/a',
};

describe('parseReadAnswer', () => {
  it('takes an article, and the cut notice', () => {
    expect(parseReadAnswer({ ok: true, article, truncated: true })).toEqual({ ok: true, article, truncated: true });
  });

  it('takes the finished title block and the selection flag, bounded, and leaves out a heading of the wrong shape', () => {
    const heading = { title: 'Headline', meta: ['Site', 'By Jane', 7, 'x'.repeat(3000), '4 min read'] };
    const answer = parseReadAnswer({ ok: true, article, truncated: false, heading, selection: true });
    expect(answer).toMatchObject({ ok: true, selection: true, heading: { title: 'Headline', meta: ['Site', 'By Jane', '4 min read'] } });
    const many = parseReadAnswer({ ok: true, article, heading: { title: 'H', meta: Array.from({ length: 20 }, (_, i) => `p${i}`) } });
    expect(many.ok && many.heading?.meta.length).toBe(8);
    for (const bad of [{ title: 5, meta: [] }, { title: 'H' }, 'H']) {
      const plain = parseReadAnswer({ ok: true, article, heading: bad, selection: 'yes' });
      expect(plain.ok && ('heading' in plain || 'selection' in plain)).toBe(false);
    }
  });

  it("keeps cuts that fit the article's HTML (where the tab may parse it in pieces), and drops any that do not", () => {
    const long = { ...article, html: '<p>x</p>'.repeat(10) };
    const answer = parseReadAnswer({ ok: true, article: long, cuts: { depth: 0, at: [8, 16] } });
    expect(answer.ok && answer.cuts).toEqual({ depth: 0, at: [8, 16] });
    for (const cuts of [{ depth: 0, at: [80] }, { depth: 0, at: [16, 8] }, { depth: 'x', at: [8] }, [8]]) {
      const plain = parseReadAnswer({ ok: true, article: long, cuts });
      expect(plain.ok && 'cuts' in plain).toBe(false);
    }
  });

  it("keeps each block's shape (Edit's rules in the in-page reader), dropping ill-formed ones", () => {
    const shape = { parts: [{ tag: 'div', classes: ['cruise-offer'], id: null }] };
    const blocks = [{ key: 'div:cruises along#0', shape }, { key: 'p:x#0', shape: { parts: [] } }, { key: 7, shape }, null];
    const answer = parseReadAnswer({ ok: true, article: { ...article, blocks } });
    expect(answer.ok && answer.article.blocks).toEqual([{ key: 'div:cruises along#0', shape }]);
    const plain = parseReadAnswer({ ok: true, article });
    expect(plain.ok && 'blocks' in plain.article).toBe(false);
  });

  it('says the extension could not be reached when nothing came back', () => {
    expect(parseReadAnswer(undefined)).toMatchObject({ ok: false, reason: 'error', message: expect.stringMatching(/reach/) });
  });

  it('refuses an article of the wrong shape, and drops unknown fields and values', () => {
    expect(parseReadAnswer({ ok: true, article: { ...article, html: 5 } })).toMatchObject({ ok: false, reason: 'error' });
    expect(parseReadAnswer({ ok: true, article: { ...article, title: undefined } })).toMatchObject({ ok: false });
    const odd = parseReadAnswer({ ok: true, article: { ...article, dir: 'sideways', wordCount: -3, extra: '<script>' } });
    expect(odd.ok && odd.article).toMatchObject({ dir: null, wordCount: 0 });
    expect(odd.ok && 'extra' in odd.article).toBe(false);
  });

  it('keeps a failure reason it knows and bounds its message', () => {
    expect(parseReadAnswer({ ok: false, reason: 'not-article', message: 'no' })).toEqual({
      ok: false,
      reason: 'not-article',
      message: 'no',
    });
    const odd = parseReadAnswer({ ok: false, reason: 'pwned', message: 'x'.repeat(10_000) });
    expect(odd).toMatchObject({ ok: false, reason: 'error' });
    expect(!odd.ok && odd.message.length).toBe(2000);
  });
});

describe('parseKeyFigures', () => {
  it('keeps well-formed entries and drops the rest', () => {
    const figures = parseKeyFigures({
      people: [{ name: 'Ann Lee', role: 'mayor', aliases: ['Ann Lee', 'Lee'], mentions: 2, sentence: 'Mayor Ann Lee said.' }, { name: 7 }],
      numbers: [
        { text: '4,000 jobs', kind: 'count', key: true, sentence: 'It cut 4,000 jobs.' },
        { text: '5', kind: 'script', key: true, sentence: '5' },
      ],
    });
    expect(figures?.people.map((p) => p.name)).toEqual(['Ann Lee']);
    expect(figures?.numbers.map((n) => n.text)).toEqual(['4,000 jobs']);
  });

  it('is null for no figures at all', () => {
    expect(parseKeyFigures(null)).toBeNull();
    expect(parseKeyFigures({ people: 'x' })).toBeNull();
  });
});

describe('requests', () => {
  it('bound the text figures are computed from, and keep only the three flags of a read', () => {
    expect(parseFiguresRequest({ text: 'y'.repeat(MAX_FIGURES_TEXT + 5), title: 'T', lang: 'en' })?.text.length).toBe(MAX_FIGURES_TEXT);
    expect(parseFiguresRequest({ text: 3, title: 'T' })).toBeNull();
    expect(parseReadRequest({ auto: 'yes', paywalled: true, html: '<p>' })).toEqual({
      auto: false,
      paywalled: true,
      articleSignals: false,
    });
  });

  it('carry the site rules the background adds as well-formed shapes only, at most 30', () => {
    const shape = { parts: [{ tag: 'aside', classes: ['related'], id: null }] };
    const bad = [{ parts: [{ tag: '<script>', classes: [], id: null }] }, { parts: [] }, 'aside.related', null];
    const request = parseReadRequest({ auto: true, siteRules: [...bad, shape] });
    expect(request.siteRules).toEqual([shape]);
    expect(parseReadRequest({ siteRules: Array.from({ length: 40 }, () => shape) }).siteRules).toHaveLength(30);
    // No shape survives, but the list stays: the reader still asks for the blocks' shapes back (Edit's rules).
    expect(parseReadRequest({ siteRules: bad }).siteRules).toEqual([]);
    expect(parseReadRequest({ siteRules: [] }).siteRules).toEqual([]);
    expect(parseReadRequest({}).siteRules).toBeUndefined();
  });
});
