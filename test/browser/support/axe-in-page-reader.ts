/**
 * axe over the in-page reader. axe cannot enter a closed shadow root, so the
 * reader's own markup and styles are copied into an open one in a blank page
 * and checked there.
 */
import type { Page } from 'puppeteer-core';
import { runAxe, type AxeViolation } from '../harness/axe';
import type { Driver } from '../harness/driver';
import { runInReader } from './describe-reader';

const SERIALIZE = `(root) => Array.from(root.children).map((c) => c.outerHTML).join('')`;

export async function axeInPageReader(driver: Driver, tabId: number, tab: Page): Promise<AxeViolation[]> {
  const markup = (await runInReader<string>(driver.control, tabId, tab, SERIALIZE))!;
  const check = await driver.browser.newPage();
  try {
    await check.setContent('<!doctype html><html lang="en"><head><title>In-page reader</title></head><body></body></html>');
    await check.evaluate((html: string) => {
      const host = document.createElement('article-cleaner-reader');
      document.body.append(host);
      const root = host.attachShadow({ mode: 'open' });
      const template = document.createElement('template');
      template.innerHTML = html;
      root.append(template.content);
    }, markup);
    return await runAxe(check);
  } finally {
    await check.close();
  }
}
