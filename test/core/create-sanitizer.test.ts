import { describe, expect, it } from 'vitest';
import { createSanitizer } from '../../src/core/sanitize/create-sanitizer';
import { parseDocument } from '../../src/node/parse-document';

const { window } = parseDocument('<!doctype html><html><body></body></html>', 'https://news.example/2024/story/');
const sanitizer = createSanitizer(window as never, 'https://news.example/2024/story/');

const VECTORS = [
    '<img src=x onerror="fetch(\'http://127.0.0.1:9/x\')">',
    '<script>fetch("http://127.0.0.1:9/x")</script>',
    '<a href="javascript:alert(1)">x</a>',
    '<a href="  JaVaScRiPt:alert(1)">x</a>',
    '<a href="vbscript:msgbox(1)">x</a>',
    '<a href="data:text/html,<script>alert(1)</script>">x</a>',
    '<iframe srcdoc="<script>alert(1)</script>"></iframe>',
    '<svg><script>alert(1)</script></svg>',
    '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>',
    '<form action="javascript:alert(1)"><button>x</button></form>',
    '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">',
    '<base href="javascript:alert(1)//">',
    '<div style="background:url(http://127.0.0.1:9/x)">x</div>',
    '<style>@import "http://127.0.0.1:9/x";</style>',
    '<object data="http://127.0.0.1:9/x"></object>',
    '<img src="x" id="view" name="open-tab">',
    '<noscript><p title="</noscript><img src=x onerror=alert(1)>"></noscript>',
];

/** A div holding html, as the page's parser built it (the article is DOM when the pipeline sanitizes it). */
function parsedDiv(html: string): Element {
  const { document } = parseDocument(`<!doctype html><html><body><div id="root">${html}</div></body></html>`, 'https://news.example/2024/story/');
  return document.getElementById('root')!;
}

describe('createSanitizer', () => {
  it.each(VECTORS)('neutralises %s', (html) => {
    const out = sanitizer.toHtml(html);
    expect(out).not.toMatch(/<script|onerror|javascript:|vbscript:|<iframe|<svg|<style|<form|<meta|<base|<object|style=|id=|name=|data:text/i);
    const fragment = sanitizer.toFragment(html);
    expect(fragment.querySelector('script, iframe, style, form, meta, base, object, [onerror], [style]')).toBeNull();
  });

  it.each(VECTORS)('neutralises in place (toHtml.element): %s', (html) => {
    const root = parsedDiv(html);
    sanitizer.toHtml.element(root);
    expect(root.innerHTML).not.toMatch(/<script|onerror|javascript:|vbscript:|<iframe|<svg|<style|<form|<meta|<base|<object|style=|id=|name=|data:text/i);
    expect(root.querySelector('script, iframe, style, form, meta, base, object, svg, math, [onerror], [style], [id]')).toBeNull();
    // Parsed again, the result stays clean: no mutation XSS through the serialization.
    const again = parsedDiv(root.innerHTML);
    expect(again.querySelector('script, iframe, style, form, meta, base, object, svg, math, [onerror], [style]')).toBeNull();
    expect(sanitizer.toHtml(root.innerHTML)).toBe(root.innerHTML);
  });

  it('in place, applies the same link and picture rules as toHtml', () => {
    const html = '<p><a href="/world/">World</a> <a href="#note-1">1</a></p><figure><img src="pic.jpg" srcset="pic-2x.jpg 2x" data-src="x.jpg"></figure>';
    const root = parsedDiv(html);
    sanitizer.toHtml.element(root);
    expect(root.innerHTML).toBe(sanitizer.toHtml(html));
    expect(root.querySelector('a')?.getAttribute('rel')).toBe('noopener noreferrer');
  });

  it('refuses a root it may not keep, rather than return it unclean', () => {
    const { document } = parseDocument('<!doctype html><html><body><form id="f"><img src=x onerror=alert(1)></form></body></html>');
    const form = document.getElementById('f')!;
    expect(() => sanitizer.toHtml.element(form)).toThrow();
    expect(form.querySelector('[onerror]')).toBeNull();
  });

  it('makes links absolute and opens them in a new tab without an opener', () => {
    const out = sanitizer.toFragment('<p><a href="/world/">World</a> <a href="#note-1">1</a></p>');
    const [world, note] = Array.from(out.querySelectorAll('a'));
    expect(world?.getAttribute('href')).toBe('https://news.example/world/');
    expect(world?.getAttribute('target')).toBe('_blank');
    expect(world?.getAttribute('rel')).toBe('noopener noreferrer');
    expect(note?.getAttribute('href')).toBe('#note-1');
    expect(note?.hasAttribute('target')).toBe(false);
  });

  it('keeps a link address on links only (fuzz case: href on a <div>)', () => {
    const out = sanitizer.toFragment('<div href="#">x</div><dt href="#|ACd">y</dt><a href="#n">z</a>');
    expect(out.querySelector('div')?.hasAttribute('href')).toBe(false);
    expect(out.querySelector('dt')?.hasAttribute('href')).toBe(false);
    expect(out.querySelector('a')?.getAttribute('href')).toBe('#n');
  });

  it('keeps what a reader needs: pictures, captions, tables, quotes, lists', () => {
    const html = '<figure><img src="pic.jpg" srcset="pic-2x.jpg 2x" alt="A"><figcaption>Cap</figcaption></figure><table><tr><td>1</td></tr></table><blockquote>q</blockquote><ul><li>i</li></ul>';
    const out = sanitizer.toFragment(html);
    expect(out.querySelector('img')?.getAttribute('src')).toBe('https://news.example/2024/story/pic.jpg');
    expect(out.querySelector('img')?.getAttribute('srcset')).toBe('https://news.example/2024/story/pic-2x.jpg 2x');
    expect(out.querySelector('figcaption')?.textContent).toBe('Cap');
    expect(out.querySelectorAll('table, blockquote, ul').length).toBe(3);
  });
});
