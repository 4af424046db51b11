import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import type { ExtractResult } from '../../src/core/article';
import { decideByExtraction } from '../../src/core/detect/decide-by-extraction';
import { decideByReaderable } from '../../src/core/detect/decide-by-readerable';
import { decideBySignals } from '../../src/core/detect/decide-by-signals';
import { decideByShape } from '../../src/core/detect/decide-by-shape';
import { decideByUrl } from '../../src/core/detect/decide-by-url';
import { decideIsArticle, quickDecision } from '../../src/core/detect/decide-is-article';
import { readJsonLd } from '../../src/core/detect/read-json-ld';

function dom(head: string, body: string, url = 'https://news.example.test/2024/10/14/a-long-story-slug'): Document {
  return new JSDOM(`<!DOCTYPE html><html><head>${head}</head><body>${body}</body></html>`, { url }).window.document;
}
const ld = (o: unknown) => `<script type="application/ld+json">${JSON.stringify(o)}</script>`;
const para = (n: number) => `<p>${'The council met on Tuesday evening to discuss the new flood wall along the quay, and residents filled the gallery. '.repeat(n)}</p>`;
const story = `<article><h1>Council approves the flood wall</h1><time datetime="2024-10-14T08:00Z">14 Oct</time>${para(3)}${para(3)}${para(2)}</article>`;
const ok = (wordCount: number, html = '<p>text</p>', text = 'words '.repeat(wordCount)): ExtractResult => ({ ok: true, article: { title: 't', byline: null, siteName: null, publishedTime: null, lang: null, dir: null, excerpt: null, html, text, wordCount, url: 'https://news.example.test/a' } });

describe('decideByUrl', () => {
  it.each([
    ['https://news.example.test/', 'url:root'],
    ['https://news.example.test/en/', 'url:root'],
    ['https://news.example.test/index.html', 'url:root'],
    ['https://news.example.test/?s=flood', 'url:search-param:s'],
    ['https://news.example.test/results?q=flood+wall', 'url:search-param:q'],
    ['https://news.example.test/tag/climate-change/', 'url:listing:tag'],
    ['https://news.example.test/topics/housing', 'url:listing:topics'],
    ['https://news.example.test/autor/jonas-feldmann/', 'url:listing:autor'],
    ['https://news.example.test/news/page/2/', 'url:paginated'],
    ['https://news.example.test/world/', 'url:section'],
    ['https://news.example.test/sport/football', 'url:section'],
    ['https://news.example.test/account/login', 'url:segment:account'],
    ['ftp://news.example.test/file', 'url:scheme'],
    ['not a url', 'url:unparsable'],
  ])('%s is not an article (%s)', (url, reason) => {
    expect(decideByUrl(url)).toEqual({ verdict: 'no', reason });
  });
  it.each([
    'https://news.example.test/2024/10/14/council-approves-flood-wall',
    'https://news.example.test/columnists/201911181077343476-a-column-about-things',
    'https://news.example.test/news/newsbeat-50470672',
    'https://news.example.test/category/news/2024/a-story',
    'https://blog.example.test/?p=1234',
  ])('%s may be an article', (url) => {
    expect(decideByUrl(url).verdict).toBe('maybe');
  });
});

describe('decideBySignals', () => {
  it('says yes when JSON-LD names an article', () => {
    expect(decideBySignals(dom(ld({ '@context': 'https://schema.org', '@type': 'NewsArticle', headline: 'x' }), story)).verdict).toBe('yes');
  });
  it('finds the article inside @graph and arrays of types', () => {
    const doc = dom(ld({ '@graph': [{ '@type': 'WebSite' }, { '@type': ['ReportageNewsArticle'] }] }), story);
    expect(decideBySignals(doc).verdict).toBe('yes');
  });
  it.each(['CollectionPage', 'SearchResultsPage', 'ProfilePage', 'LiveBlogPosting', 'DiscussionForumPosting', 'ItemList'])('says no for %s', (type) => {
    expect(decideBySignals(dom(ld({ '@type': type }), story))).toMatchObject({ verdict: 'no' });
  });
  it('says no for a WebPage whose main entity is a product', () => {
    expect(decideBySignals(dom(ld({ '@type': 'ItemPage', mainEntity: { '@type': 'Product', name: 'Boot' } }), story)).verdict).toBe('no');
  });
  it('lets a story keep its video, but not a video page without a story', () => {
    expect(decideBySignals(dom(ld([{ '@type': 'NewsArticle' }, { '@type': 'VideoObject' }]), story)).verdict).toBe('yes');
    expect(decideBySignals(dom(`<meta property="og:type" content="website">${ld({ '@type': 'VideoObject' })}`, story)).verdict).toBe('no');
  });
  it('says no for og:type video and product', () => {
    expect(decideBySignals(dom('<meta property="og:type" content="video.other">', story)).reason).toBe('signals:og-type:video.other');
    expect(decideBySignals(dom('<meta property="og:type" content="product">', story)).verdict).toBe('no');
  });
  it('recognises error pages by their whole heading, not a story about errors', () => {
    expect(decideBySignals(dom('<title>Page not found – Site</title>', '<h1>404</h1><p>Gone.</p>')).reason).toBe('signals:error-page');
    expect(decideBySignals(dom('', '<h1>Seite nicht gefunden</h1>')).reason).toBe('signals:error-page');
    expect(decideBySignals(dom('', `<h1>Why 404 pages matter more than designers think</h1>${story}`)).verdict).toBe('maybe');
  });
  it('says no to a cart button and to a thread of dated posts', () => {
    expect(decideByShape(dom('', `${story}<form><button>Add to cart</button></form>`))?.reason).toBe('signals:shape:buy-button');
    const post = (i: number) => `<div class="post"><div class="meta"><a href="/u/${i}">user${i}</a><time datetime="2024-10-1${i}">Oct</time></div><div class="body">${para(2)}</div></div>`;
    expect(decideByShape(dom('', `<h1>Thread</h1>${[1, 2, 3, 4].map(post).join('')}`))?.reason).toBe('signals:shape:dated-items:4');
  });
  it('ignores dates in a comment area', () => {
    const comment = (i: number) => `<li class="comment"><time>${i}</time>${para(2)}</li>`;
    expect(decideByShape(dom('', `${story}<ol class="comment-list">${[1, 2, 3, 4, 5].map(comment).join('')}</ol>`))).toBeNull();
  });
  it('says no to a grid of teasers without a run of prose', () => {
    const card = (i: number) => `<div class="card"><h3><a href="/story-${i}">Headline ${i}</a></h3><p>Short summary.</p></div>`;
    expect(decideByShape(dom('', Array.from({ length: 30 }, (_, i) => card(i)).join('')))?.reason).toBe('signals:shape:teasers:30');
  });
  it('notes a paywall from JSON-LD or a paywall box', () => {
    expect(decideBySignals(dom(ld({ '@type': 'NewsArticle', isAccessibleForFree: false }), story)).paywalled).toBe(true);
    expect(decideBySignals(dom('', `${story}<div class="paywall-box">Subscribe</div>`)).paywalled).toBe(true);
    expect(decideBySignals(dom('', story)).paywalled).toBe(false);
  });
});

describe('decideByReaderable', () => {
  it('accepts a page with paragraphs and refuses one without', () => {
    expect(decideByReaderable(dom('', story))).toBe(true);
    expect(decideByReaderable(dom('', '<form><input type="password"><button>Sign in</button></form>'))).toBe(false);
  });
});

describe('decideByExtraction', () => {
  it('wants an extraction with enough words', () => {
    expect(decideByExtraction({ ok: false, reason: 'not-article', message: '' }, false).verdict).toBe('no');
    expect(decideByExtraction(ok(20), false).reason).toBe('extraction:words:20');
    expect(decideByExtraction(ok(400), false).verdict).toBe('yes');
  });
  it('refuses a paywall teaser', () => {
    expect(decideByExtraction(ok(90), true).reason).toBe('extraction:paywall-teaser:90');
  });
  it('refuses a body of the site\'s own linked headlines, and one with many dates', () => {
    const heads = Array.from({ length: 5 }, (_, i) => `<h2><a href="https://news.example.test/s${i}">Story ${i}</a></h2><p>summary</p>`).join('');
    expect(decideByExtraction(ok(300, heads), false).reason).toBe('extraction:linked-headings:5');
    const away = heads.replace(/news\.example\.test/g, 'shop.elsewhere.test');
    expect(decideByExtraction(ok(300, away), false).verdict).toBe('yes');
    expect(decideByExtraction(ok(300, '<time>1</time><time>2</time><time>3</time>'), false).reason).toBe('extraction:dates:3');
  });
  it('refuses a body that is mostly links', () => {
    expect(decideByExtraction(ok(100, `<p><a href="/x">${'link '.repeat(100)}</a></p>`), false).verdict).toBe('no');
  });
});

describe('quickDecision and decideIsArticle', () => {
  it('stops at the first no, and does not extract', async () => {
    let called = false;
    const r = await decideIsArticle(dom('', story, 'https://news.example.test/'), 'https://news.example.test/', () => { called = true; return ok(500); });
    expect(r).toMatchObject({ isArticle: false, stage: 'url' });
    expect(called).toBe(false);
  });
  it('goes to extraction after strong signals or a readerable page', async () => {
    const doc = dom(ld({ '@type': 'NewsArticle' }), story);
    expect(quickDecision(doc, doc.URL).verdict).toBe('yes-signals');
    expect(quickDecision(dom('', story), doc.URL).verdict).toBe('maybe');
    expect(await decideIsArticle(doc, doc.URL, async () => ok(500))).toMatchObject({ isArticle: true, stage: 'extraction' });
  });
  it('turns a throwing or rejecting extraction into "not an article"', async () => {
    const doc = dom('', story);
    expect(await decideIsArticle(doc, doc.URL, () => { throw new Error('boom'); })).toMatchObject({ isArticle: false, stage: 'extraction' });
    expect(await decideIsArticle(doc, doc.URL, () => Promise.reject(new Error('boom')))).toMatchObject({ isArticle: false });
  });
  it('never throws on a broken document', () => {
    const broken = { querySelectorAll: () => { throw new Error('x'); } } as unknown as Document;
    expect(quickDecision(broken, 'https://news.example.test/2024/a-story-slug-here').verdict).toBe('no');
  });
});

describe('readJsonLd on hostile input', () => {
  it('skips malformed, huge and deeply nested blocks without throwing', () => {
    const deep = `${'['.repeat(50_000)}${']'.repeat(50_000)}`;
    const deepObj = `${'{"a":'.repeat(5_000)}{"@type":"NewsArticle"}${'}'.repeat(5_000)}`;
    const huge = JSON.stringify({ '@type': 'NewsArticle', body: 'x'.repeat(1_000_000) });
    const wide = JSON.stringify(Array.from({ length: 100_000 }, () => ({ '@type': 'CollectionPage' })));
    const scripts = ['{"@type": "NewsArticle",', deep, deepObj, huge, wide, 'null', '"string"', '42', '{"@type": {"x": 1}}', '{"@graph": {"@graph": {"@type": 7}}}', '<!-- {"@type":"Article"} -->']
      .map((s) => `<script type="application/ld+json">${s}</script>`).join('');
    const doc = dom(scripts, story);
    expect(() => readJsonLd(doc)).not.toThrow();
    const out = readJsonLd(doc);
    expect(out.types.length).toBeLessThanOrEqual(400 * 8);
    expect(out.types).not.toContain('newsarticle');
    expect(() => quickDecision(doc, doc.URL)).not.toThrow();
  });
  it('does not follow a prototype-polluting key', () => {
    const doc = dom('<script type="application/ld+json">{"__proto__": {"polluted": true}, "@type": "Article"}</script>', story);
    expect(readJsonLd(doc).types).toEqual(['article']);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });
});
