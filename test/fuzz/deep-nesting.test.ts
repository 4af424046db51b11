import { describe, expect, it } from 'vitest';
import { cloneDocument, MAX_NESTING } from '../../src/core/extract/clone-document';
import { cleanHtml } from '../../src/node/clean-html';
import { parseDocument } from '../../src/node/parse-document';
import { prose } from './pathological-pages';

const story = Array.from({ length: 8 }, (_, i) => `<p>${prose(50, i)}</p>`).join('');
const nested = (depth: number, inner: string) => `${'<div>'.repeat(depth)}${inner}${'</div>'.repeat(depth)}`;

describe('deeply nested pages (regression: stack overflow in cloneNode, minutes in Readability)', () => {
  // No timing assertion (speed is bench:pathological's): the test's own deadline
  // catches the old minutes-long behaviour, with room for a loaded machine.
  it('reads a story inside 5,000 nested divs instead of throwing RangeError', { timeout: 120_000 }, () => {
    const result = cleanHtml(
      `<!doctype html><title>Deep</title><body>${nested(5_000, `<article><h1>Deep</h1>${story}</article>`)}`,
      'https://news.example/deep',
    );
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.article.text).toContain(prose(50, 7));
  });

  it('copies a normal page exactly as cloneNode does', () => {
    const { document } = parseDocument(
      `<!doctype html><html lang="en"><head><title>T</title></head><body>${nested(40, story)}<template><p>t</p></template></body></html>`,
      'https://news.example/a',
    );
    const clone = cloneDocument(document);
    expect(clone.documentElement.outerHTML).toBe(document.documentElement.outerHTML);
    expect(clone.URL).toBe('https://news.example/a');
    expect(clone).not.toBe(document);
  });

  it('keeps every word, in order, and pictures, when it flattens what is too deep', () => {
    const inner = `<p>first words</p><span><em>second</em> <img src="/deep.jpg" alt="d"></span><p>third words</p>`;
    const { document } = parseDocument(`<!doctype html><body>${nested(MAX_NESTING + 50, inner)}</body>`, 'https://news.example/b');
    const clone = cloneDocument(document);
    expect(clone.URL).toBe('https://news.example/b');
    expect(clone.body.textContent).toBe(document.body.textContent);
    expect(clone.querySelector('img')?.getAttribute('src')).toBe('/deep.jpg');
    let depth = 0;
    for (let el: Element | null = clone.querySelector('img'); el; el = el.parentElement) depth++;
    expect(depth).toBeLessThanOrEqual(MAX_NESTING + 1);
    // The live document is untouched.
    expect(document.querySelectorAll('div').length).toBe(MAX_NESTING + 50);
  });
});
