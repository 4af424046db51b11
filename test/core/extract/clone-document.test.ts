import { describe, expect, it } from 'vitest';
import { BARE_SPANS, cloneDocument, WIDE } from '../../../src/core/extract/clone-document';
import { extractArticle } from '../../../src/core/pipeline/extract-article';
import { createSanitizer } from '../../../src/core/sanitize/create-sanitizer';
import { parseDocument } from '../../../src/node/parse-document';
import { prose } from '../../fuzz/pathological-pages';

const URL = 'https://news.example/2024/05/01/story/';
const story = Array.from({ length: 8 }, (_, i) => `<p>${prose(50, i)}</p>`).join('\n');

describe('cloneDocument: the copy of a very wide page', () => {
  const comments = Array.from(
    { length: WIDE + 200 },
    (_, i) => `<div class="comment"><p>${prose(12, i)}</p> <a href="/u/${i}">reply</a></div>`,
  ).join('\n');
  const html = `<!doctype html><title>Wide</title><body><article><h1>Wide</h1>${story}</article>\n${comments}\n</body>`;

  it('leaves out only the whitespace between blocks in the wide element, and keeps every word', () => {
    const { document } = parseDocument(html, URL);
    const clone = cloneDocument(document);
    const body = clone.body;
    const between = Array.from(body.childNodes).filter(
      (n) => n.nodeType === 3 && n.previousSibling?.nodeType === 1 && n.nextSibling?.nodeType === 1,
    );
    expect(between).toEqual([]);
    // Inside each comment the space between the paragraph and the link is not layout: it stays.
    expect(clone.querySelector('.comment')?.childNodes[1]?.nodeValue).toBe(' ');
    // The article's own lines (not a wide element) are copied as they are.
    expect(clone.querySelector('article')?.innerHTML).toBe(document.querySelector('article')?.innerHTML);
    // textContent runs blocks together ("talks.The"); compare what each paragraph and link says, in order.
    const pieces = (d: Document) => Array.from(d.body.querySelectorAll('h1, p, a'), (el) => el.textContent);
    expect(pieces(clone)).toEqual(pieces(document));
  });

  it('groups the children of a wide plain container into divs of at most WIDE, but never a list or a table', () => {
    const items = Array.from({ length: WIDE + 5 }, (_, i) => `<li>item ${i}</li>`).join('');
    const rows = Array.from({ length: WIDE + 5 }, (_, i) => `<tr><td>row ${i}</td></tr>`).join('');
    const { document } = parseDocument(html.replace('</body>', `<ul>${items}</ul><table><tbody>${rows}</tbody></table></body>`), URL);
    const clone = cloneDocument(document);
    const groups = Array.from(clone.body.children);
    // The body's story, comments, list and table in two groups, in order; the list and the table are not regrouped.
    expect(groups.map((g) => g.localName)).toEqual(['div', 'div']);
    expect(groups[0]!.children[0]!.localName).toBe('article');
    expect(groups[0]!.children.length).toBe(WIDE);
    expect(
      Array.from(groups[1]!.children)
        .slice(-2)
        .map((el) => el.localName),
    ).toEqual(['ul', 'table']);
    expect(clone.querySelectorAll('.comment').length).toBe(WIDE + 200);
    expect(clone.querySelector('ul')!.children.length).toBe(WIDE + 5);
    expect(clone.querySelector('tbody')!.children.length).toBe(WIDE + 5);
  });

  it('gives the same article as the page itself', () => {
    const { document, window } = parseDocument(html, URL);
    const result = extractArticle(document, {
      url: URL,
      sanitize: { mode: 'in-place', inPlace: createSanitizer(window as never, URL).inPlace },
    });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.article.text).toContain(prose(50, 7));
    expect(result.article.text).not.toContain('reply');
  });
});

describe('cloneDocument: a page of bare spans', () => {
  const para = (i: number) =>
    `<p>${prose(30, i)
      .split(' ')
      .map((w) => `<span>${w}</span>`)
      .join(' ')} <span class="note" lang="fr">merci</span></p>`;

  it('unwraps spans without attributes once there are more than BARE_SPANS, keeping text, order and the spans that carry something', () => {
    const n = Math.ceil(BARE_SPANS / 30) + 2;
    const { document } = parseDocument(
      `<!doctype html><title>Spans</title><body><article>${Array.from({ length: n }, (_, i) => para(i)).join('')}</article></body>`,
      URL,
    );
    const clone = cloneDocument(document);
    expect(clone.querySelectorAll('span:not([class])').length).toBe(0);
    expect(clone.querySelectorAll('span.note[lang="fr"]').length).toBe(n);
    expect(clone.body.textContent).toBe(document.body.textContent);
    // Unwrapped runs of text are merged, as the parser would have made them: one text node before the kept span.
    expect(clone.querySelector('p')?.childNodes.length).toBe(2);
  });

  it('copies a page with a few bare spans exactly', () => {
    const { document } = parseDocument(`<!doctype html><title>Spans</title><body><article>${para(0)}${para(1)}</article></body>`, URL);
    expect(cloneDocument(document).documentElement.outerHTML).toBe(document.documentElement.outerHTML);
  });
});

describe('cloneDocument: visit', () => {
  // Elements of the copy that was returned; a native copy measured and then given up (too deep) may have been visited too, unseen.
  const visits = (html: string) => {
    const { document } = parseDocument(html, URL);
    const seen: Element[] = [];
    const clone = cloneDocument(document, undefined, (el) => {
      seen.push(el);
    });
    const inCopy = Array.from(clone.body.querySelectorAll('*'));
    return { inCopy, seen: seen.filter((el) => el.ownerDocument === clone) };
  };

  it("runs once on every element inside the copy's body, in order, and on nothing in the head", () => {
    const { inCopy, seen } = visits(
      `<!doctype html><title>T</title><meta name="x"><body>${story}<div><img src="/a.jpg"><span class="c">x</span></div></body>`,
    );
    expect(seen).toEqual(inCopy);
    expect(seen.map((el) => el.localName)).not.toContain('title');
  });

  it('also on the careful copy of a page too deep for the native one', () => {
    const { inCopy, seen } = visits(`<!doctype html><title>T</title><body>${'<div>'.repeat(400)}${story}${'</div>'.repeat(400)}</body>`);
    expect(seen).toEqual(inCopy);
    // Below MAX_NESTING the paragraphs are unwrapped (their text kept): what is left is the divs.
    expect(seen.length).toBeGreaterThan(200);
  });
});
