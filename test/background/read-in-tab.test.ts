/**
 * The in-page reader's reading, as the background runs it: the snapshot
 * (runSnapshot, stubbed) checked, the site rules added from storage.local,
 * the reading (readOffThread, stubbed) under the 20 s deadline.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ReadRequest } from '../../src/core/messages/reader-work';
import type { BlockShape } from '../../src/core/rules/block-shape';
import { SITE_RULES_KEY } from '../../src/core/rules/site-rules';
import type { PageSnapshot, SnapshotRequest } from '../../src/core/snapshot/page-snapshot';
import { dropFakeBrowser, useFakeBrowser } from '../support/fake-browser';

afterEach(() => {
  vi.useRealTimers();
  dropFakeBrowser();
  vi.doUnmock('../../src/platform/browser-api');
  vi.doUnmock('../../src/platform/reader-work-host');
});

const URL_A = 'https://news.example/a';
const request: ReadRequest = { auto: true, paywalled: false, articleSignals: true };
const related: BlockShape = { parts: [{ tag: 'aside', classes: ['related'], id: null }] };
const planted: BlockShape = { parts: [{ tag: 'article', classes: [], id: null }] };
const article = {
  title: 'A',
  html: '<p>Story</p>',
  text: 'Story',
  url: URL_A,
  byline: null,
  siteName: null,
  publishedTime: null,
  lang: null,
  dir: null,
  excerpt: null,
  wordCount: 1,
};
const good = { ok: true, article, truncated: false };
// The reader's words as the fake browser translates them ("«key»"), for the meta line made with the reading.
const readerWords = expect.objectContaining({ language: 'en-US', messages: expect.objectContaining({ minutesRead: '«minutesRead»' }) });

/** What the page's snapshot script answers: by default the page at URL_A, carrying the nonce it was asked with, from the top frame. */
type Page = (req: SnapshotRequest) => { value: unknown; frameId: number | undefined } | Promise<never>;
const honest =
  (url = URL_A, frameId = 0): Page =>
  (req) => {
    const snapshot: PageSnapshot = {
      nonce: req.nonce,
      url,
      baseUrl: url,
      html: '<article><p>Story</p></article>',
      lang: 'en',
      dir: null,
      truncated: false,
    };
    return { value: { ok: true, snapshot, total: snapshot.html.length }, frameId };
  };

async function setUp(page: Page = honest(), read: (s: PageSnapshot, r: ReadRequest) => Promise<unknown> = async () => good) {
  const runSnapshot = vi.fn(async (_tabId: number, req: SnapshotRequest) => page(req));
  const readOffThread = vi.fn(read);
  const keyFiguresOffThread = vi.fn(async (): Promise<unknown> => ({ people: [], numbers: [] }));
  const { fake, module } = await useFakeBrowser(async () => {
    vi.doMock('../../src/platform/browser-api', () => ({ runSnapshot }));
    vi.doMock('../../src/platform/reader-work-host', () => ({ readOffThread, keyFiguresOffThread }));
    return import('../../src/background/read-in-tab');
  });
  return { fake, module, runSnapshot, readOffThread, keyFiguresOffThread };
}

describe('readInTab', () => {
  it('reads the snapshot of the tab it was asked for, with a fresh nonce each time, and answers the checked article', async () => {
    const { module, runSnapshot, readOffThread } = await setUp();
    expect(await module.readInTab(7, URL_A, request)).toEqual(good);
    expect(await module.readInTab(7, URL_A, request)).toEqual(good);
    expect(runSnapshot).toHaveBeenCalledTimes(2);
    expect(runSnapshot.mock.calls[0]?.[0]).toBe(7);
    const [first, second] = runSnapshot.mock.calls.map((c) => c[1].nonce);
    expect(first).toMatch(/^[0-9a-f-]{36}$/);
    expect(first).not.toBe(second);
    const snapshot = readOffThread.mock.calls[0]?.[0];
    expect(snapshot).toMatchObject({ nonce: first, url: URL_A, html: '<article><p>Story</p></article>', lang: 'en' });
  });

  it('refuses an answer that does not carry our nonce, without reading it', async () => {
    const { module, readOffThread } = await setUp((req) => honest()({ ...req, nonce: 'a-guess' }));
    expect(await module.readInTab(7, URL_A, request)).toEqual({
      ok: false,
      reason: 'error',
      message: 'The page answered a question it was not asked.',
    });
    expect(readOffThread).not.toHaveBeenCalled();
  });

  it('refuses an answer from a frame inside the page, without reading it', async () => {
    const { module, readOffThread } = await setUp(honest(URL_A, 3));
    const answer = await module.readInTab(7, URL_A, request);
    expect(answer).toMatchObject({ ok: false, reason: 'error', message: expect.stringMatching(/frame/) });
    expect(readOffThread).not.toHaveBeenCalled();
  });

  it('refuses a page other than the one that asked, without reading it', async () => {
    const { module, readOffThread } = await setUp(honest('https://news.example/b'));
    expect(await module.readInTab(7, URL_A, request)).toEqual({
      ok: false,
      reason: 'error',
      message: 'The page changed while it was being read.',
    });
    expect(readOffThread).not.toHaveBeenCalled();
  });

  it('takes the same page with another fragment as the one that asked, and any page when the background asked', async () => {
    const { module, readOffThread } = await setUp(honest(`${URL_A}#comments`));
    expect(await module.readInTab(7, URL_A, request)).toEqual(good);
    expect(await module.readInTab(7, null, request)).toEqual(good);
    expect(readOffThread).toHaveBeenCalledTimes(2);
  });

  it("passes on the page's own refusal (still loading), without reading", async () => {
    const { module, readOffThread } = await setUp((req) => ({
      value: { ok: false, nonce: req.nonce, reason: 'loading', message: 'Still loading.' },
      frameId: 0,
    }));
    expect(await module.readInTab(7, URL_A, request)).toEqual({ ok: false, reason: 'loading', message: 'Still loading.' });
    expect(readOffThread).not.toHaveBeenCalled();
  });

  it("adds the site's rules from storage.local, replacing any rules the request arrived with", async () => {
    const { fake, module, readOffThread } = await setUp();
    await fake.local.set({
      [SITE_RULES_KEY]: { 'news.example': [{ shape: related, added: 1 }], 'other.example': [{ shape: planted, added: 1 }] },
    });
    await module.readInTab(7, URL_A, { ...request, siteRules: [planted] });
    expect(readOffThread.mock.calls[0]?.[1]).toEqual({ ...request, siteRules: [related], text: readerWords });
    expect(fake.api.storage.local.get).toHaveBeenCalledWith(SITE_RULES_KEY);
    expect(fake.api.storage.sync.get).not.toHaveBeenCalled();
  });

  it('reads with no rules when the site has none, whatever the request carried', async () => {
    const { module, readOffThread } = await setUp();
    await module.readInTab(7, URL_A, { ...request, siteRules: [planted] });
    expect(readOffThread.mock.calls[0]?.[1]).toEqual({ ...request, siteRules: [], text: readerWords });
  });

  it('reads with no rules when storage cannot be read', async () => {
    const { fake, module, readOffThread } = await setUp();
    fake.api.storage.local.get.mockRejectedValue(new Error('IO error'));
    expect(await module.readInTab(7, URL_A, request)).toEqual(good);
    expect(readOffThread.mock.calls[0]?.[1]).toEqual({ ...request, siteRules: [], text: readerWords });
  });

  it('gives the timeout answer when the snapshot does not come within 20 s, and reads nothing', async () => {
    vi.useFakeTimers();
    const { module, readOffThread } = await setUp(() => new Promise<never>(() => undefined));
    const answer = module.readInTab(7, URL_A, request);
    await vi.advanceTimersByTimeAsync(module.READ_DEADLINE_MS - 1);
    let settled = false;
    void answer.then(() => (settled = true));
    await vi.advanceTimersByTimeAsync(0);
    expect(settled).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(await answer).toEqual({ ok: false, reason: 'error', message: 'timeout' });
    expect(readOffThread).not.toHaveBeenCalled();
    expect(vi.getTimerCount()).toBe(0);
  });

  it('counts the 20 s from the start: a slow snapshot leaves the reading only what remains', async () => {
    vi.useFakeTimers();
    const slow: Page = (req) => new Promise((resolve) => setTimeout(() => resolve(honest()(req) as never), 15_000)) as Promise<never>;
    const { module, readOffThread } = await setUp(slow, () => new Promise(() => undefined));
    const answer = module.readInTab(7, URL_A, request);
    let settled = false;
    void answer.then(() => (settled = true));
    await vi.advanceTimersByTimeAsync(19_999);
    expect(readOffThread).toHaveBeenCalledTimes(1);
    expect(settled).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(await answer).toEqual({ ok: false, reason: 'error', message: 'timeout' });
    expect(vi.getTimerCount()).toBe(0);
  });

  it('leaves no timer behind after an answer in time', async () => {
    vi.useFakeTimers();
    const { module } = await setUp();
    expect(await module.readInTab(7, URL_A, request)).toEqual(good);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('turns a failed snapshot into an error answer', async () => {
    const { module, readOffThread } = await setUp(() => {
      throw new Error('Cannot access contents of the page.');
    });
    expect(await module.readInTab(7, URL_A, request)).toEqual({
      ok: false,
      reason: 'error',
      message: 'Cannot access contents of the page.',
    });
    expect(readOffThread).not.toHaveBeenCalled();
  });

  it('turns a failed reading into an error answer, whatever was thrown', async () => {
    const { module } = await setUp(honest(), () => Promise.reject(new Error('Receiving end does not exist.')));
    expect(await module.readInTab(7, URL_A, request)).toEqual({ ok: false, reason: 'error', message: 'Receiving end does not exist.' });
    const { module: other } = await setUp(honest(), () => Promise.reject('a string'));
    expect(await other.readInTab(7, URL_A, request)).toEqual({ ok: false, reason: 'error', message: 'a string' });
  });

  it('checks the reading’s answer: a malformed one becomes an error answer', async () => {
    const { module } = await setUp(honest(), async () => ({ ok: true, article: { title: 1 } }));
    expect(await module.readInTab(7, URL_A, request)).toMatchObject({ ok: false, reason: 'error' });
  });
});

describe('keyFiguresInBackground', () => {
  const figuresRequest = { text: 'Story', title: 'A', lang: 'en' };

  it('answers the checked figures', async () => {
    const { module, keyFiguresOffThread } = await setUp();
    expect(await module.keyFiguresInBackground(figuresRequest)).toEqual({ people: [], numbers: [] });
    expect(keyFiguresOffThread).toHaveBeenCalledWith(figuresRequest);
  });

  it('answers null for a failure, a malformed answer, or no answer within 30 s', async () => {
    const { module, keyFiguresOffThread } = await setUp();
    keyFiguresOffThread.mockRejectedValueOnce(new Error('gone'));
    expect(await module.keyFiguresInBackground(figuresRequest)).toBeNull();
    keyFiguresOffThread.mockResolvedValueOnce('nonsense');
    expect(await module.keyFiguresInBackground(figuresRequest)).toBeNull();
    vi.useFakeTimers();
    keyFiguresOffThread.mockReturnValueOnce(new Promise(() => undefined));
    const late = module.keyFiguresInBackground(figuresRequest);
    await vi.advanceTimersByTimeAsync(30_000);
    expect(await late).toBeNull();
  });
});
