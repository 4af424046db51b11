/**
 * Brings a highlighted sentence to the middle of the article's scroller, and
 * keeps it there while the layout settles. A smooth scroll aims once, at the
 * start: when images above the sentence load (or fail and are removed) the
 * text moves under it and the scroll stops short. So the aim is taken again
 * whenever the article changes size and when the scroll ends, until the
 * layout has been still for a while or the reader scrolls themselves. Only
 * the scroller moves (never scrollIntoView, which scrolls every ancestor,
 * the popup's frame included).
 */
const SETTLE_MS = 1500;
const MAX_AIMS = 12;

/** The scrollTop that puts a box of `height` at `top` (viewport coordinates) in the middle of the scroller. */
export function centredScrollTop(
  top: number,
  height: number,
  scroller: { top: number; scrollTop: number; clientHeight: number; scrollHeight: number },
): number {
  const wanted = scroller.scrollTop + (top - scroller.top) - (scroller.clientHeight - Math.min(height, scroller.clientHeight)) / 2;
  return Math.round(Math.max(0, Math.min(wanted, scroller.scrollHeight - scroller.clientHeight)));
}

/** Smooth for a short way; at once when the reader asked for less motion, or the way is long (a long glide is slow and easily knocked off course). */
export function scrollBehaviourFor(distance: number, clientHeight: number, reducedMotion: boolean): ScrollBehavior {
  return reducedMotion || Math.abs(distance) > 3 * clientHeight ? 'instant' : 'smooth';
}

export interface ScrollToMarkOptions {
  reducedMotion: boolean;
  /** What changes size when the layout shifts (the article); the scroller's first child by default. */
  content?: Element | null;
}

/** Scrolls `mark` into the middle of `scroller`; returns a function that stops the re-aiming. */
export function scrollToMark(scroller: HTMLElement, mark: HTMLElement, options: ScrollToMarkOptions): () => void {
  let stopped = false;
  let aims = 0;
  let settleTimer: ReturnType<typeof setTimeout> | undefined;
  const target = () => {
    const box = mark.getBoundingClientRect();
    // The document's own scroller shows the viewport, whatever its box says.
    const frameTop = scroller === document.scrollingElement ? 0 : scroller.getBoundingClientRect().top + scroller.clientTop;
    return centredScrollTop(box.top, box.height, {
      top: frameTop,
      scrollTop: scroller.scrollTop,
      clientHeight: scroller.clientHeight,
      scrollHeight: scroller.scrollHeight,
    });
  };
  const first = target();
  const behavior = scrollBehaviourFor(first - scroller.scrollTop, scroller.clientHeight, options.reducedMotion);
  const aim = () => {
    if (stopped || !mark.isConnected || aims >= MAX_AIMS) return;
    const top = target();
    if (Math.abs(top - scroller.scrollTop) < 2) return;
    aims += 1;
    scroller.scrollTo({ top, behavior });
    settle();
  };
  const stop = () => {
    if (stopped) return;
    stopped = true;
    clearTimeout(settleTimer);
    resize?.disconnect();
    events.removeEventListener('scrollend', aim);
    for (const type of USER_SCROLL) events.removeEventListener(type, stop);
  };
  const settle = () => {
    clearTimeout(settleTimer);
    settleTimer = setTimeout(stop, SETTLE_MS);
  };
  // The first callback only reports the size at observe time.
  let seen = false;
  const resize =
    typeof ResizeObserver === 'function'
      ? new ResizeObserver(() => {
          if (seen) aim();
          seen = true;
        })
      : null;
  const content = options.content ?? scroller.firstElementChild;
  if (resize && content) resize.observe(content);
  // The document's scroller sends its scroll events to the window.
  const events: EventTarget = scroller === document.scrollingElement ? window : scroller;
  events.addEventListener('scrollend', aim);
  // The reader takes over: their scroll wins over ours.
  for (const type of USER_SCROLL) events.addEventListener(type, stop, { passive: true });
  aims += 1;
  scroller.scrollTo({ top: first, behavior });
  settle();
  return stop;
}

const USER_SCROLL = ['wheel', 'touchstart', 'keydown', 'pointerdown'] as const;
