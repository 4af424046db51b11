/**
 * What the in-page reader shows, read from the extension's isolated world:
 * the reader's root is closed to the page, and the production build carries
 * no hook to open it. Content scripts may open any shadow root of their
 * page's elements (chrome.dom.openOrClosedShadowRoot in Chromium,
 * Element.openOrClosedShadowRoot in Firefox), and this runs as one.
 */
import type { Page } from 'puppeteer-core';

export type ShownButton = { name: string; label: string; x: number; y: number; onTop: boolean };
export interface ShownReader {
  open: boolean;
  theme: string | null;
  title: string | null;
  text: string;
  controls: string[];
  buttons: ShownButton[];
  status: string;
  /** Anything in the shown article that could run, load a frame or restyle the reader: there must be none. */
  active: string[];
}

type Api = { scripting: { executeScript(o: object): Promise<Array<{ result?: unknown }>> } };

export async function describeReader(control: Page, tabId: number): Promise<ShownReader | null> {
  return control.evaluate(async (id: number) => {
    // Runs in the tab's isolated world: self-contained, the browser sends its source.
    const describeInTab = (): ShownReader => {
      const host = document.querySelector('article-cleaner-reader');
      type Dom = { openOrClosedShadowRoot?(el: Element): ShadowRoot | null };
      // A frame the page named "chrome" shadows the global of that name in every world (a window's
      // child frames come before its own properties): its name is lifted while the API is looked up.
      const chromeDom = (): Dom | undefined => {
        const named = Array.from(document.querySelectorAll('iframe[name="chrome" i], frame[name="chrome" i]'));
        named.forEach((f) => f.removeAttribute('name'));
        try {
          return (globalThis as unknown as { chrome?: { dom?: Dom } }).chrome?.dom;
        } catch {
          return undefined;
        } finally {
          named.forEach((f) => f.setAttribute('name', 'chrome'));
        }
      };
      const shadow = !host ? null
        : (host as unknown as { openOrClosedShadowRoot?: ShadowRoot | null }).openOrClosedShadowRoot
          ?? chromeDom()?.openOrClosedShadowRoot?.(host) ?? null;
      const scroller = shadow?.querySelector<HTMLElement>('.scroller') ?? null;
      const body = shadow?.querySelector('.reader-body');
      const active = Array.from(body?.querySelectorAll('*') ?? []).flatMap((el) => [
        ...(/^(script|style|link|meta|base|iframe|frame|object|embed|form|svg|math|template)$/.test(el.localName) ? [el.localName] : []),
        ...Array.from(el.attributes).filter((a) => /^on|^style$|^srcdoc$/i.test(a.name) || /^\s*(javascript|vbscript|data:text)/i.test(a.value)).map((a) => `${el.localName}[${a.name}]`),
      ]);
      return {
        open: !!host?.isConnected,
        theme: scroller?.dataset.theme ?? null,
        title: shadow?.querySelector('.reader-title')?.textContent ?? null,
        text: body?.textContent ?? '',
        controls: Array.from(shadow?.querySelectorAll('.bar button') ?? []).map((b) => b.getAttribute('aria-label') ?? b.textContent ?? ''),
        // Where each visible button of ours is, and whether it is what a click there would hit (nothing of the page's on top).
        buttons: Array.from(shadow?.querySelectorAll<HTMLElement>('button') ?? []).filter((b) => b.getClientRects().length > 0).map((b) => {
          const r = b.getBoundingClientRect();
          const x = r.left + r.width / 2;
          const y = r.top + r.height / 2;
          const hit = shadow?.elementFromPoint(x, y) ?? null;
          return { name: b.className, label: b.getAttribute('aria-label') ?? b.textContent ?? '', x, y, onTop: hit !== null && b.contains(hit) };
        }),
        status: shadow?.querySelector('.toolbar-status')?.textContent ?? '',
        active,
      };
    };
    const g = globalThis as unknown as { browser?: Api; chrome?: Api };
    const [frame] = await (g.browser ?? g.chrome)!.scripting.executeScript({ target: { tabId: id, frameIds: [0] }, func: describeInTab });
    return (frame?.result ?? null) as ShownReader | null;
  }, tabId);
}
