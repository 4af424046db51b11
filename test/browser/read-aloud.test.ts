import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { SHARED } from '../shared-path';
import { axeAvailable, runAxe } from './harness/axe';
import { browserAvailable, type BrowserName } from './harness/browsers';
import { launch, pollUntil, readerState, saveScreenshot, type Driver } from './harness/driver';
import { startFixtureServer, type FixtureServer } from './harness/fixture-server';
import { storeSettings, waitForTheme } from './harness/reader-page';
import { ROOT } from './harness/test-extension';
import { fakeSpeechExtension, type FakeSpeechLook } from './support/fake-speech';

const seedHtml = readFileSync(`${SHARED}/fixtures/seed-site.html`, 'utf8');
const rtlHtml = readFileSync(join(ROOT, 'test/browser/fixtures/rtl--ar-riverside-library.html'), 'utf8');
const SEED = '/2022/04/20/us-secretary-of-defense/';
const RTL = '/local/2024/03/12/riverside-library/';

/**
 * Read aloud against a fake speech engine (support/fake-speech.ts), in both
 * browsers: the machines that run these tests have no working voice, and a
 * real one would make every step a race. Each check reads the reader's whole
 * state in one evaluate and waits on conditions, never on time.
 */
describe.each(['chromium', 'firefox'] as BrowserName[])('read aloud in %s', (name) => {
  const available = browserAvailable(name);
  const withAxe = available && axeAvailable();
  let driver: Driver;
  let server: FixtureServer;

  beforeAll(async () => {
    if (!available) return;
    server = await startFixtureServer({ [SEED]: seedHtml, [RTL]: rtlHtml });
    driver = await launch(name, { extensionDir: fakeSpeechExtension(name) });
  });
  afterAll(async () => {
    await driver?.close();
    await server?.close();
  });
  beforeEach(async () => {
    if (!available) return;
    await settings({});
  });

  async function settings(value: Record<string, unknown>): Promise<void> {
    const page = await driver.openExtensionPage('options/options.html');
    await storeSettings(page, value);
    await page.close();
  }

  /** The reader for a tab, opened as a page of the extension so the fake engine is in it from the start. */
  async function openReader(tab: Page, view: 'popup' | 'tab', hash = ''): Promise<Page> {
    const id = await pollUntil(
      () =>
        driver.control.evaluate(async (url: string) => {
          type Api = { tabs: { query(q: object): Promise<Array<{ id?: number; url?: string }>> } };
          const g = globalThis as unknown as { browser?: Api; chrome?: Api };
          return (await (g.browser ?? g.chrome)!.tabs.query({})).find((t) => t.url === url)?.id ?? null;
        }, tab.url()),
      'the tab id',
    );
    const reader = await driver.openExtensionPage(`popup/popup.html?view=${view}&tab=${id}${hash}`);
    await reader.setViewport({ width: 900, height: 700 });
    expect(await readerState(reader)).toBe('article');
    return reader;
  }

  /** Everything at once: the reader's speech state, what it highlights, what it shows and what the engine was given. */
  const look = (reader: Page) =>
    reader.evaluate(() => {
      const blocks = Array.from(document.querySelectorAll('.reader-body p, .reader-body h2, .reader-body h3, .reader-body li'));
      const registry = (globalThis as unknown as { CSS: { highlights?: Map<string, Set<Range>> } }).CSS.highlights;
      const ranges = registry?.get('reading-word');
      const boxes = Array.from(document.querySelectorAll<HTMLElement>('.reading-word-box'));
      const select = document.querySelector<HTMLSelectElement>('#toolbar-speech-voice');
      return {
        status: document.body.dataset.speech ?? '',
        marked: blocks.findIndex((b) => b.classList.contains('reading-now')),
        word: ranges ? Array.from(ranges, (r) => r.toString()).join('|') : '',
        boxes: boxes
          .map((b) => b.getBoundingClientRect())
          .map((r) => ({ x: Math.round(r.left), y: Math.round(r.top), w: Math.round(r.width) })),
        voices: select && !select.hidden ? Array.from(select.options, (o) => o.textContent ?? '') : [],
        voice: select && !select.hidden ? select.value : '',
        picker: document.querySelector<HTMLElement>('.speech-voice')?.dataset.voices ?? '',
        note: document.querySelector<HTMLElement>('.speech-voice-note:not([hidden])')?.textContent ?? '',
        announced: document.querySelector('.toolbar-status')?.textContent ?? '',
        progress: document.querySelector('.speech-progress')?.textContent ?? '',
        engine: (globalThis as unknown as { __fakeSpeech: { look(): FakeSpeechLook } }).__fakeSpeech.look(),
      };
    });
  type Look = Awaited<ReturnType<typeof look>>;
  const until = (reader: Page, what: string, test: (seen: Look) => boolean) =>
    pollUntil(
      async () => {
        const seen = await look(reader);
        return test(seen) ? seen : null;
      },
      what,
      10_000,
    );
  const openListen = async (reader: Page) => {
    await reader.click('.toolbar-listen');
    await reader.waitForSelector('#toolbar-listen:not([hidden])');
  };

  it.skipIf(!available)(
    'offers the voices of the article’s language, picks the best, and remembers a choice per language across reopen',
    async () => {
      const tab = await driver.openTab(server.url(SEED));
      const reader = await openReader(tab, 'tab');
      await openListen(reader);
      // The voices arrive after the page (voiceschanged): the list fills then, English only, the en-US default first.
      const listed = await until(reader, 'the voice list', (s) => s.picker === 'some');
      expect(listed.voices).toEqual(['Fake Ava (en-US)', 'Fake Oliver (en-GB)']);
      expect(listed.voice).toBe('fake:en-US:ava');
      await reader.click('.speech-play');
      const first = await until(reader, 'the first paragraph', (s) => s.engine.current !== null);
      expect(first.engine.spoken[0]).toMatchObject({ voice: 'fake:en-US:ava', rate: 1, lang: 'en-US' });
      // Another voice: the paragraph starts again in it; another speed, again.
      await reader.select('#toolbar-speech-voice', 'fake:en-GB:oliver');
      await until(reader, 'the new voice', (s) => s.engine.spoken.at(-1)?.voice === 'fake:en-GB:oliver');
      await reader.select('#toolbar-speech-rate', '1.5');
      const faster = await until(reader, 'the new speed', (s) => s.engine.spoken.at(-1)?.rate === 1.5);
      expect(faster.engine.spoken.at(-1)).toMatchObject({ text: first.engine.current, voice: 'fake:en-GB:oliver', lang: 'en-US' });
      // Stored, for English only.
      await pollUntil(
        () =>
          reader.evaluate(async () => {
            type Api = { storage: { sync: { get(k: string): Promise<Record<string, { speechVoices?: object; speechRate?: number }>> } } };
            const g = globalThis as unknown as { browser?: Api; chrome?: Api };
            const stored = (await (g.browser ?? g.chrome)!.storage.sync.get('settings')).settings;
            return JSON.stringify(stored?.speechVoices) === JSON.stringify({ en: 'fake:en-GB:oliver' }) && stored?.speechRate === 1.5;
          }),
        'the choice to be stored',
        10_000,
      );
      await reader.close();
      // Reopened, in the popup's layout this time: the same voice and speed.
      const again = await openReader(tab, 'popup');
      await openListen(again);
      const kept = await until(again, 'the voice list', (s) => s.picker === 'some');
      expect(kept.voice).toBe('fake:en-GB:oliver');
      expect(await again.evaluate(() => document.querySelector<HTMLSelectElement>('#toolbar-speech-rate')?.value)).toBe('1.5');
      await again.click('.speech-play');
      const played = await until(again, 'reading', (s) => s.engine.current !== null);
      expect(played.engine.spoken[0]).toMatchObject({ voice: 'fake:en-GB:oliver', rate: 1.5 });
      await again.close();
      // An Arabic article: no voice speaks it, and the panel says so instead of showing an empty list.
      const rtlTab = await driver.openTab(server.url(RTL));
      const arabic = await openReader(rtlTab, 'tab');
      await openListen(arabic);
      const none = await until(arabic, 'the voice list', (s) => s.picker === 'none');
      expect(none.voices).toEqual([]);
      expect(none.note).toMatch(/^No voice for Arabic is installed in this browser\./);
      await arabic.close();
      await rtlTab.close();
      await tab.close();
    },
  );

  for (const api of ['highlight', 'fallback'] as const) {
    it.skipIf(!available)(
      `highlights the word the engine reports (${api === 'highlight' ? 'CSS highlight' : 'boxes, without the Highlight API'}), the paragraph alone otherwise`,
      async () => {
        const tab = await driver.openTab(server.url(SEED));
        const reader = await openReader(tab, 'tab', api === 'fallback' ? '#no-highlight-api' : '');
        const articleHtml = await reader.evaluate(() => document.querySelector('.reader-body')?.innerHTML ?? '');
        await openListen(reader);
        await reader.click('.speech-play');
        const started = await until(reader, 'the first paragraph', (s) => s.engine.current !== null && s.marked >= 0);
        const text = started.engine.current ?? '';
        const words = text.split(' ');
        expect(words.length).toBeGreaterThan(3);
        const at = (n: number) => words.slice(0, n).join(' ').length + (n > 0 ? 1 : 0);
        const seen = async (n: number) => {
          await reader.evaluate(
            (i: number, l: number) =>
              (globalThis as unknown as { __fakeSpeech: { word(i: number, l: number): void } }).__fakeSpeech.word(i, l),
            at(n),
            words[n]!.length,
          );
          return until(reader, `word ${n}`, (s) =>
            api === 'highlight' ? s.word === words[n] : s.boxes.length > 0 && JSON.stringify(s.boxes) !== JSON.stringify(last?.boxes),
          );
        };
        let last: Look | undefined;
        last = await seen(0);
        const firstBox = last.boxes[0];
        last = await seen(2);
        expect(last.marked).toBe(started.marked);
        if (api === 'fallback') {
          expect(last.word).toBe('');
          // Further along the line (or on the next one).
          const box = last.boxes[0]!;
          expect(box.x > firstBox!.x || box.y > firstBox!.y).toBe(true);
        }
        // The paragraph ends; the next one reports no words: its paragraph is marked and no word is.
        await reader.evaluate(() => (globalThis as unknown as { __fakeSpeech: { end(): void } }).__fakeSpeech.end());
        const next = await until(reader, 'the next paragraph', (s) => s.marked > started.marked);
        expect(next.word).toBe('');
        expect(next.boxes).toEqual([]);
        expect(next.status).toBe('playing');
        await reader.click('.speech-stop');
        // Nothing was written into the article to show all this.
        const untouched = (html: string) => html.replace(/ class="(reading-now)?"/g, '');
        expect(untouched(await reader.evaluate(() => document.querySelector('.reader-body')?.innerHTML ?? ''))).toBe(
          untouched(articleHtml),
        );
        await reader.close();
        await tab.close();
      },
    );
  }

  it.skipIf(!available)(
    'plays, pauses and skips from the keyboard, says so to screen readers, and leaves the keys alone in a field',
    async () => {
      const tab = await driver.openTab(server.url(SEED));
      const reader = await openReader(tab, 'tab');
      await until(reader, 'the voices', (s) => s.picker === 'some');
      // Focus in the article, as after a click into the text.
      await reader.evaluate(() => document.querySelector<HTMLElement>('.reader-title')?.setAttribute('tabindex', '-1'));
      await reader.focus('.reader-title');
      await reader.keyboard.press('k');
      const playing = await until(reader, 'reading', (s) => s.status === 'playing');
      expect(playing.announced).toMatch(/^Reading aloud, paragraph 1 of \d+$/);
      await reader.keyboard.press('l');
      const second = await until(reader, 'the next paragraph', (s) => s.progress.startsWith('Paragraph 2 '));
      expect(second.marked).toBeGreaterThan(playing.marked);
      expect(second.announced).toMatch(/^Reading aloud, paragraph 2 of \d+$/);
      await reader.keyboard.press('l');
      await reader.keyboard.press('j');
      await until(reader, 'back one paragraph', (s) => s.progress.startsWith('Paragraph 2 ') && s.engine.spoken.length === 4);
      await reader.keyboard.press(' ');
      const paused = await until(reader, 'the pause', (s) => s.status === 'paused');
      expect(paused.engine.paused).toBe(true);
      expect(paused.announced).toBe('Reading paused');
      await reader.keyboard.press(' ');
      await until(reader, 'playing again', (s) => s.status === 'playing' && !s.engine.paused);
      // In a field of the toolbar the keys are the field's.
      await reader.click('.toolbar-look');
      await reader.waitForSelector('#toolbar-look:not([hidden])');
      await reader.focus('#toolbar-look input[type="range"]');
      const before = await look(reader);
      await reader.keyboard.press('k');
      await reader.keyboard.press('l');
      const after = await look(reader);
      expect([after.status, after.engine.spoken.length]).toEqual([before.status, before.engine.spoken.length]);
      // The buttons say what they do, and which key does it.
      const names = await reader.evaluate(() =>
        ['.speech-previous', '.speech-play', '.speech-next', '.speech-stop'].map((s) => {
          const b = document.querySelector(s);
          return [b?.getAttribute('aria-label') ?? b?.textContent, b?.getAttribute('aria-keyshortcuts')];
        }),
      );
      expect(names).toEqual([
        ['Previous paragraph', 'j'],
        ['Pause', 'k'],
        ['Next paragraph', 'l'],
        ['Stop reading', null],
      ]);
      expect(await reader.evaluate(() => document.querySelector('.toolbar-status')?.getAttribute('role'))).toBe('status');
      await reader.close();
      await tab.close();
    },
  );

  /**
   * One step in the in-page reader, run in the content script's world (where its fake engine is) through the
   * extension's scripting API; its shadow root is closed to the page, and opened here with the API content scripts have.
   */
  const inPage = (tabId: number, action: string, arg = '', n = 0) =>
    driver.control.evaluate(
      async (id: number, act: string, x: string, y: number) => {
        type Api = { scripting: { executeScript(o: object): Promise<Array<{ result?: unknown }>> } };
        const g = globalThis as unknown as { browser?: Api; chrome?: Api };
        const [frame] = await (g.browser ?? g.chrome)!.scripting.executeScript({
          target: { tabId: id, frameIds: [0] },
          args: [act, x, y],
          func: (step: string, what: string, at: number) => {
            const w = globalThis as unknown as {
              chrome?: { dom?: { openOrClosedShadowRoot?(e: Element): ShadowRoot | null } };
              __fakeSpeech: { look(): unknown; word(i: number, l: number): void; end(): void };
              __articleCleanerReader?: { toggle(): Promise<string> };
            };
            if (step === 'toggle') return w.__articleCleanerReader?.toggle();
            const host = document.querySelector('article-cleaner-reader');
            const root = host
              ? (w.chrome?.dom?.openOrClosedShadowRoot?.(host) ??
                (host as unknown as { openOrClosedShadowRoot: ShadowRoot }).openOrClosedShadowRoot)
              : null;
            if (!root) return step === 'engine' ? { engine: w.__fakeSpeech.look() as FakeSpeechLook } : null;
            if (step === 'click') root.querySelector<HTMLElement>(what)?.click();
            if (step === 'select') {
              const select = root.querySelector<HTMLSelectElement>('#toolbar-speech-voice')!;
              select.value = what;
              select.dispatchEvent(new Event('change'));
            }
            if (step === 'word') w.__fakeSpeech.word(at, what.length);
            if (step === 'end') w.__fakeSpeech.end();
            if (step === 'focus') {
              root.querySelector<HTMLElement>(what)?.setAttribute('tabindex', '-1');
              root.querySelector<HTMLElement>(what)?.focus();
            }
            const blocks = Array.from(root.querySelectorAll('.reader-body p, .reader-body h2, .reader-body h3, .reader-body li'));
            const select = root.querySelector<HTMLSelectElement>('#toolbar-speech-voice');
            return {
              status: root.querySelector<HTMLElement>('.reader-toolbar')?.dataset.speech ?? '',
              bodyLeak: document.body.dataset.speech ?? null,
              marked: blocks.findIndex((b) => b.classList.contains('reading-now')),
              boxes: root.querySelectorAll('.reading-word-box').length,
              voices: select && !select.hidden ? Array.from(select.options, (o) => o.value) : [],
              voice: select && !select.hidden ? select.value : '',
              picker: root.querySelector<HTMLElement>('.speech-voice')?.dataset.voices ?? '',
              progress: root.querySelector('.speech-progress')?.textContent ?? '',
              engine: w.__fakeSpeech.look() as FakeSpeechLook,
            };
          },
        });
        return frame?.result as
          | {
              status: string;
              bodyLeak: string | null;
              marked: number;
              boxes: number;
              voices: string[];
              voice: string;
              picker: string;
              progress: string;
              engine: FakeSpeechLook;
            }
          | null
          | undefined;
      },
      tabId,
      action,
      arg,
      n,
    );

  it.skipIf(!available)('reads aloud in the in-page reader too: voice, word highlight, keys the page under it never sees', async () => {
    await settings({ speechVoices: { en: 'fake:en-GB:oliver', de: 'fake:de-DE:klaus' } });
    const tab = await driver.openTab(server.url(SEED));
    const tabId = await pollUntil(
      () =>
        driver.control.evaluate(async (url: string) => {
          type Api = { tabs: { query(q: object): Promise<Array<{ id?: number; url?: string }>> } };
          const g = globalThis as unknown as { browser?: Api; chrome?: Api };
          return (await (g.browser ?? g.chrome)!.tabs.query({})).find((t) => t.url === url)?.id ?? null;
        }, tab.url()),
      'the tab id',
    );
    // The page's own shortcut handler, as a video or mail site has one: it must not hear the reader's keys.
    await tab.evaluate(() => {
      const w = window as unknown as { __pageKeys: string[] };
      w.__pageKeys = [];
      document.addEventListener('keydown', (e) => w.__pageKeys.push(e.key));
    });
    await driver.control.evaluate(async (id: number) => {
      type Api = { scripting: { executeScript(o: object): Promise<unknown> } };
      const g = globalThis as unknown as { browser?: Api; chrome?: Api };
      await (g.browser ?? g.chrome)!.scripting.executeScript({
        target: { tabId: id, frameIds: [0] },
        files: ['/content/in-page-reader.js'],
      });
    }, tabId);
    expect(await inPage(tabId, 'toggle')).toBe('opened');
    const step = (what: string, test: (s: NonNullable<Awaited<ReturnType<typeof inPage>>>) => boolean, action = 'look', arg = '', n = 0) =>
      pollUntil(
        async () => {
          const seen = await inPage(tabId, action, arg, n);
          return seen && test(seen) ? seen : null;
        },
        what,
        15_000,
      );
    await step('the Listen button', () => true, 'click', '.toolbar-listen');
    // The English choice stored for this language is the one used; the German one stays out of an English article.
    const listed = await step('the voices', (s) => s.picker === 'some');
    expect(listed.voices).toEqual(['fake:en-US:ava', 'fake:en-GB:oliver']);
    expect(listed.voice).toBe('fake:en-GB:oliver');
    await inPage(tabId, 'focus', '.reader-title');
    await tab.keyboard.press('k');
    const playing = await step('reading', (s) => s.status === 'playing' && s.engine.current !== null);
    expect(playing.engine.spoken[0]).toMatchObject({ voice: 'fake:en-GB:oliver' });
    const firstWord = (playing.engine.current ?? '').split(' ')[0] ?? '';
    // Boxes inside the closed shadow root: the document's highlight registry would show the page which word is read.
    const worded = await step('the word', (s) => s.boxes > 0, 'word', firstWord, 0);
    expect(worded.marked).toBeGreaterThanOrEqual(0);
    expect(
      await tab.evaluate(() => (CSS as unknown as { highlights?: Map<string, unknown> }).highlights?.has('reading-word') ?? false),
    ).toBe(false);
    await tab.keyboard.press('l');
    const next = await step('the next paragraph', (s) => s.progress.startsWith('Paragraph 2 '));
    expect(next.boxes).toBe(0);
    expect(next.marked).toBeGreaterThan(playing.marked);
    // The page saw none of it: not the keys, not a data-speech on its body.
    expect(next.bodyLeak).toBeNull();
    expect(await tab.evaluate(() => (window as unknown as { __pageKeys: string[] }).__pageKeys)).toEqual([]);
    // Closing the reader silences it: nothing reads on from a reader nobody sees.
    expect(await inPage(tabId, 'toggle')).toBe('closed');
    const after = await pollUntil(
      async () => {
        const seen = await inPage(tabId, 'engine');
        return seen && seen.engine.current === null ? seen : null;
      },
      'the reading to stop',
      10_000,
    );
    expect(after.engine.spoken.length).toBe(next.engine.spoken.length);
    await tab.close();
  });

  describe.each(['light', 'dark', 'contrast'] as const)('in the %s theme', (theme) => {
    it.skipIf(!withAxe)('axe finds nothing with the Listen panel open, a voice listed and a word highlighted', async () => {
      await settings({ theme });
      const tab = await driver.openTab(server.url(SEED));
      const reader = await openReader(tab, 'popup');
      await waitForTheme(reader, theme);
      await openListen(reader);
      await until(reader, 'the voices', (s) => s.picker === 'some');
      await reader.click('.speech-play');
      const started = await until(reader, 'reading', (s) => s.engine.current !== null);
      const first = (started.engine.current ?? '').split(' ')[0] ?? '';
      await reader.evaluate(
        (l: number) => (globalThis as unknown as { __fakeSpeech: { word(i: number, l: number): void } }).__fakeSpeech.word(0, l),
        first.length,
      );
      await until(reader, 'the word', (s) => s.word === first);
      expect(await runAxe(reader)).toEqual([]);
      await saveScreenshot(reader, `${name}-read-aloud-${theme}`);
      await reader.close();
      await tab.close();
    });
  });
});
