/**
 * What the in-page reader shows, read from outside it: the reader's root is
 * closed to the page, and the production build carries no hook to open it.
 * Firefox: from the extension's isolated world, where content scripts may
 * open any shadow root (Element.openOrClosedShadowRoot). Chromium: through
 * DevTools, which sees closed roots (DOM.getDocument with pierce); its
 * content scripts' chrome.dom.openOrClosedShadowRoot is out of reach on a
 * page that names a frame "chrome" (a window's child frames come before its
 * own properties, in every world).
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

/** The description of a reader's root; self-contained, since it travels as source text. */
function describeRoot(shadow: ShadowRoot | null, host: Element | null): ShownReader {
  const scroller = shadow?.querySelector<HTMLElement>('.scroller') ?? null;
  const body = shadow?.querySelector('.reader-body');
  const active = Array.from(body?.querySelectorAll('*') ?? []).flatMap((el) => [
    ...(/^(script|style|link|meta|base|iframe|frame|object|embed|form|svg|math|template)$/.test(el.localName) ? [el.localName] : []),
    ...Array.from(el.attributes)
      .filter((a) => /^on|^style$|^srcdoc$/i.test(a.name) || /^\s*(javascript|vbscript|data:text)/i.test(a.value))
      .map((a) => `${el.localName}[${a.name}]`),
  ]);
  return {
    open: !!host?.isConnected,
    theme: scroller?.dataset.theme ?? null,
    title: shadow?.querySelector('.reader-title')?.textContent ?? null,
    text: body?.textContent ?? '',
    controls: Array.from(shadow?.querySelectorAll('.bar button') ?? []).map((b) => b.getAttribute('aria-label') ?? b.textContent ?? ''),
    // Where each visible button of ours is, and whether it is what a click there would hit (nothing of the page's on top).
    // A button scrolled out of its panel (the figures list, the story) is laid out but not where a reader can click it:
    // only buttons whose centre is inside the window and every clipping box around them count.
    buttons: Array.from(shadow?.querySelectorAll<HTMLElement>('button') ?? [])
      .filter((b) => {
        if (b.getClientRects().length === 0) return false;
        // Firefox keeps boxes for what a closed <details> hides (content-visibility: hidden): not on screen either.
        const open = b.closest('details');
        if (open && !open.open && !b.closest('summary')) return false;
        const r = b.getBoundingClientRect();
        const x = r.left + r.width / 2;
        const y = r.top + r.height / 2;
        if (x < 0 || y < 0 || x >= innerWidth || y >= innerHeight) return false;
        for (let box = b.parentElement; box; box = box.parentElement) {
          if (getComputedStyle(box).overflow === 'visible') continue;
          const c = box.getBoundingClientRect();
          if (x < c.left || x >= c.right || y < c.top || y >= c.bottom) return false;
        }
        return true;
      })
      .map((b) => {
        const r = b.getBoundingClientRect();
        const x = r.left + r.width / 2;
        const y = r.top + r.height / 2;
        const hit = shadow?.elementFromPoint(x, y) ?? null;
        return {
          name: b.className,
          label: b.getAttribute('aria-label') ?? b.textContent ?? '',
          x,
          y,
          onTop: hit !== null && b.contains(hit),
        };
      }),
    status: shadow?.querySelector('.toolbar-status')?.textContent ?? '',
    active,
  };
}

type DomNode = { localName?: string; backendNodeId: number; children?: DomNode[]; shadowRoots?: DomNode[]; contentDocument?: DomNode };

/** Chromium: the reader's closed root through DevTools, described in the page. */
async function describeThroughDevTools(tab: Page): Promise<ShownReader | null> {
  const cdp = await tab.createCDPSession();
  try {
    const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: DomNode };
    const find = (n: DomNode): DomNode | null => {
      if (n.localName === 'article-cleaner-reader') return n;
      for (const c of n.children ?? []) {
        const f = find(c);
        if (f) return f;
      }
      return null;
    };
    const host = find(root);
    const target = host?.shadowRoots?.[0] ?? host;
    if (!target) return emptyReader();
    const { object } = (await cdp.send('DOM.resolveNode', { backendNodeId: target.backendNodeId })) as { object: { objectId: string } };
    const { result } = (await cdp.send('Runtime.callFunctionOn', {
      objectId: object.objectId,
      functionDeclaration: `function () { const describeRoot = ${describeRoot.toString()}; return this.host ? describeRoot(this, this.host) : describeRoot(null, this); }`,
      returnByValue: true,
    })) as { result: { value: ShownReader } };
    return result.value;
  } finally {
    await cdp.detach().catch(() => undefined);
  }
}

function emptyReader(): ShownReader {
  return { open: false, theme: null, title: null, text: '', controls: [], buttons: [], status: '', active: [] };
}

/** `tab` is the page the reader is in (Chromium reads it through DevTools); Firefox reads it from the isolated world. */
export async function describeReader(control: Page, tabId: number, tab: Page): Promise<ShownReader | null> {
  if (!(await control.browser().version()).toLowerCase().includes('firefox')) return describeThroughDevTools(tab);
  // The function the extension runs in the tab is written out here, describeRoot's source inside it.
  const code = `(async () => {
    const g = globalThis;
    const [frame] = await (g.browser ?? g.chrome).scripting.executeScript({
      target: { tabId: ${JSON.stringify(tabId)}, frameIds: [0] },
      func: () => {
        const describeRoot = ${describeRoot.toString()};
        const host = document.querySelector('article-cleaner-reader');
        const shadow = host ? (host.openOrClosedShadowRoot ?? null) : null;
        return describeRoot(shadow, host);
      },
    });
    return frame?.result ?? null;
  })()`;
  return (await control.evaluate(code)) as ShownReader | null;
}

/**
 * Runs `fn` (the source of a function of the reader's shadow root, whose result is JSON) inside the
 * in-page reader, by the same two ways in as describeReader: DevTools in Chromium, the isolated world in Firefox.
 */
export async function runInReader<T>(control: Page, tabId: number, tab: Page, fn: string): Promise<T | null> {
  if (!(await control.browser().version()).toLowerCase().includes('firefox')) {
    const cdp = await tab.createCDPSession();
    try {
      const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: DomNode };
      const find = (n: DomNode): DomNode | null =>
        n.localName === 'article-cleaner-reader' ? n : ((n.children ?? []).map(find).find((x) => x) ?? null);
      const shadow = find(root)?.shadowRoots?.[0];
      if (!shadow) return null;
      const { object } = (await cdp.send('DOM.resolveNode', { backendNodeId: shadow.backendNodeId })) as { object: { objectId: string } };
      const { result } = (await cdp.send('Runtime.callFunctionOn', {
        objectId: object.objectId,
        functionDeclaration: `function () { return (${fn})(this); }`,
        returnByValue: true,
        awaitPromise: true,
      })) as { result: { value: T } };
      return result.value;
    } finally {
      await cdp.detach().catch(() => undefined);
    }
  }
  const code = `(async () => {
    const g = globalThis;
    const [frame] = await (g.browser ?? g.chrome).scripting.executeScript({
      target: { tabId: ${JSON.stringify(tabId)}, frameIds: [0] },
      func: () => {
        const host = document.querySelector('article-cleaner-reader');
        const shadow = host ? (host.openOrClosedShadowRoot ?? null) : null;
        return shadow ? (${fn})(shadow) : null;
      },
    });
    return frame?.result ?? null;
  })()`;
  return (await control.evaluate(code)) as T | null;
}
