/**
 * Brings the reader back to where they left an article, and keeps where
 * they are while they read. A position is the fraction of the article's
 * body above the top of the view, so a popup, a full tab or a wider window
 * lands on the same paragraph although the pixels differ.
 */
import { articleKey } from '../core/position/article-key';
import { loadPosition, savePosition } from '../platform/reading-position-store';

/** At most one save this often while scrolling, and one when the scrolling stops. */
const SAVE_EVERY_MS = 500;
/** Pictures that load after the restore move the text; until the reader scrolls, the place is kept this long. */
const SETTLE_MS = 3000;

export interface KeepPositionOptions {
  url: string;
  /** The rendered article body. */
  body: HTMLElement;
  /** What scrolls: an element, or the document's scrolling element in a full tab. */
  scroller: Element;
}

export function keepReadingPosition(o: KeepPositionOptions): void {
  const key = articleKey(o.url);
  if (!key) return;
  const isDocument = o.scroller === o.scroller.ownerDocument.scrollingElement;
  const events: EventTarget = isDocument ? window : o.scroller;
  const viewTop = () => (isDocument ? 0 : o.scroller.getBoundingClientRect().top);

  const fraction = () => {
    const rect = o.body.getBoundingClientRect();
    return rect.height > 0 ? Math.max(0, Math.min(1, (viewTop() - rect.top) / rect.height)) : 0;
  };
  const goTo = (f: number) => {
    const rect = o.body.getBoundingClientRect();
    o.scroller.scrollTop += rect.top + f * rect.height - viewTop();
  };

  let timer: ReturnType<typeof setTimeout> | undefined;
  let last = -1;
  // The in-page reader can close and open again on the same page: a closed one leaves no listener behind.
  const listening = new AbortController();
  const signal = listening.signal;
  const save = () => {
    clearTimeout(timer);
    timer = undefined;
    if (!o.body.isConnected) {
      listening.abort();
      return;
    }
    const f = fraction();
    if (Math.abs(f - last) < 0.001) return;
    last = f;
    void savePosition(key, f);
  };
  const onScroll = () => {
    timer ??= setTimeout(save, SAVE_EVERY_MS);
  };

  void loadPosition(key).then((saved) => {
    if (!o.body.isConnected) return;
    let settled = saved === null;
    if (saved !== null) {
      last = saved;
      requestAnimationFrame(() => goTo(saved));
      // Until the reader moves (or a few seconds pass), pictures that arrive late do not move the place they came back to,
      // and the scrolls they cause are not saved as the reader's.
      const hold = () => {
        if (!settled) goTo(saved);
      };
      o.body.addEventListener('load', hold, { capture: true, signal });
      // Not only pictures: the web font, the figures beside the story and the reader's own strips above it arrive
      // after the restore and change the body's height or place without a load event (Firefox's full tab landed a third
      // of the way down instead of halfway).
      const moved = typeof ResizeObserver === 'function' ? new ResizeObserver(hold) : null;
      for (const box of [o.body, o.body.parentElement]) if (box) moved?.observe(box);
      const settle = () => {
        settled = true;
        moved?.disconnect();
      };
      setTimeout(settle, SETTLE_MS);
      for (const type of ['wheel', 'keydown', 'pointerdown', 'touchstart'])
        events.addEventListener(type, settle, { once: true, passive: true, capture: true, signal });
    }
    // Saving starts only now: a scroll before the restore (the page putting the headline first) is not the reader's.
    events.addEventListener(
      'scroll',
      () => {
        if (settled) onScroll();
      },
      { signal },
    );
    addEventListener('pagehide', save, { signal });
    document.addEventListener(
      'visibilitychange',
      () => {
        if (document.visibilityState === 'hidden') save();
      },
      { signal },
    );
  });
}
