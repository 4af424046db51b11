import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import type { Article, ExtractResult } from '../../../src/core/article';
import { EARLY_MODEL, FULL_MODEL, PAGE_MODEL, READING_THRESHOLDS } from '../../../src/core/detect/auto-model';
import {
  decideIsArticle,
  earlyDecision,
  extractionStage,
  quickDecision,
  readerableStage,
} from '../../../src/core/detect/decide-is-article';
import { extractionFeatures } from '../../../src/core/detect/extraction-features';
import { metaFeatures } from '../../../src/core/detect/meta-features';
import { pageFeatures } from '../../../src/core/detect/page-features';
import { proseQuality } from '../../../src/core/detect/prose-quality';
import { readJsonLd } from '../../../src/core/detect/read-json-ld';
import { explain, scoreStage } from '../../../src/core/detect/score-stage';
import { urlFeatures } from '../../../src/core/detect/url-features';

function dom(head: string, body: string, url = 'https://news.example.test/2024/10/14/council-approves-the-new-flood-wall'): Document {
  return new JSDOM(`<!DOCTYPE html><html><head>${head}</head><body>${body}</body></html>`, { url }).window.document;
}
const ld = (o: unknown) => `<script type="application/ld+json">${JSON.stringify(o)}</script>`;
const sentences = [
  'The council met on Tuesday evening to discuss the new flood wall along the quay, and residents filled the public gallery to hear the plans.',
  'Engineers said the wall would protect more than four hundred homes from the kind of surge that flooded the old town in the winter of 2013.',
  'Some shop owners were worried that the work would close the quay road for a whole summer, which is when they make most of their money.',
  'The mayor promised that the road would stay open on weekends and that the council would pay for signs directing visitors to the shops.',
];
const para = (i: number) => `<p>${sentences[i % 4]} ${sentences[(i + 1) % 4]}</p>`;
const story = `<article><h1>Council approves the flood wall</h1><p class="byline">By Jane Doe</p><time datetime="2024-10-14T08:00Z">14 Oct</time>${[0, 1, 2, 3, 4, 5, 6].map(para).join('')}</article>`;
const article = (wordCount: number, html = '<p>text</p>', text = 'words '.repeat(wordCount)): Article => ({
  title: 't',
  byline: null,
  siteName: null,
  publishedTime: null,
  lang: null,
  dir: null,
  excerpt: null,
  html,
  text,
  wordCount,
  url: 'https://news.example.test/a',
});
const ok = (wordCount: number, html?: string, text?: string): ExtractResult => ({ ok: true, article: article(wordCount, html, text) });

describe('urlFeatures', () => {
  it.each([
    ['https://news.example.test/', 'url.root'],
    ['https://news.example.test/en/index.html', 'url.root'],
    ['https://news.example.test/?s=flood', 'url.search'],
    ['https://news.example.test/tag/climate-change/', 'url.listing'],
    ['https://news.example.test/autor/jonas-feldmann/', 'url.listing'],
    ['https://news.example.test/news/page/2/', 'url.paginated'],
    ['https://news.example.test/sport/football', 'url.section'],
    ['https://news.example.test/account/login', 'url.segment'],
    ['https://news.example.test/2024/10/14/council-approves-flood-wall', 'url.story'],
    ['https://news.example.test/2024/10/14/council-approves-flood-wall', 'url.date'],
    ['https://blog.example.test/?p=1234', 'url.story'],
    ['https://sport.example.test/index.jsp?storyID=331739', 'url.story'],
    ['https://daily.example.test/?fSectionId=1016&fArticleId=nw20071231121337812C807136', 'url.story'],
    ['https://news.example.test/world/story.html', 'url.file'],
  ])('%s has %s', (url, feature) => {
    expect(urlFeatures(url)[feature]).toBe(1);
  });
  it("does not take an index address that names one post for a site's root", () => {
    for (const url of [
      'https://sport.example.test/index.jsp?storyID=331739',
      'https://essays.example.test/index.php?/site/article/4255/',
      'https://daily.example.test/?ArticleId=nw2007123112',
    ]) {
      expect(urlFeatures(url)['url.root']).toBeUndefined();
    }
    expect(urlFeatures('https://news.example.test/index.php?lang=en')['url.root']).toBe(1);
    expect(urlFeatures('https://news.example.test/?page=2')).toEqual({ 'url.root': 1 });
  });
  it('says nothing about an address it cannot read or does not have', () => {
    expect(urlFeatures('not a url')).toEqual({});
    expect(urlFeatures(null)).toEqual({});
    expect(urlFeatures('https://news.example.test/p/a1b2c3')).toEqual({});
  });
});

describe('metaFeatures', () => {
  it.each([
    [{ '@type': 'NewsArticle' }, 'ld.article'],
    [{ '@graph': [{ '@type': 'WebSite' }, { '@type': ['ReportageNewsArticle'] }] }, 'ld.article'],
    [{ '@type': 'ItemPage', mainEntity: { '@type': 'Product', name: 'Boot' } }, 'ld.product'],
    [{ '@type': 'PodcastEpisode' }, 'ld.media'],
    [{ '@type': 'VideoObject' }, 'ld.media'],
    [{ '@type': 'DiscussionForumPosting' }, 'ld.discussion'],
    [{ '@type': 'SocialMediaPosting' }, 'ld.discussion'],
    [{ '@type': 'CollectionPage' }, 'ld.listing'],
    [{ '@type': 'LiveBlogPosting' }, 'ld.listing'],
  ])('reads %j as %s', (data, feature) => {
    expect(metaFeatures(dom(ld(data), story)).features[feature]).toBe(1);
  });
  it('reads microdata types, Open Graph, a price, a date and a byline', () => {
    const f = metaFeatures(
      dom(
        '<meta property="og:type" content="product"><meta property="product:price:amount" content="10">',
        '<div itemscope itemtype="https://schema.org/Product"><h1>Boot</h1></div>',
      ),
    ).features;
    expect(f).toMatchObject({ 'ld.product': 1, 'og.other': 1, 'meta.price': 1 });
    expect(
      metaFeatures(dom(ld({ '@type': 'BlogPosting', datePublished: '2024-01-01', author: { name: 'A' } }), story)).features,
    ).toMatchObject({ 'meta.date': 1, 'meta.author': 1, 'ld.article': 1 });
  });
  it('recognises error pages by their whole heading, not a story about errors', () => {
    expect(pageFeatures(dom('<title>Page not found – Site</title>', '<h1>404</h1><p>Gone.</p>')).features['page.error']).toBe(1);
    expect(pageFeatures(dom('', '<h1>Seite nicht gefunden</h1>')).features['page.error']).toBe(1);
    expect(pageFeatures(dom('', `<h1>Why 404 pages matter more than designers think</h1>${story}`)).features['page.error']).toBeUndefined();
  });
  it('notes a paywall from JSON-LD or a paywall box', () => {
    expect(metaFeatures(dom(ld({ '@type': 'NewsArticle', isAccessibleForFree: false }), story)).paywalled).toBe(true);
    expect(metaFeatures(dom('', `${story}<div class="paywall-box">Subscribe</div>`)).paywalled).toBe(true);
    expect(metaFeatures(dom('', story)).paywalled).toBe(false);
  });
});

describe('proseQuality', () => {
  it('tells running prose from a spec list, in several languages', () => {
    const en = proseQuality(sentences.join(' '));
    const spec = proseQuality(
      'Weight 560 g. Sole Vibram Megagrip. Upper suede, textile. Membrane Gore-Tex. Colours graphite, olive, blue. Sizes 40-47.',
    );
    expect(en.stopShare).toBeGreaterThan(0.3);
    expect(spec.stopShare).toBeLessThan(0.15);
    expect(en.sentenceLength).toBeGreaterThan(spec.sentenceLength * 2);
    expect(
      proseQuality(
        'Der Gemeinderat hat am Dienstag den Bau der neuen Hochwassermauer beschlossen, die mehr als vierhundert Häuser in der Altstadt schützen soll.',
      ).stopShare,
    ).toBeGreaterThan(0.2);
    expect(
      proseQuality(
        'Le conseil municipal a approuvé mardi la construction du nouveau mur contre les crues, qui doit protéger plus de quatre cents maisons.',
      ).stopShare,
    ).toBeGreaterThan(0.2);
    expect(
      proseQuality('市议会周二批准了新的防洪墙建设计划，这道墙将保护老城区的四百多所房屋。居民们在会上提出了很多问题。').stopShare,
    ).toBeGreaterThan(0.1);
    expect(proseQuality('')).toEqual({ sentenceLength: 0, stopShare: 0 });
  });
});

describe('pageFeatures', () => {
  it('counts cards, prices, cart buttons, ratings and durations', () => {
    const card = (i: number) =>
      `<li class="tile"><a href="/p/${i}"><img src="/i/${i}.jpg" alt="">Item ${i}</a><span class="price">€ ${i}9,95</span><span class="stars">★★★★</span></li>`;
    const f = pageFeatures(
      dom(
        '',
        `<ul class="grid">${Array.from({ length: 12 }, (_, i) => card(i)).join('')}</ul><button>Add to cart</button><ol><li>3:45</li><li>4:12</li></ol>`,
      ),
    ).features;
    expect(f['shape.cards']).toBeGreaterThan(0.6);
    expect(f['shape.prices']).toBeGreaterThan(0.5);
    expect(f['shape.buy']).toBeGreaterThan(0);
    expect(f['shape.ratings']).toBeGreaterThan(0.5);
    expect(f['shape.durations']).toBeGreaterThan(0);
  });
  it("finds a story's body as the candidate, and counts replies outside comment areas only", () => {
    const f = pageFeatures(dom('', `<nav><a href="/a">A</a></nav>${story}`)).features;
    expect(f['cand.share']).toBeGreaterThan(0.8);
    expect(f['cand.stopShare']).toBeGreaterThan(0.3);
    expect(f['shape.proseRun']).toBeGreaterThan(0.6);
    expect(f['readerable']).toBe(1);
    const post = (i: number) =>
      `<div class="post"><a href="/u/${i}"><img class="avatar" src="/a/${i}.png" alt=""></a>${para(i)}<a href="/reply/${i}">Reply</a></div>`;
    expect(pageFeatures(dom('', [1, 2, 3, 4].map(post).join(''))).features['shape.reply']).toBeGreaterThan(0.4);
    expect(pageFeatures(dom('', `${story}<ol class="comment-list">${[1, 2, 3, 4].map(post).join('')}</ol>`)).features['shape.reply']).toBe(
      0,
    );
  });
  it('counts dated prose items: each teaser with its own timestamp, not the ones in comment areas or a block holding many timestamps', () => {
    const teaser = (i: number) => `<div class="item"><time datetime="2024-10-0${i}">Oct ${i}</time>${para(i)}</div>`;
    const items = [1, 2, 3, 4, 5].map(teaser).join('');
    expect(pageFeatures(dom('', items)).features['shape.datedItems']).toBeCloseTo(Math.log1p(5) / Math.log1p(20), 5);
    expect(pageFeatures(dom('', `${story}<section id="comments">${items}</section>`)).features['shape.datedItems']).toBeCloseTo(
      Math.log1p(1) / Math.log1p(20),
      5,
    );
    // Three timestamps over one paragraph: a list's row of dates, not a dated item.
    const row = '<div><span><time>1</time><time>2</time><time>3</time></span>' + para(0) + '</div>';
    expect(pageFeatures(dom('', row)).features['shape.datedItems']).toBe(0);
    // The story's own timestamp: the article holding it is one dated item.
    expect(pageFeatures(dom('', story)).features['shape.datedItems']).toBeCloseTo(Math.log1p(1) / Math.log1p(20), 5);
  });
});

describe('extractionFeatures', () => {
  it("measures length, links, the site's own linked headings and dates", () => {
    const heads = Array.from(
      { length: 5 },
      (_, i) => `<h2><a href="https://news.example.test/s${i}">Story ${i}</a></h2><p>summary</p>`,
    ).join('');
    const f = extractionFeatures(article(300, `${heads}<time>1</time>`), 10_000, false);
    expect(f['ex.linkedHeadings']).toBeGreaterThan(0.5);
    expect(f['ex.dates']).toBeGreaterThan(0);
    expect(
      extractionFeatures(article(300, heads.replace(/news\.example\.test/g, 'shop.elsewhere.test')), 10_000, false)['ex.linkedHeadings'],
    ).toBe(0);
    expect(
      extractionFeatures(article(300, `<p><a href="/x">${'link '.repeat(300)}</a></p>`, 'link '.repeat(300)), 10_000, false)[
        'ex.linkDensity'
      ],
    ).toBeGreaterThan(0.9);
    expect(extractionFeatures(article(90), 1000, true)['ex.teaser']).toBe(1);
  });
});

describe('scoreStage', () => {
  it('adds the weighted features to the bias and names the three that weigh most', () => {
    const model = { bias: 1, weights: { a: 2, b: -3, c: 0.5, d: 0.1 }, threshold: 0 };
    const s = scoreStage(model, { a: 1, b: 1, c: 1, d: 1, unknown: 5 });
    expect(s.score).toBeCloseTo(0.6);
    expect(s.top).toBe('b -3.00, a +2.00, c +0.50');
    expect(explain('signals', model, s)).toBe('signals:0.60>=0.00 (b -3.00, a +2.00, c +0.50)');
  });
  it('ships fitted models: finite weights, and early thresholds below the last one', () => {
    for (const m of [EARLY_MODEL, PAGE_MODEL, FULL_MODEL]) {
      expect(Object.keys(m.weights).length).toBeGreaterThan(5);
      for (const w of [m.bias, m.threshold, ...Object.values(m.weights)]) expect(Number.isFinite(w)).toBe(true);
    }
  });
});

describe('the scored decision', () => {
  const shop = (i: number) =>
    `<li class="tile"><a href="/p/${i}"><img src="/i/${i}.jpg" alt="">Boot ${i}</a><span class="price">€ ${i}9,95</span><button>Add to cart</button></li>`;
  const productPage = dom(
    `<meta property="og:type" content="product">${ld({ '@type': 'Product', offers: { '@type': 'Offer', price: '89' } })}`,
    `<h1>Trail boot</h1><p>A light boot for long days in the hills, with a sole that grips on wet rock and a membrane that keeps rain out.</p><button>Add to cart</button><ul class="grid">${Array.from({ length: 8 }, (_, i) => shop(i)).join('')}</ul>`,
    'https://shop.example.test/boots/trail-boot-light-waterproof-4471',
  );

  it('opens a story and explains itself', async () => {
    const doc = dom(ld({ '@type': 'NewsArticle', datePublished: '2024-10-14' }), story);
    const d = await decideIsArticle(doc, doc.URL, () =>
      ok(420, `<p>${sentences.join('</p><p>')}</p>`, `${sentences.join('\n\n')} `.repeat(4)),
    );
    expect(d).toMatchObject({ isArticle: true, stage: 'extraction' });
    expect(d.reason).toMatch(/^extraction:-?\d+\.\d\d>=/);
  });
  it('keeps a product page shut before extracting, and says which features decided', async () => {
    let called = false;
    const d = await decideIsArticle(productPage, productPage.URL, () => {
      called = true;
      return ok(300);
    });
    expect(d.isArticle).toBe(false);
    expect(called).toBe(false);
    expect(d.reason).toMatch(/ld\.product|shape\.|og\.other/);
  });
  it("stops a site's front page of teasers early", async () => {
    const teaser = (i: number) =>
      `<div class="card"><h3><a href="/2024/10/story-number-${i}-about-the-town">Headline ${i}</a></h3><p>Short summary.</p></div>`;
    const doc = dom(
      '<meta property="og:type" content="website">',
      Array.from({ length: 30 }, (_, i) => teaser(i)).join(''),
      'https://news.example.test/',
    );
    let called = false;
    expect(
      await decideIsArticle(doc, doc.URL, () => {
        called = true;
        return ok(500);
      }),
    ).toMatchObject({ isArticle: false });
    expect(called).toBe(false);
  });
  it('passes the stages on in the shapes the reader and the popup use', () => {
    const doc = dom(ld({ '@type': 'NewsArticle' }), story);
    const early = earlyDecision(doc, doc.URL);
    expect(early.verdict).toBe('yes-signals');
    expect(readerableStage(doc, early)).toMatchObject({ verdict: 'yes-signals', stage: 'readerable' });
    expect(quickDecision(dom('', story), doc.URL).verdict).toBe('maybe');
    expect(readerableStage(doc, { ...early, verdict: 'no' }).verdict).toBe('no');
    expect(extractionStage(doc, early, { ok: false, reason: 'not-article', message: '' })).toEqual({
      isArticle: false,
      stage: 'extraction',
      reason: 'extraction:not-article',
    });
  });
  it('refuses addresses that are not web pages', () => {
    expect(earlyDecision(dom('', story), 'ftp://news.example.test/file')).toMatchObject({
      verdict: 'no',
      stage: 'url',
      reason: 'url:scheme',
    });
    expect(earlyDecision(dom('', story), 'not a url')).toMatchObject({ verdict: 'no', reason: 'url:unparsable' });
  });
  it('turns a throwing or rejecting extraction into "not an article"', async () => {
    const doc = dom('', story);
    expect(
      await decideIsArticle(doc, doc.URL, () => {
        throw new Error('boom');
      }),
    ).toMatchObject({ isArticle: false, stage: 'extraction' });
    expect(await decideIsArticle(doc, doc.URL, () => Promise.reject(new Error('boom')))).toMatchObject({ isArticle: false });
  });
  it('gives the popup\'s check (use "reading") its own, lower thresholds, fitted as data', () => {
    expect(READING_THRESHOLDS.early).toBeLessThanOrEqual(EARLY_MODEL.threshold);
    expect(READING_THRESHOLDS.page).toBeLessThanOrEqual(PAGE_MODEL.threshold);
    expect(READING_THRESHOLDS.full).toBeLessThan(FULL_MODEL.threshold);
    for (const t of Object.values(READING_THRESHOLDS)) expect(Number.isFinite(t)).toBe(true);
  });
  it('reads on request what the automatic reader leaves shut, and explains it with the threshold it used', async () => {
    // Stories of falling length on a plain news page (its chrome, no metadata, an address that says nothing).
    const nav = `<header><a href="/">Harbour Ledger</a><nav>${['News', 'Sport', 'Business', 'Culture', 'Opinion'].map((n) => `<a href="/${n.toLowerCase()}/">${n}</a>`).join(' ')}</nav></header>`;
    const aside = `<aside><h2>Most read</h2><ul>${Array.from({ length: 8 }, (_, i) => `<li><a href="/news/2024/10/another-story-about-the-town-${i}">Another story about the town, number ${i}</a></li>`).join('')}</ul></aside>`;
    const footer =
      '<footer><p>© 2024 Harbour Ledger. All rights reserved. Registered office: 1 Quay Street.</p><a href="/privacy">Privacy</a></footer>';
    const pages = [8, 5, 3, 2].map((n) => {
      const text = Array.from({ length: n }, (_, i) => `${sentences[i % 4]} ${sentences[(i + 1) % 4]}`).join('\n\n');
      const body = `${nav}<main><article><h1>Council approves the flood wall</h1>${Array.from({ length: n }, (_, i) => para(i)).join('')}</article>${aside}</main>${footer}`;
      return {
        doc: dom('<title>Council approves the flood wall</title>', body, 'https://news.example.test/p/a1b2c3'),
        result: ok(text.split(/\s+/).length, `<p>${text}</p>`, text),
      };
    });
    let auto = 0;
    let reading = 0;
    for (const { doc, result } of pages) {
      const a = await decideIsArticle(doc, doc.URL, () => result);
      const r = await decideIsArticle(doc, doc.URL, () => result, 'reading');
      // Whatever the automatic reader opens, the popup reads.
      if (a.isArticle) expect(r.isArticle).toBe(true);
      auto += Number(a.isArticle);
      reading += Number(r.isArticle);
      if (r.stage === 'extraction') expect(r.reason).toContain(READING_THRESHOLDS.full.toFixed(2));
    }
    expect(reading).toBeGreaterThan(auto);
  });
  it('turns away in the popup too what is clearly not an article', async () => {
    let called = false;
    const d = await decideIsArticle(
      productPage,
      productPage.URL,
      () => {
        called = true;
        return ok(300);
      },
      'reading',
    );
    expect(d.isArticle).toBe(false);
    expect(called).toBe(false);
  });
  it('never throws on a broken document', () => {
    const broken = {
      querySelectorAll: () => {
        throw new Error('x');
      },
      querySelector: () => {
        throw new Error('x');
      },
    } as unknown as Document;
    expect(quickDecision(broken, 'https://news.example.test/2024/a-story-slug-here').verdict).toBe('no');
  });
});

describe('readJsonLd on hostile input', () => {
  it('skips malformed, huge and deeply nested blocks without throwing', () => {
    const deep = `${'['.repeat(50_000)}${']'.repeat(50_000)}`;
    const deepObj = `${'{"a":'.repeat(5_000)}{"@type":"NewsArticle"}${'}'.repeat(5_000)}`;
    const huge = JSON.stringify({ '@type': 'NewsArticle', body: 'x'.repeat(1_000_000) });
    const wide = JSON.stringify(Array.from({ length: 100_000 }, () => ({ '@type': 'CollectionPage' })));
    const scripts = [
      '{"@type": "NewsArticle",',
      deep,
      deepObj,
      huge,
      wide,
      'null',
      '"string"',
      '42',
      '{"@type": {"x": 1}}',
      '{"@graph": {"@graph": {"@type": 7}}}',
      '<!-- {"@type":"Article"} -->',
    ]
      .map((s) => `<script type="application/ld+json">${s}</script>`)
      .join('');
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
