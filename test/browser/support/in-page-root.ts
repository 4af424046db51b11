/**
 * Runs a function on the in-page reader's closed shadow root, from outside
 * it, the same two ways describe-reader.ts reads it: Firefox from the
 * extension's isolated world (openOrClosedShadowRoot), Chromium through
 * DevTools. The function travels as source text: it must be self-contained.
 */
import type { Page } from 'puppeteer-core';

type DomNode = { localName?: string; backendNodeId: number; children?: DomNode[]; shadowRoots?: DomNode[] };

export async function onReaderRoot<T>(control: Page, tabId: number, tab: Page, fn: (root: ShadowRoot) => T): Promise<T | null> {
  if ((await control.browser().version()).toLowerCase().includes('firefox')) {
    const code = `(async () => {
      const g = globalThis;
      const [frame] = await (g.browser ?? g.chrome).scripting.executeScript({
        target: { tabId: ${JSON.stringify(tabId)}, frameIds: [0] },
        func: () => {
          const host = document.querySelector('article-cleaner-reader');
          const root = host ? host.openOrClosedShadowRoot : null;
          return root ? (${fn.toString()})(root) : null;
        },
      });
      return frame?.result ?? null;
    })()`;
    return (await control.evaluate(code)) as T | null;
  }
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
    const shadow = find(root)?.shadowRoots?.[0];
    if (!shadow) return null;
    const { object } = (await cdp.send('DOM.resolveNode', { backendNodeId: shadow.backendNodeId })) as { object: { objectId: string } };
    const { result } = (await cdp.send('Runtime.callFunctionOn', {
      objectId: object.objectId,
      functionDeclaration: `function () { return (${fn.toString()})(this); }`,
      returnByValue: true,
    })) as { result: { value: T } };
    return result.value;
  } finally {
    await cdp.detach().catch(() => undefined);
  }
}

/** Injects the in-page reader into the tab and toggles it, the two steps the shortcut's command runs. */
export async function toggleInPageReader(control: Page, tabId: number): Promise<unknown> {
  return control.evaluate(async (id: number) => {
    type Api = { scripting: { executeScript(o: object): Promise<Array<{ result?: unknown }>> } };
    const g = globalThis as unknown as { browser?: Api; chrome?: Api };
    const api = (g.browser ?? g.chrome)!;
    await api.scripting.executeScript({ target: { tabId: id, frameIds: [0] }, files: ['/content/in-page-reader.js'] });
    const [frame] = await api.scripting.executeScript({
      target: { tabId: id, frameIds: [0] },
      func: () => (globalThis as unknown as { __articleCleanerReader: { toggle(): Promise<string> } }).__articleCleanerReader.toggle(),
    });
    return frame?.result;
  }, tabId);
}

/** The extension's id for the tab showing this address. */
export async function tabIdFor(control: Page, url: string): Promise<number> {
  return control.evaluate(async (u: string) => {
    type Api = { tabs: { query(q: object): Promise<Array<{ id?: number; url?: string }>> } };
    const g = globalThis as unknown as { browser?: Api; chrome?: Api };
    return (await (g.browser ?? g.chrome)!.tabs.query({})).find((t) => t.url === u)?.id ?? -1;
  }, url);
}
