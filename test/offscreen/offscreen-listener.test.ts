// @vitest-environment jsdom
/**
 * Chrome's offscreen document: answers only the background (a content
 * script's message carries a tab and gets nothing), reads the snapshot it is
 * given into the sanitized article, keeps nothing, and closes itself once idle.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

type Handler = (message: unknown, sender: { id?: string; tab?: unknown }) => Promise<unknown> | undefined;
let handler: Handler | null = null;

vi.mock('../../src/platform/browser-global', () => ({
  browserApi: () => ({ runtime: { id: 'own-id' } }),
  onMessage: (h: Handler) => {
    handler = h;
  },
}));

const snapshot = {
  nonce: 'n1',
  url: 'https://news.example/2024/05/story/',
  baseUrl: 'https://news.example/2024/05/story/',
  html: `<html><head><title>Harbour reopens</title></head><body><article><h1>Harbour reopens</h1>${'<p>The harbour reopened on Monday after six weeks of repairs, the port authority said, and the first ferries left on time. </p>'.repeat(12)}<script>window.parent.pwned = 1</script></article></body></html>`,
  lang: 'en',
  dir: null,
  truncated: false,
};

describe('the offscreen reading document', () => {
  beforeEach(async () => {
    vi.useFakeTimers();
    vi.resetModules();
    handler = null;
    await import('../../src/offscreen/offscreen-listener');
  });
  afterEach(() => vi.useRealTimers());

  it('reads a snapshot the background sends into a sanitized article, and ignores content scripts and strangers', async () => {
    const message = { target: 'reader-work', type: 'read', snapshot, request: { auto: false, paywalled: false, articleSignals: false } };
    expect(handler!(message, { id: 'own-id', tab: { id: 3 } })).toBeUndefined();
    expect(handler!(message, { id: 'another-extension' })).toBeUndefined();
    expect(handler!({ type: 'read' }, { id: 'own-id' })).toBeUndefined();
    const answer = (await handler!(message, { id: 'own-id' })) as { ok: boolean; article?: { title: string; html: string } };
    expect(answer.ok).toBe(true);
    expect(answer.article!.title).toBe('Harbour reopens');
    expect(answer.article!.html).not.toMatch(/script|pwned/);
  });

  it('finishes the title block in the words it is given, and reads a selection instead when the user opened it', async () => {
    const text = { language: 'de', messages: { minutesRead: '\uE0001 Min. Lesezeit' } };
    const request = { auto: false, paywalled: false, articleSignals: false, text };
    const read = (s: object, r: object) => handler!({ target: 'reader-work', type: 'read', snapshot: s, request: r }, { id: 'own-id' });
    const answer = (await read(snapshot, request)) as { heading?: { title: string; meta: string[] }; selection?: boolean };
    expect(answer.heading).toEqual({ title: 'Harbour reopens', meta: ['1 Min. Lesezeit'] });
    expect(answer.selection).toBeUndefined();
    const chosen = { ...snapshot, selection: '<p>Only <b>this</b> sentence.</p><script>pwned()</script>' };
    const selected = (await read(chosen, request)) as { article: { html: string; text: string }; selection?: boolean };
    expect(selected.selection).toBe(true);
    expect(selected.article.text).toBe('Only this sentence.');
    expect(selected.article.html).not.toMatch(/script|pwned/);
    // The automatic reader never reads a selection.
    const auto = (await read(chosen, { ...request, auto: true, articleSignals: true })) as { selection?: boolean };
    expect(auto.selection).toBeUndefined();
  });

  it('refuses a snapshot over the size it checks, or malformed, with a message', async () => {
    const bad = { target: 'reader-work', type: 'read', snapshot: { ...snapshot, url: 'javascript:alert(1)' }, request: {} };
    expect(await handler!(bad, { id: 'own-id' })).toMatchObject({ ok: false, reason: 'error', message: expect.any(String) });
  });

  it('closes itself 30 s after its last reading, not while one is under way', async () => {
    const close = vi.spyOn(window, 'close').mockImplementation(() => undefined);
    await vi.advanceTimersByTimeAsync(10_000);
    const message = { target: 'reader-work', type: 'read', snapshot, request: {} };
    await handler!(message, { id: 'own-id' });
    await vi.advanceTimersByTimeAsync(29_000);
    expect(close).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1_500);
    expect(close).toHaveBeenCalledTimes(1);
  });
});
