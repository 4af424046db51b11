import { afterEach, describe, expect, it } from 'vitest';
import { extendToSiblings, PARAGRAPH_INDEX } from '../../../src/core/extract/extend-to-siblings';
import { readArticleBody } from '../../../src/core/extract/read-article-body';
import { parseDocument } from '../../../src/node/parse-document';

const windows: Array<{ close(): void }> = [];
afterEach(() => windows.splice(0).forEach((w) => w.close()));

function page(html: string): Document {
  const { document, window } = parseDocument(
    `<!doctype html><html><head><title>t</title></head><body>${html}</body></html>`,
    'https://example.org/a/',
  );
  windows.push(window as unknown as { close(): void });
  return document;
}

const prose = (n: number, lang: 'en' | 'fr' = 'en') =>
  lang === 'en'
    ? `Paragraph ${n} of the story tells the reader what happened at the harbour, who said what to whom, and why it matters now, says witness ${n}.`
    : `Le paragraphe ${n} raconte au lecteur ce qui s'est passé au port, qui a dit quoi à qui, et pourquoi cela compte aujourd'hui, dit le témoin ${n}.`;

/** The article as Readability would hand it over: copies of the page's paragraphs from..to. */
function article(doc: Document, from: number, to: number, lang: 'en' | 'fr' = 'en'): Element {
  const content = doc.createElement('div');
  for (let n = from; n <= to; n++) {
    const p = doc.createElement('p');
    p.textContent = prose(n, lang);
    // Its place among the page's paragraphs, as the copy's walk numbers it (numberParagraphs).
    const place = Array.from(doc.body.getElementsByTagName('p')).findIndex((q) => q.textContent === p.textContent);
    if (place >= 0) p.setAttribute(PARAGRAPH_INDEX, String(place));
    content.append(p);
  }
  return content;
}

const paragraphs = (content: Element) => Array.from(content.querySelectorAll('p')).map((p) => p.textContent);

describe('extendToSiblings', () => {
  it('takes in a lead paragraph in a container of its own, and a last paragraph split off by an advertisement label', () => {
    const doc = page(`<div><h1>Headline</h1><div><p>${prose(1)}</p></div>
      <div><img src="/a.jpg"><div>The harbour at dawn.</div></div>
      <div>${[2, 3, 4, 5].map((n) => `<p>${prose(n)}</p>`).join('')}</div>
      <div>Advertisement</div><div><p>${prose(6)}</p></div></div>`);
    const content = article(doc, 2, 5);
    expect(extendToSiblings(content, doc, () => null)).toBe(2);
    expect(paragraphs(content)).toEqual([1, 2, 3, 4, 5, 6].map((n) => prose(n)));
    expect(content.querySelector(`[${PARAGRAPH_INDEX}]`), 'the numbers are removed').toBeNull();
  });

  it('works the same in French, in markup with class names', () => {
    const doc = page(`<div class="col"><div class="chapo"><p class="txt">${prose(1, 'fr')}</p></div>
      <div class="corps">${[2, 3, 4].map((n) => `<p class="txt">${prose(n, 'fr')}</p>`).join('')}</div></div>`);
    const content = article(doc, 2, 4, 'fr');
    expect(extendToSiblings(content, doc, () => null)).toBe(1);
    expect(paragraphs(content)[0]).toBe(prose(1, 'fr'));
  });

  it('leaves out paragraphs of another shape, in furniture, far away, or behind a block of other text', () => {
    const doc = page(`<div>
      <p class="promo">${prose(0)}</p><p>${prose(1)}</p>
      <aside><p>${prose(90)}</p></aside>
      <div>${[2, 3, 4].map((n) => `<p>${prose(n)}</p>`).join('')}</div>
      <ul><li><a href="/x">Another story of the site with its long headline</a></li><li><a href="/y">And one more story of the site, also long</a></li></ul>
      <p>Short line.</p>
      <div id="comments"><p>${prose(91)}</p></div></div>`);
    const content = article(doc, 1, 4);
    expect(extendToSiblings(content, doc, () => null)).toBe(0);
    expect(paragraphs(content)).toHaveLength(4);
  });

  it('does not cross a list of links, and stops at the first paragraph that fails', () => {
    const links = Array.from({ length: 8 }, (_, i) => `<a href="/s/${i}">Headline of another story number ${i}</a>`).join(' ');
    const doc = page(
      `<div><div>${[1, 2, 3].map((n) => `<p>${prose(n)}</p>`).join('')}</div><div>${links}</div><div><p>${prose(4)}</p></div></div>`,
    );
    const content = article(doc, 1, 3);
    expect(extendToSiblings(content, doc, () => null)).toBe(0);
  });

  it('leaves out a paragraph holding a script (a call to action) and one whose text the article already holds in part', () => {
    const callToAction = `When news happens, send us your photos, videos and tip-offs by text message or by email to the newsroom desk today.<script>document.write('x')</script>`;
    const doc = page(
      `<div><div><p>${prose(1)} ${prose(2)}</p></div><div>${[1, 2, 3].map((n) => `<p>${prose(n)}</p>`).join('')}</div><div><p>${callToAction}</p></div></div>`,
    );
    const content = article(doc, 1, 3);
    expect(extendToSiblings(content, doc, () => null)).toBe(0);
  });

  it("leaves out a picture's caption set as a paragraph beside the story", () => {
    const caption =
      'In this file photo, made available by the port authority, two pilots guide a container ship into the harbour at dawn. (Port Authority via AP, File)';
    const doc = page(
      `<div><div><img src="/p.jpg"><p>${caption}</p></div><div>${[1, 2, 3].map((n) => `<p>${prose(n)}</p>`).join('')}</div></div>`,
    );
    const content = article(doc, 1, 3);
    expect(extendToSiblings(content, doc, () => null)).toBe(0);
  });

  it("takes in a paragraph the page's articleBody states, whatever its shape", () => {
    const lead = 'The council approved the new ferry on Tuesday, two years after the old one was taken out of service for good.';
    const body = [lead, ...[1, 2, 3].map((n) => prose(n))].join(' ');
    const doc = page(`<script type="application/ld+json">${JSON.stringify({ '@type': 'NewsArticle', articleBody: body })}</script>
      <div><div><strong>${lead}</strong></div><div><p class="x"><b>${lead}</b></p></div>
      <section>${[1, 2, 3].map((n) => `<p>${prose(n)}</p>`).join('')}</section></div>`);
    const content = article(doc, 1, 3);
    expect(extendToSiblings(content, doc, () => readArticleBody(doc))).toBe(1);
    expect(paragraphs(content)[0]).toBe(lead);
  });

  it('takes nothing when the article has no paragraph found once on the page', () => {
    const doc = page(`<div><p>${prose(1)}</p><p>${prose(1)}</p><p>${prose(2)}</p></div>`);
    const content = article(doc, 1, 1);
    expect(extendToSiblings(content, doc, () => null)).toBe(0);
  });
});

describe('readArticleBody', () => {
  it('reads the longest articleBody of the JSON-LD, in a @graph too, and skips malformed blocks', () => {
    const text = 'A story long enough to be a story. '.repeat(10);
    const doc = page(`<script type="application/ld+json">{not json</script>
      <script type="application/ld+json">${JSON.stringify({ '@graph': [{ '@type': 'WebPage' }, { '@type': 'NewsArticle', articleBody: text }] })}</script>`);
    expect(readArticleBody(doc)).toBe('a story long enough to be a story '.repeat(10).trim());
  });

  it('reads an element marked itemprop="articleBody", and gives null for a page that states no body or only a teaser', () => {
    expect(readArticleBody(page(`<div itemprop="articleBody"><p>${prose(1)}</p><p>${prose(2)}</p></div>`))).toContain(
      'paragraph 2 of the story',
    );
    expect(readArticleBody(page(`<script type="application/ld+json">{"articleBody": "Too short."}</script><p>x</p>`))).toBeNull();
    expect(readArticleBody(page('<p>Nothing stated.</p>'))).toBeNull();
  });
});
