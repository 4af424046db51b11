/**
 * Where the in-page reader's reading runs, off the page's thread, in a
 * context with a DOM parser. Chrome: an offscreen document (reason
 * DOM_PARSER), created on demand; it closes itself when idle
 * (offscreen/offscreen-listener.ts). Firefox has no offscreen documents, and
 * needs none: its background is an event page with a DOM, which imports the
 * reading module by its fixed path (the scripts contract names it) the first
 * time it reads. What a page sent is passed through, never kept here.
 */
import type { KeyFigures } from '../core/figures/key-figures';
import type { FiguresRequest, ReadAnswer, ReadRequest, WorkMessage } from '../core/messages/reader-work';
import type { PageSnapshot } from '../core/snapshot/page-snapshot';
import { browserApi } from './browser-global';

const OFFSCREEN_PAGE = 'offscreen/offscreen.html';

interface Offscreen {
  createDocument(options: { url: string; reasons: string[]; justification: string }): Promise<void>;
}
interface ChromeRuntime {
  getContexts?(filter: { contextTypes: string[] }): Promise<unknown[]>;
}
interface ReaderWorkModule {
  readSnapshot(snapshot: PageSnapshot, request: ReadRequest): ReadAnswer;
  keyFiguresFor(request: FiguresRequest): Promise<KeyFigures | null>;
}

function offscreenApi(): Offscreen | null {
  const c = (globalThis as { chrome?: { offscreen?: Offscreen } }).chrome;
  return typeof c?.offscreen?.createDocument === 'function' ? c.offscreen : null;
}

let creating: Promise<void> | null = null;

async function ensureOffscreen(api: Offscreen): Promise<void> {
  const runtime = (globalThis as { chrome?: { runtime?: ChromeRuntime } }).chrome?.runtime;
  const open = await runtime?.getContexts?.({ contextTypes: ['OFFSCREEN_DOCUMENT'] }).catch(() => []);
  if (open?.length) return;
  // Two readings at once must not both create it (Chrome allows one offscreen document).
  creating ??= api
    .createDocument({ url: OFFSCREEN_PAGE, reasons: ['DOM_PARSER'], justification: 'Read the page as an inert document, off its thread.' })
    .catch((error: unknown) => {
      if (!/single offscreen/i.test(String(error))) throw error;
    })
    .finally(() => (creating = null));
  await creating;
}

async function inOffscreen(api: Offscreen, message: WorkMessage): Promise<unknown> {
  await ensureOffscreen(api);
  try {
    return await browserApi().runtime.sendMessage(message);
  } catch {
    // It closed itself between the check and the message (idle): open it again, once.
    await ensureOffscreen(api);
    return browserApi().runtime.sendMessage(message);
  }
}

let workModule: Promise<ReaderWorkModule> | null = null;
function inBackgroundPage(): Promise<ReaderWorkModule> {
  // A literal path from the extension's root: SCRIPTS.readerWork.file (the build keeps it external, and
  // test/build/injected-scripts.test.ts checks the two agree). Only Firefox's event page runs this: a service worker cannot import().
  workModule ??= import('/offscreen/reader-work.js' as string) as Promise<ReaderWorkModule>;
  return workModule;
}

/** The page's checked snapshot, read. Resolves to an answer the reader can show; the caller checks its shape on arrival. */
export async function readOffThread(snapshot: PageSnapshot, request: ReadRequest): Promise<unknown> {
  const api = offscreenApi();
  if (api) return inOffscreen(api, { target: 'reader-work', type: 'read', snapshot, request });
  return (await inBackgroundPage()).readSnapshot(snapshot, request);
}

export async function keyFiguresOffThread(request: FiguresRequest): Promise<unknown> {
  const api = offscreenApi();
  if (api) return inOffscreen(api, { target: 'reader-work', type: 'figures', request });
  return (await inBackgroundPage()).keyFiguresFor(request);
}
