import type { Page } from 'puppeteer-core';
import { pollUntil } from './driver';

/** Stores settings the way the extension does (storage.sync, key "settings"), from one of its pages. */
export async function storeSettings(page: Page, settings: Record<string, unknown>): Promise<void> {
  await page.evaluate(async (value: Record<string, unknown>) => {
    const g = globalThis as unknown as {
      browser?: { storage: { sync: { set(v: object): Promise<void> } } };
      chrome?: { storage: { sync: { set(v: object): Promise<void> } } };
    };
    await (g.browser ?? g.chrome)!.storage.sync.set({ settings: { version: 1, ...value } });
  }, settings);
}

/** Waits until <html> carries the theme (the reader applied the settings). */
export async function waitForTheme(page: Page, theme: string): Promise<void> {
  await pollUntil(() => page.evaluate((t: string) => document.documentElement.dataset.theme === t, theme), `data-theme=${theme}`, 10_000);
}

/** Computed styles a reader sees: colours, size, leading, measure, face. */
export function readerLook(page: Page): Promise<{ bg: string; fg: string; size: string; leading: string; measure: string; font: string }> {
  return page.evaluate(() => {
    const p = document.querySelector('.reader-body p') ?? document.querySelector('.reader p');
    const reader = document.querySelector('.reader');
    if (!p || !reader) throw new Error('no reader on the page');
    const ps = getComputedStyle(p);
    return {
      bg: getComputedStyle(document.body).backgroundColor,
      fg: ps.color,
      size: ps.fontSize,
      leading: ps.lineHeight,
      measure: getComputedStyle(reader).maxWidth,
      font: ps.fontFamily,
    };
  });
}

/** Records clipboard writes and <a download> clicks instead of letting them leave the page. */
export async function captureTakeAway(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as { __copied: string[]; __downloads: Array<{ name: string; href: string }>; __blobs: Map<string, Blob> };
    w.__copied = [];
    w.__downloads = [];
    // Kept to read back: the pages' CSP (connect-src 'none') refuses fetch(), blob: addresses included.
    w.__blobs = new Map();
    const createObjectURL = URL.createObjectURL.bind(URL);
    URL.createObjectURL = (blob: Blob | MediaSource) => {
      const url = createObjectURL(blob);
      if (blob instanceof Blob) w.__blobs.set(url, blob);
      return url;
    };
    const clipboard = navigator.clipboard;
    const write = clipboard.writeText.bind(clipboard);
    // The real write still happens (the status line says whether it worked); the text is kept for the test.
    clipboard.writeText = async (text: string) => {
      w.__copied.push(text);
      await write(text);
    };
    // The reader clicks its link with an event of its own; on the way down it passes here first.
    window.addEventListener(
      'click',
      (event) => {
        const link = event.target;
        if (!(link instanceof HTMLAnchorElement) || !link.download) return;
        w.__downloads.push({ name: link.download, href: link.href });
        event.preventDefault();
      },
      true,
    );
  });
}

/** The files the page offered for download, read back from their Blob URLs. */
export function downloads(page: Page): Promise<Array<{ name: string; text: string; type: string }>> {
  return page.evaluate(async () => {
    const w = window as unknown as { __downloads: Array<{ name: string; href: string }>; __blobs: Map<string, Blob> };
    return Promise.all(
      w.__downloads.map(async (d) => {
        const blob = w.__blobs.get(d.href);
        if (!blob) throw new Error(`no Blob behind ${d.href}`);
        return { name: d.name, text: await blob.text(), type: blob.type };
      }),
    );
  });
}
