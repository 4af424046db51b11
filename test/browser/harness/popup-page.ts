import type { Page } from 'puppeteer-core';
import { pollUntil, type Driver } from './driver';

/** The few tabs calls made from extension pages, the same in both browsers. */
interface TabsApi {
  tabs: {
    query(q: object): Promise<Array<{ id?: number; url?: string }>>;
    getCurrent(): Promise<{ id?: number } | undefined>;
    setZoomSettings(id: number, s: object): Promise<void>;
    setZoom(id: number, z: number): Promise<void>;
  };
}

export interface Size {
  width: number;
  height: number;
}

/**
 * The popup's own page (popup.html?view=popup&tab=<id>) for a tab, in a tab
 * of exactly `size`, in front (a background tab in headless Chromium
 * renders no frames), and zoomed with the browser's page zoom if asked
 * (tabs.setZoom, what Ctrl + does; both browsers allow it for extension
 * pages in a tab, neither for the toolbar popup). The real toolbar popup
 * sizes itself (headless Chromium opens it at 658 × 510), so a screenshot or
 * a test at a chosen size uses this. `tab` is the tab's page or its URL.
 */
export async function openPopupPage(driver: Driver, tab: Page | string, size: Size, zoom = 1): Promise<Page> {
  // A URL instead of the tab's page: for a tab still loading, whose page Firefox's driver reports late.
  const tabUrl = typeof tab === 'string' ? tab : tab.url();
  const tabId = await pollUntil(
    () =>
      driver.control.evaluate(async (u: string) => {
        const g = globalThis as unknown as { browser?: TabsApi; chrome: TabsApi };
        return (await (g.browser ?? g.chrome).tabs.query({})).find((t) => t.url === u)?.id ?? null;
      }, tabUrl),
    'the tab id',
  );
  const page = await driver.browser.newPage();
  await page.setViewport(size);
  await page.bringToFront();
  const url = `${driver.extensionOrigin}/popup/popup.html?view=popup&tab=${tabId}`;
  // Firefox never reports extension pages as loaded to the driver: start, then poll (as the harness does).
  page.goto(url).catch(() => undefined);
  await pollUntil(() => page.evaluate((u: string) => location.href === u && document.readyState === 'complete', url), 'the popup page');
  if (zoom !== 1) {
    await page.evaluate(async (z: number) => {
      const g = globalThis as unknown as { browser?: TabsApi; chrome: TabsApi };
      const api = g.browser ?? g.chrome;
      const self = await api.tabs.getCurrent();
      if (self?.id === undefined) throw new Error('no tab for the popup page');
      // Per tab where the browser allows it, so the zoom does not stay on every page of the extension.
      await api.tabs.setZoomSettings(self.id, { scope: 'per-tab' }).catch(() => undefined);
      await api.tabs.setZoom(self.id, z);
    }, zoom);
    await pollUntil(
      () => page.evaluate((w: number) => Math.abs(innerWidth - w) <= 1, Math.round(size.width / zoom)),
      `the page zoomed to ${zoom}`,
    );
  }
  return page;
}
