import { describe, expect, it } from 'vitest';
import { serializeDocument } from '../../../src/core/snapshot/serialize-document';
import { parseDocument } from '../../../src/node/parse-document';

const instant = { pause: () => Promise.resolve() };

describe('serializeDocument', () => {
  it('writes the page as it is now: attributes, hidden and inline style, entities, JSON-LD, no scripts or styles or comments', async () => {
    const { document } = parseDocument(`<!doctype html><html lang="fr" dir="ltr"><head><title>A &amp; B</title>
      <script>window.evil = 1</script><script type="application/ld+json">{"@type":"NewsArticle","headline":"a < b"}</script>
      <style>p { color: red }</style><link rel="stylesheet" href="/x.css"><base href="https://other.example/"></head>
      <body><!-- a comment --><p id="a" title='say "hi"'>x &lt; y &amp; z&nbsp;w</p><div hidden>gone</div><template><p>never shown</p></template></body></html>`);
    document.getElementById('a')!.setAttribute('style', 'color: blue');
    const { html, truncated } = await serializeDocument(document, { maxChars: 1e6, ...instant });
    expect(truncated).toBe(false);
    expect(html.startsWith('<!DOCTYPE html><html lang="fr" dir="ltr">')).toBe(true);
    expect(html).toContain('<p id="a" title="say &quot;hi&quot;" style="color: blue">x &lt; y &amp; z&nbsp;w</p>');
    expect(html).toContain('<div hidden="">gone</div>');
    expect(html).toContain('{"@type":"NewsArticle","headline":"a < b"}');
    expect(html).toContain('<title>A &amp; B</title>');
    // prettier-ignore
    for (const gone of ['window.evil', 'color: red', 'x.css', 'a comment', 'never shown', 'other.example']) expect(html).not.toContain(gone);
  });

  it('flattens open shadow roots in as the page shows them, slots filled with what is assigned to them', async () => {
    const { document } = parseDocument(
      '<!doctype html><body><story-card><span slot="who">Ada Lovelace</span><p>Light paragraph.</p></story-card></body>',
    );
    const host = document.querySelector('story-card')!;
    const root = host.attachShadow({ mode: 'open' });
    const h2 = root.appendChild(document.createElement('h2'));
    h2.textContent = 'Shadow headline';
    const who = root.appendChild(document.createElement('slot'));
    who.setAttribute('name', 'who');
    root.appendChild(document.createElement('slot'));
    const { html } = await serializeDocument(document, { maxChars: 1e6, ...instant });
    expect(html).toContain(
      '<story-card><h2>Shadow headline</h2><slot name="who"><span slot="who">Ada Lovelace</span></slot><slot><p>Light paragraph.</p></slot></story-card>',
    );
  });

  it('stops past the cap at a block boundary and closes what is open, never mid-tag', async () => {
    const paragraphs = Array.from({ length: 200 }, (_, i) => `<p>Paragraph ${i} with some words in it.</p>`).join('');
    const { document } = parseDocument(`<!doctype html><body><main><article>${paragraphs}</article></main></body>`);
    const { html, truncated } = await serializeDocument(document, { maxChars: 2000, ...instant });
    expect(truncated).toBe(true);
    expect(html.length).toBeLessThan(2200);
    expect(html.endsWith('</p></article></main></body></html>')).toBe(true);
    expect(html).toContain('Paragraph 0 ');
    expect(html).not.toContain('Paragraph 199');
  });

  it('cuts a single paragraph longer than the cap at a space, still well formed', async () => {
    const { document } = parseDocument(`<!doctype html><body><p>${'word '.repeat(10_000)}</p></body>`);
    const { html, truncated } = await serializeDocument(document, { maxChars: 5000, ...instant });
    expect(html.length).toBeLessThanOrEqual(5250 + 40);
    expect(html.endsWith(' </p></body></html>') || html.endsWith('word</p></body></html>')).toBe(true);
    expect(truncated).toBe(false);
  });

  it('gives the event loop back between slices no longer than asked', async () => {
    const rows = Array.from({ length: 3000 }, (_, i) => `<div><p>Row ${i}</p></div>`).join('');
    const { document } = parseDocument(`<!doctype html><body>${rows}</body>`);
    // A clock that moves 1 ms per look: a 5 ms slice must pause often, and the output is the same as without pauses.
    let t = 0;
    let pauses = 0;
    const sliced = await serializeDocument(document, {
      maxChars: 1e7,
      sliceMs: 5,
      now: () => t++,
      pause: async () => {
        pauses++;
      },
    });
    const whole = await serializeDocument(document, { maxChars: 1e7, sliceMs: 1e9, ...instant });
    expect(pauses).toBeGreaterThan(10);
    expect(sliced.html).toBe(whole.html);
  });

  it('walks a page thousands of levels deep without recursion', async () => {
    const { document } = parseDocument('<!doctype html><body></body>');
    // Built node by node: jsdom's own parser recurses at such depths.
    let leaf: Element = document.body;
    for (let i = 0; i < 3000; i++) leaf = leaf.appendChild(document.createElement('span'));
    leaf.textContent = 'deep';
    const { html } = await serializeDocument(document, { maxChars: 1e7, ...instant });
    expect(html).toContain(`${'<span>'.repeat(3000)}deep${'</span>'.repeat(3000)}`);
  });
});
