import { describe, expect, it } from 'vitest';
import { cutAtBlock, parseSnapshot } from '../../../src/core/snapshot/parse-snapshot';

const snapshot = {
  nonce: 'n1',
  url: 'https://news.example/story',
  baseUrl: 'https://news.example/',
  html: '<p>x</p>',
  lang: 'en',
  dir: 'ltr',
  truncated: false,
};

describe('parseSnapshot', () => {
  it('accepts the snapshot it asked for, from the top frame', () => {
    expect(parseSnapshot({ ok: true, snapshot }, 'n1', { frameId: 0 })).toEqual({ ok: true, cutOnArrival: false, snapshot });
  });

  it('refuses an answer that carries another nonce or comes from a frame inside the page, with a message', () => {
    for (const [value, origin] of [
      [{ ok: true, snapshot: { ...snapshot, nonce: 'other' } }, { frameId: 0 }],
      [{ ok: true, snapshot }, { frameId: 3 }],
      [{ ok: false, nonce: 'x', reason: 'loading', message: '' }, {}],
    ] as const) {
      const r = parseSnapshot(value, 'n1', origin);
      expect(r.ok).toBe(false);
      if (!r.ok) {
        expect(r.reason).toBe('error');
        expect(r.message.length).toBeGreaterThan(10);
      }
    }
  });

  it('turns a malformed answer into an error the reader can show', () => {
    for (const bad of [
      null,
      7,
      'x',
      {},
      { ok: true },
      { ok: true, snapshot: { ...snapshot, html: 5 } },
      { ok: true, snapshot: { ...snapshot, url: 'javascript:alert(1)' } },
      { ok: true, snapshot: { ...snapshot, url: 'chrome://settings' } },
    ]) {
      const r = parseSnapshot(bad, 'n1');
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.reason).toBe('error');
    }
  });

  it("keeps the page's own refusals (still loading, not HTML), and nothing else as a reason", () => {
    expect(parseSnapshot({ ok: false, nonce: 'n1', reason: 'loading', message: 'm' }, 'n1')).toEqual({
      ok: false,
      reason: 'loading',
      message: 'm',
    });
    expect(parseSnapshot({ ok: false, nonce: 'n1', reason: 'restricted', message: 5 }, 'n1')).toEqual({
      ok: false,
      reason: 'error',
      message: '',
    });
  });

  it('drops a lang that is not a language tag and a dir that is not ltr/rtl', () => {
    const r = parseSnapshot({ ok: true, snapshot: { ...snapshot, lang: 'en" onload="x', dir: 'up' } }, 'n1');
    expect(r.ok && r.snapshot.lang).toBeNull();
    expect(r.ok && r.snapshot.dir).toBeNull();
  });

  it('cuts a snapshot over the cap at its last block boundary and says so', () => {
    const html = `<body>${'<p>A paragraph of the story.</p>'.repeat(100)}</body>`;
    const r = parseSnapshot({ ok: true, snapshot: { ...snapshot, html } }, 'n1', {}, 1000);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.cutOnArrival).toBe(true);
    expect(r.snapshot.truncated).toBe(true);
    expect(r.snapshot.html.length).toBeLessThanOrEqual(1000);
    expect(r.snapshot.html.endsWith('</p>')).toBe(true);
  });
});

describe('a snapshot handed over in parts', () => {
  it('is refused when a part was lost on the way', () => {
    const r = parseSnapshot({ ok: true, total: 5000, snapshot }, 'n1');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toMatch(/incomplete/);
    expect(parseSnapshot({ ok: true, total: snapshot.html.length, snapshot }, 'n1').ok).toBe(true);
  });
});

describe('cutAtBlock', () => {
  it('never cuts a tag in two, even with no block in reach', () => {
    const cut = cutAtBlock('<span class="a">words words</span><span class="b">more</span>', 40);
    expect(cut).toBe('<span class="a">words words</span>');
  });
});

describe('parseInertDocument', () => {
  it("takes away the names the page gave its elements after the document's own methods", async () => {
    const { parseInertDocument } = await import('../../../src/core/sanitize/parse-inert-document');
    const { parseDocument } = await import('../../../src/node/parse-document');
    const { window } = parseDocument('<!doctype html><body></body>');
    const doc = parseInertDocument(
      '<body><img name="createElement" src="x.png"><form name="querySelector"></form><object id="body"></object><p>text</p></body>',
      { url: 'https://a.example/', baseUrl: 'https://a.example/' },
      window as never,
    );
    expect(typeof doc.createElement).toBe('function');
    expect(typeof doc.querySelector).toBe('function');
    expect(doc.createElement('p').localName).toBe('p');
    expect(doc.querySelector('img')?.getAttribute('src')).toBe('x.png');
  });
});

describe('parseSnapshot and the selection', () => {
  const base = {
    nonce: 'n1',
    url: 'https://news.example/story',
    baseUrl: 'https://news.example/',
    html: '<p>x</p>',
    lang: 'en',
    dir: 'ltr',
    truncated: false,
  };

  it('carries the selection the page sent, as a string only', () => {
    const ok = parseSnapshot({ ok: true, snapshot: { ...base, selection: '<p>chosen</p>' } }, 'n1');
    expect(ok.ok && ok.snapshot.selection).toBe('<p>chosen</p>');
    for (const selection of [42, { html: 'x' }, '', 'x'.repeat(300 * 1024)]) {
      const other = parseSnapshot({ ok: true, snapshot: { ...base, selection } }, 'n1');
      expect(other.ok && other.snapshot.selection).toBeUndefined();
    }
  });
});
