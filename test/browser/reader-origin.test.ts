/**
 * An article's pictures cannot identify the reader: however the page marks
 * them up (crossorigin in every form, autoplaying media, tracking pixels,
 * lazy ones among them), the popup and the full-tab reader ask for pictures
 * without an Origin header, so no server learns the extension's id (in
 * Firefox a per-install UUID, stable across cookie clearing), never ask for
 * a tracking pixel, and never start a video or its download by themselves.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SHARED } from '../shared-path';
import { browserAvailable, type BrowserName } from './harness/browsers';
import { launch, pollUntil, readerState, type Driver } from './harness/driver';
import { startFixtureServer, type FixtureServer } from './harness/fixture-server';
import { ROOT } from './harness/test-extension';

const ARTICLE = '/2022/04/20/pictures/';
const PICTURES = ['/img/credentials.png', '/img/anonymous.png', '/img/bare.png', '/img/lazy.png'];
const PIXELS = ['/px/pixel.gif', '/px/lazy-pixel.gif', '/px/styled-pixel.gif'];
const MEDIA = ['/media/clip.mp4', '/media/sound.mp3'];
const png = readFileSync(join(ROOT, 'icons/icon-128.png'));
const figure = (img: string, caption: string) => `<figure>${img}<figcaption>${caption}</figcaption></figure>`;
const page = readFileSync(`${SHARED}/fixtures/seed-site.html`, 'utf8')
  .replace(
    /(<p>Secretary of Defense Lloyd J\. Austin III[^\n]*<\/p>)/,
    `$1\n${figure(`<img crossorigin="use-credentials" src="${PICTURES[0]}" width="640" height="400" alt="The Pentagon">`, 'The Pentagon, seen from the air.')}` +
      `\n<p>Officials said the call was arranged days in advance.<img src="${PIXELS[0]}" width="1" height="1" alt=""><img data-src="${PIXELS[1]}" src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" width="1" height="1" alt=""><img src="${PIXELS[2]}" style="width:1px;height:1px" alt=""></p>`,
  )
  .replace(
    /(<p>Austin wanted to talk to Xu[^\n]*<\/p>)/,
    `$1\n${figure(`<img crossorigin="anonymous" src="${PICTURES[1]}" width="640" height="400" alt="Beijing">`, 'Beijing, the ministry of defense.')}` +
      `\n${figure(`<img crossorigin src="${PICTURES[2]}" width="640" height="400" alt="The ministry">`, 'The ministry at night.')}` +
      `\n${figure(`<video crossorigin="use-credentials" src="${MEDIA[0]}" autoplay loop muted playsinline width="640" height="360"></video>`, 'The press briefing.')}` +
      `\n<audio crossorigin="use-credentials" src="${MEDIA[1]}" autoplay loop></audio>`,
  )
  .replace(
    /(<p>Austin’s predecessors[^\n]*<\/p>)/,
    `$1\n${figure(`<img crossorigin="use-credentials" src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" data-src="${PICTURES[3]}" width="640" height="400" alt="A map">`, 'A map of the region.')}`,
  );

describe.each(['chromium', 'firefox'] as BrowserName[])('article pictures do not identify the reader, %s', (name) => {
  const available = browserAvailable(name);
  let driver: Driver;
  let server: FixtureServer;

  beforeAll(async () => {
    if (!available) return;
    server = await startFixtureServer({ [ARTICLE]: page, ...Object.fromEntries([...PICTURES, ...PIXELS].map((p) => [p, png])) });
    driver = await launch(name);
  });
  afterAll(async () => {
    await driver?.close();
    await server?.close();
  });

  it.skipIf(!available).each(['popup', 'tab'] as const)('the %s reader: no Origin header, no pixel, no media', async (view) => {
    const tab = await driver.openTab(server.url(ARTICLE));
    await pollUntil(() => tab.evaluate(() => Array.from(document.images).every((i) => i.complete)), 'the page images');
    await new Promise((r) => setTimeout(r, 500));
    const before = server.log.length;
    const reader = await driver.openReader(tab, { view });
    expect(await readerState(reader)).toBe('article');
    // The reader's pictures load lazily: bring each into view, as a reader scrolling down would.
    const shown = await pollUntil(
      () =>
        reader.evaluate(() => {
          const imgs = Array.from(document.querySelectorAll<HTMLImageElement>('.reader-body img'));
          imgs.find((i) => !i.complete)?.scrollIntoView();
          return imgs.length > 0 && imgs.every((i) => i.complete)
            ? imgs.map((i) => ({ src: new URL(i.src).pathname, loaded: i.naturalWidth > 0 }))
            : null;
        }),
      `the ${view} reader's pictures`,
    );
    await new Promise((r) => setTimeout(r, 1_000));
    const media = await reader.evaluate(() =>
      Array.from(document.querySelectorAll<HTMLMediaElement>('.reader-body video, .reader-body audio'), (m) => ({
        paused: m.paused,
        autoplay: m.autoplay,
        loop: m.loop,
        controls: m.controls,
      })),
    );
    await reader.close();
    await tab.close();

    // What reached the server from the reader (the page's own requests carry the page as Referer).
    const fromReader = server.log.slice(before).filter((r) => !r.referer.startsWith(server.origin) && r.path !== '/favicon.ico');
    expect(fromReader.filter((r) => r.origin !== '').map((r) => `${r.path} Origin: ${r.origin}`)).toEqual([]);
    expect(fromReader.filter((r) => PIXELS.includes(r.path) || MEDIA.includes(r.path)).map((r) => r.path)).toEqual([]);
    expect(fromReader.filter((r) => !PICTURES.includes(r.path)).map((r) => r.path)).toEqual([]);
    // The pictures themselves are shown: every one, the lazy one with its real address; no pixel among them.
    expect(shown.map((s) => s.src).sort()).toEqual([...PICTURES].sort());
    expect(shown.filter((s) => !s.loaded)).toEqual([]);
    // Media wait for the reader: none plays, none loops, each can be started.
    expect(media.length).toBeGreaterThan(0);
    expect(media.filter((m) => !m.paused || m.autoplay || m.loop || !m.controls)).toEqual([]);
  });
});
