import { describe, expect, it } from 'vitest';
import { createSanitizer } from '../../src/core/sanitize/create-sanitizer';
import { parseDocument } from '../../src/node/parse-document';

const { window } = parseDocument('<!doctype html><html><body></body></html>', 'https://news.example/2024/story/');
const sanitizer = createSanitizer(window as never, 'https://news.example/2024/story/');

describe('createSanitizer', () => {
  it.each([
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
  ])('neutralises %s', (html) => {
    const out = sanitizer.toHtml(html);
    expect(out).not.toMatch(/<script|onerror|javascript:|vbscript:|<iframe|<svg|<style|<form|<meta|<base|<object|style=|id=|name=|data:text/i);
    const fragment = sanitizer.toFragment(html);
    expect(fragment.querySelector('script, iframe, style, form, meta, base, object, [onerror], [style]')).toBeNull();
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

  it('keeps what a reader needs: pictures, captions, tables, quotes, lists', () => {
    const html = '<figure><img src="pic.jpg" srcset="pic-2x.jpg 2x" alt="A"><figcaption>Cap</figcaption></figure><table><tr><td>1</td></tr></table><blockquote>q</blockquote><ul><li>i</li></ul>';
    const out = sanitizer.toFragment(html);
    expect(out.querySelector('img')?.getAttribute('src')).toBe('https://news.example/2024/story/pic.jpg');
    expect(out.querySelector('img')?.getAttribute('srcset')).toBe('https://news.example/2024/story/pic-2x.jpg 2x');
    expect(out.querySelector('figcaption')?.textContent).toBe('Cap');
    expect(out.querySelectorAll('table, blockquote, ul').length).toBe(3);
  });
});
