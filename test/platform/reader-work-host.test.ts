/**
 * Where the in-page reader's reading runs: Chrome's offscreen document
 * (created on demand, once), else Firefox's background page, which imports
 * the reading module by its fixed path (mocked here).
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { PageSnapshot } from '../../src/core/snapshot/page-snapshot';
import type { ReadRequest } from '../../src/core/messages/reader-work';
import { dropFakeBrowser, useFakeBrowser, type FakeBrowser } from '../support/fake-browser';

afterEach(() => {
  dropFakeBrowser();
  vi.doUnmock('/offscreen/reader-work.js');
});

const snapshot: PageSnapshot = {
  nonce: 'n',
  url: 'https://news.example/a',
  baseUrl: 'https://news.example/a',
  html: '<p>x</p>',
  lang: null,
  dir: null,
  truncated: false,
};
const request: ReadRequest = { auto: false, paywalled: false, articleSignals: true };
const answer = { ok: true, article: { title: 'A' }, truncated: false };

/** Chrome's offscreen API on the fake: the document, once created, answers reader-work messages until it is closed. */
function withOffscreen(fake: FakeBrowser, options: { open?: boolean } = {}) {
  const doc = { open: options.open ?? false, creations: 0 };
  const listener = (message: unknown, _sender: unknown, reply: (r?: unknown) => void) => {
    if (!doc.open || (message as { target?: string }).target !== 'reader-work') return undefined;
    reply((message as { type: string }).type === 'read' ? answer : { people: [], numbers: [] });
    return undefined;
  };
  const createDocument = vi.fn(async (_options: { url: string; reasons: string[]; justification: string }) => {
    await new Promise((r) => setTimeout(r, 5));
    if (doc.open) throw new Error('Only a single offscreen document may be created.');
    doc.open = true;
    doc.creations++;
    fake.api.runtime.onMessage.addListener(listener);
  });
  if (doc.open) fake.api.runtime.onMessage.addListener(listener);
  const getContexts = vi.fn(async () => (doc.open ? [{ contextType: 'OFFSCREEN_DOCUMENT' }] : []));
  const close = () => {
    doc.open = false;
    fake.api.runtime.onMessage.removeListener(listener);
  };
  Object.assign(fake.api, { offscreen: { createDocument } });
  Object.assign(fake.api.runtime, { getContexts });
  return { doc, createDocument, getContexts, close };
}

const setUp = () => useFakeBrowser(() => import('../../src/platform/reader-work-host'));

describe('reading in Chrome, in an offscreen document', () => {
  it('creates the document on demand for DOM parsing and sends it the reading', async () => {
    const { fake, module } = await setUp();
    const off = withOffscreen(fake);
    expect(await module.readOffThread(snapshot, request)).toEqual(answer);
    expect(off.createDocument).toHaveBeenCalledTimes(1);
    expect(off.createDocument.mock.calls[0]?.[0]).toMatchObject({ url: 'offscreen/offscreen.html', reasons: ['DOM_PARSER'] });
    expect(fake.api.runtime.sendMessage).toHaveBeenCalledWith({ target: 'reader-work', type: 'read', snapshot, request });
  });

  it('creates it once for two readings at once', async () => {
    const { fake, module } = await setUp();
    const off = withOffscreen(fake);
    const both = await Promise.all([
      module.readOffThread(snapshot, request),
      module.keyFiguresOffThread({ text: 't', title: 'T', lang: null }),
    ]);
    expect(both).toEqual([answer, { people: [], numbers: [] }]);
    expect(off.createDocument).toHaveBeenCalledTimes(1);
    expect(off.doc.creations).toBe(1);
  });

  it('reuses a document that is already open', async () => {
    const { fake, module } = await setUp();
    const off = withOffscreen(fake, { open: true });
    expect(await module.readOffThread(snapshot, request)).toEqual(answer);
    expect(await module.readOffThread(snapshot, request)).toEqual(answer);
    expect(off.getContexts).toHaveBeenCalledWith({ contextTypes: ['OFFSCREEN_DOCUMENT'] });
    expect(off.createDocument).not.toHaveBeenCalled();
  });

  it('takes "only a single offscreen document" as the document being there', async () => {
    const { fake, module } = await setUp();
    const off = withOffscreen(fake, { open: true });
    // A browser without getContexts: the check cannot see the open document.
    Object.assign(fake.api.runtime, { getContexts: undefined });
    expect(await module.readOffThread(snapshot, request)).toEqual(answer);
    expect(off.createDocument).toHaveBeenCalledTimes(1);
  });

  it('opens it again, once, when it closed between the check and the message', async () => {
    const { fake, module } = await setUp();
    const off = withOffscreen(fake, { open: true });
    // Open when checked, closed (idle) by the time the message goes.
    off.getContexts.mockImplementationOnce(async () => {
      const open = [{ contextType: 'OFFSCREEN_DOCUMENT' }];
      off.close();
      return open;
    });
    expect(await module.readOffThread(snapshot, request)).toEqual(answer);
    expect(off.createDocument).toHaveBeenCalledTimes(1);
    expect(fake.api.runtime.sendMessage).toHaveBeenCalledTimes(2);
  });

  it('gives up after the one retry: the error reaches the caller', async () => {
    const { fake, module } = await setUp();
    const off = withOffscreen(fake, { open: true });
    off.close();
    off.getContexts.mockResolvedValue([{ contextType: 'OFFSCREEN_DOCUMENT' }]); // it always looks open, never answers
    await expect(module.readOffThread(snapshot, request)).rejects.toThrow(/Receiving end does not exist/);
    expect(fake.api.runtime.sendMessage).toHaveBeenCalledTimes(2);
  });

  it('passes on a failure to create the document', async () => {
    const { fake, module } = await setUp();
    const off = withOffscreen(fake);
    off.createDocument.mockRejectedValueOnce(new Error('Invalid reason'));
    await expect(module.readOffThread(snapshot, request)).rejects.toThrow('Invalid reason');
    // Nothing stuck: the next reading tries again.
    expect(await module.readOffThread(snapshot, request)).toEqual(answer);
  });
});

describe('reading in Firefox, in the background page', () => {
  it('imports the reading module by its fixed path, and reads there', async () => {
    const readSnapshot = vi.fn(() => answer);
    const keyFiguresFor = vi.fn(async () => ({ people: [], numbers: [] }));
    const loads = vi.fn();
    vi.doMock('/offscreen/reader-work.js', () => {
      loads();
      return { readSnapshot, keyFiguresFor };
    });
    const { fake, module } = await useFakeBrowser(() => import('../../src/platform/reader-work-host'), { firefox: true });
    expect(await module.readOffThread(snapshot, request)).toEqual(answer);
    expect(readSnapshot).toHaveBeenCalledWith(snapshot, request);
    const figures = { text: 't', title: 'T', lang: 'en' };
    expect(await module.keyFiguresOffThread(figures)).toEqual({ people: [], numbers: [] });
    expect(keyFiguresFor).toHaveBeenCalledWith(figures);
    expect(loads).toHaveBeenCalledTimes(1);
    expect(fake.api.runtime.sendMessage).not.toHaveBeenCalled();
  });
});
