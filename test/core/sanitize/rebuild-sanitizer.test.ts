/**
 * The in-page reader's sanitizer (rebuild-sanitizer.ts) against the same
 * hostile input as DOMPurify's: nothing that could run, load a frame or
 * restyle the reader is ever made, and on what DOMPurify already cleaned
 * (what the offscreen reading sends the page) it changes nothing.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createSanitizer } from '../../../src/core/sanitize/create-sanitizer';
import { createRebuildSanitizer } from '../../../src/core/sanitize/rebuild-sanitizer';
import { parseDocument } from '../../../src/node/parse-document';
import { inspectOutput } from '../../hostile/inspect-output';
import { canaryUrl, SNIPPETS, withCanary } from '../../hostile/snippets';

const BASE = 'https://news.example/2024/story/';
const { window } = parseDocument('<!doctype html><html><body></body></html>', BASE);
const rebuild = createRebuildSanitizer(window.document as unknown as Document, BASE);
const purify = createSanitizer(window as never, BASE);
const ACTIVE =
  'script, iframe, style, form, meta, base, object, embed, svg, math, template, link, [onerror], [onclick], [style], [id], [is]';
const ORIGIN = 'http://127.0.0.1:9';

describe('createRebuildSanitizer: a hand-made hostile tree is refused', () => {
  // prettier-ignore
  const TREES = [
    '<p onclick="alert(1)">a <img src=x onerror="alert(1)"></p>',
    '<script>alert(1)</script><p>after</p>',
    '<a href="javascript:alert(1)">x</a>', '<a href=" JaVaScRiPt:alert(1)">x</a>', '<a href="java&#x09;script:alert(1)">x</a>',
    '<a href="data:text/html,<script>alert(1)</script>">x</a>', '<img src="data:image/svg+xml,<svg onload=alert(1)>">',
    '<div is="x-evil" title="t">customized</div>', '<svg><a href="javascript:alert(1)"><text>x</text></a></svg>',
    '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>', '<template><script>alert(1)</script></template>',
    '<x-widget onmouseover="alert(1)"><script>alert(1)</script>kept text</x-widget>',
    '<iframe srcdoc="<script>alert(1)</script>"></iframe>', '<object data="http://127.0.0.1:9/x"></object>',
    '<div style="background:url(http://127.0.0.1:9/x)" id="clobber" class="c" part="p" slot="s">x</div>',
    '<noscript><p title="</noscript><img src=x onerror=alert(1)>"></noscript>', '<form action="javascript:alert(1)"><button>x</button></form>',
    '<img src="/a.jpg" width="1" height="1">', '<video src="/v.mp4" autoplay loop></video>', '<p lang="javascript:alert(1)">x</p>',
  ];

  it.each(TREES)('%s', (html) => {
    const fragment = rebuild.toFragment(html);
    expect(fragment.querySelector(ACTIVE)).toBeNull();
    const out = rebuild.toHtml(html);
    expect(inspectOutput(out, []).violations).toEqual([]);
    expect(out).not.toMatch(/javascript:|\son\w+=|<script|<svg|<style|data:text|svg\+xml/i);
    // Serialized and rebuilt again it is the same: nothing changes meaning on a second parse.
    expect(rebuild.toHtml(out)).toBe(out);
  });

  it('keeps the text of elements it does not make, and drops the content of code', () => {
    const out = rebuild.toFragment('<x-widget>kept <b>bold</b></x-widget><script>gone()</script><font>also kept</font>');
    expect(out.textContent).toBe('kept boldalso kept');
    expect(out.querySelector('b')?.textContent).toBe('bold');
  });

  it('applies the link, picture and media rules of the allow list', () => {
    const out = rebuild.toFragment(
      '<p><a href="/world/">World</a> <a href="#n">1</a></p><img src="pic.jpg" srcset="p2.jpg 2x"><video src="/v.mp4" controls></video>',
    );
    const [world, note] = Array.from(out.querySelectorAll('a'));
    expect(world?.getAttribute('href')).toBe('https://news.example/world/');
    expect(world?.getAttribute('rel')).toBe('noopener noreferrer');
    expect(note?.hasAttribute('target')).toBe(false);
    expect(out.querySelector('img')?.getAttribute('src')).toBe('https://news.example/2024/story/pic.jpg');
    expect(out.querySelector('img')?.getAttribute('srcset')).toBe('https://news.example/2024/story/p2.jpg 2x');
    expect(out.querySelector('img')?.getAttribute('loading')).toBe('lazy');
    expect(out.querySelector('video')?.getAttribute('preload')).toBe('none');
  });

  // jsdom's own parser recurses over depth (it overflows past a few thousand levels); browsers cap the parsed depth.
  it('rebuilds a story 2,000 levels deep', () => {
    const html = `${'<div>'.repeat(2_000)}deep${'</div>'.repeat(2_000)}`;
    expect(rebuild.toFragment(html).textContent).toBe('deep');
  });

  it('in place, keeps only what the allow list keeps, the root too', () => {
    const { document } = parseDocument(
      '<!doctype html><body><div id="r" onclick="x()" title="t"><p onclick="y()">a</p></div></body>',
      BASE,
    );
    const root = document.getElementById('r')!;
    rebuild.inPlace(root);
    expect(root.outerHTML).toBe('<div title="t"><p>a</p></div>');
  });
});

describe('createRebuildSanitizer beside DOMPurify', () => {
  it.each(SNIPPETS.map((s) => [s.id, s] as const))('hostile snippet %s: nothing active; DOMPurify’s output unchanged', (_id, s) => {
    const raw = withCanary(s, ORIGIN);
    expect(inspectOutput(rebuild.toHtml(raw), [canaryUrl(ORIGIN, s.id)]).violations).toEqual([]);
    expect(rebuild.toFragment(raw).querySelector(ACTIVE)).toBeNull();
    const clean = purify.toHtml(raw);
    expect(rebuild.toHtml(clean)).toBe(clean);
  });

  const pages = readdirSync(join(import.meta.dirname, '../../pages'));
  it.each(pages)('golden page %s: DOMPurify’s output of its body unchanged', (page) => {
    const source = readFileSync(join(import.meta.dirname, '../../pages', page, 'source.html'), 'utf8');
    const body = /<body[^>]*>([\s\S]*)<\/body>/i.exec(source)?.[1] ?? source;
    const clean = purify.toHtml(body);
    expect(rebuild.toHtml(clean)).toBe(clean);
  });
});

describe('createRebuildSanitizer in steps (the in-page reader fills its article slice by slice)', () => {
  const doc = window.document as unknown as Document;
  /** A clock that moves one tick at each look: a step with a budget of n ticks stops after about n × 32 nodes. */
  const ticking = () => {
    let t = 0;
    return () => t++;
  };
  const inSteps = (html: string, budget: number) => {
    const target = doc.createElement('div');
    const made: string[] = [];
    const work = rebuild.inSteps(html, target, (el) => made.push(el.localName));
    const now = ticking();
    const seen: number[] = [];
    let steps = 0;
    while (!work.step(now() + budget, now)) {
      steps++;
      seen.push(target.childNodes.length);
      if (steps > 10_000) throw new Error('never done');
    }
    return { html: target.innerHTML, steps: steps + 1, made, seen };
  };

  it('builds exactly what toHtml builds, however small the steps, and each step adds to what is there', () => {
    const long = Array.from({ length: 300 }, (_, i) => `<p>Paragraph <b>${i}</b> with <a href="/x${i}">a link</a>.</p>`).join('');
    const deep = `${'<div><section>'.repeat(200)}<p>deep</p>${'</section></div>'.repeat(200)}<p>after</p>`;
    const mixed = '<p>a <custom-tag>kept <i>text</i></custom-tag> b</p><script>x()</script><ul><li>1</li><li>2</li></ul><img src="/a.png">';
    for (const html of [long, deep, mixed, purify.toHtml(withCanary(SNIPPETS[0]!, ORIGIN)), '']) {
      const whole = rebuild.toHtml(html);
      for (const budget of [1, 3, 1e9]) {
        const r = inSteps(html, budget);
        expect(r.html).toBe(whole);
        // Never fewer top-level nodes after a step than before it: the story only grows at its end.
        expect(r.seen).toEqual([...r.seen].sort((a, b) => a - b));
      }
    }
    expect(inSteps(long, 1).steps).toBeGreaterThan(20);
    expect(inSteps(long, 1e9).steps).toBe(1);
    // A block cut between two steps is completed in place: the deep one too.
    expect(inSteps(deep, 1).steps).toBeGreaterThan(5);
  });

  it('makes at most about maxNodes nodes in a step, whatever time is left, and still builds the same article', () => {
    const html = Array.from({ length: 500 }, (_, i) => `<p>Paragraph ${i}</p>`).join('');
    const target = doc.createElement('div');
    const work = rebuild.inSteps(html, target);
    const sizes: number[] = [];
    let done = false;
    while (!done) {
      const before = target.getElementsByTagName('*').length + target.textContent!.length;
      done = work.step(Infinity, () => 0, 100);
      sizes.push(target.getElementsByTagName('p').length);
      expect(target.getElementsByTagName('*').length + target.textContent!.length).toBeGreaterThan(before);
    }
    // 1,000 nodes (a paragraph and its short text each), 100 a step.
    expect(sizes.length).toBe(10);
    expect(target.innerHTML).toBe(rebuild.toHtml(html));
  });

  it('tells the caller of every element as it is made, pictures included', () => {
    const r = inSteps('<p>x <img src="/a.png"></p><figure><img src="/b.png"></figure>', 1);
    expect(r.made).toEqual(['p', 'img', 'figure', 'img']);
  });
});
