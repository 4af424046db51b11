/** The auto-reader script's one call: it reaches the background through the genuine API, and never throws where a page hid or faked it. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { sendToBackground } from '../../src/platform/content-runtime';

const g = globalThis as { chrome?: unknown; browser?: unknown };
afterEach(() => {
  delete g.chrome;
  delete g.browser;
});

const payload = { url: 'https://news.example/a', navigation: 'navigate' as const, paywalled: false, articleSignals: true };

describe('sendToBackground', () => {
  it('sends a typed message through chrome.runtime and gives its answer', async () => {
    const sendMessage = vi.fn(async () => 'ok');
    g.chrome = { runtime: { id: 'ext', sendMessage } };
    expect(await sendToBackground('auto:candidate', payload)).toBe('ok');
    expect(sendMessage).toHaveBeenCalledWith({ type: 'auto:candidate', payload });
  });

  it("uses Firefox's browser.runtime when chrome is not the genuine object", async () => {
    const sendMessage = vi.fn(async () => 'from firefox');
    g.chrome = { runtime: { id: 'ext', sendMessage: document() } };
    g.browser = { runtime: { id: 'ext', sendMessage } };
    expect(await sendToBackground('auto:candidate', payload)).toBe('from firefox');
  });

  it('answers undefined where a page clobbered both globals with elements', async () => {
    g.chrome = { runtime: document() };
    g.browser = document();
    expect(await sendToBackground('auto:candidate', payload)).toBeUndefined();
  });

  it('answers undefined for a frame that throws on access, a send that throws, rejects or returns no promise', async () => {
    g.chrome = new Proxy(
      {},
      {
        get: () => {
          throw new Error('cross-origin');
        },
      },
    );
    expect(await sendToBackground('auto:candidate', payload)).toBeUndefined();
    for (const sendMessage of [
      () => {
        throw new Error('context invalidated');
      },
      async () => Promise.reject(new Error('no receiver')),
      () => 42,
    ]) {
      g.chrome = { runtime: { id: 'ext', sendMessage } };
      expect(await sendToBackground('auto:candidate', payload)).toBeUndefined();
    }
  });
});

/** What a page's `<form id="chrome"><input name="runtime">` makes: an object where a function should be. */
function document(): object {
  return { tagName: 'INPUT', id: 'x' };
}
