/**
 * Work done on a page's own thread in slices (the in-page reader filling
 * its article): a slice runs until its time is up or its share of nodes is
 * made, then the event loop is given back until after the next frame, so the
 * page's own tasks, input and frames come between two slices and each frame
 * lays out one slice's nodes; the first screen shows after the first one. The
 * pause is a frame and a task (setTimeout), not scheduler.yield: a yield
 * continuation outranks the page's own tasks, and the point is to let them run.
 */

/** No slice of the reader's own work holds the page's thread longer than about this (issue 16: 16 ms with the frame's style and layout). */
export const SLICE_MS = 8;

export interface Steps {
  /** Works until the clock passes `until` or about `maxNodes` are made; true once all is done. */
  step(until: number, now?: () => number, maxNodes?: number): boolean;
}

/**
 * At most about this many nodes of the article per slice. Building them takes a few ms, but the frame that follows
 * styles, lays out and paints them: a whole long story at once was 30-100 ms of layout in one frame. A slice of
 * this size is more than a screenful (the first screen comes with the first slice).
 */
export const SLICE_NODES = 400;

export interface SliceOptions {
  sliceMs?: number;
  now?: () => number;
  pause?: () => Promise<void>;
  /** Asked before each slice: false stops (the reader closed meanwhile). */
  wanted?: () => boolean;
  maxNodes?: number;
}

/** The rest of `work`, slice by slice: true once it is done, false when it was no longer wanted. */
export async function runInSlices(work: Steps, o: SliceOptions = {}): Promise<boolean> {
  const now = o.now ?? (() => performance.now());
  const pause = o.pause ?? afterNextFrame;
  const sliceMs = o.sliceMs ?? SLICE_MS;
  for (;;) {
    if (o.wanted && !o.wanted()) return false;
    if (work.step(now() + sliceMs, now, o.maxNodes ?? SLICE_NODES)) return true;
    await pause();
  }
}

/**
 * After the next frame, in a task of its own: each slice's nodes are styled, laid out and painted in the frame
 * between two slices, never many slices' at once. A hidden tab has no frames: the next task there.
 */
export function afterNextFrame(): Promise<void> {
  if (document.visibilityState === 'hidden' || typeof requestAnimationFrame !== 'function') return nextTask();
  return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
}

/**
 * The next task of the event loop: a timer while the tab is shown; a message in a hidden tab, where
 * timers are throttled to one a second (the automatic reader opens in tabs opened in the background).
 */
export function nextTask(): Promise<void> {
  if (document.visibilityState !== 'hidden' || typeof MessageChannel !== 'function')
    return new Promise((resolve) => setTimeout(resolve, 0));
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

/** Once the page's thread is idle (or `timeoutMs` has passed): for work the reader can wait for (its tools, the font). */
export function whenIdle(timeoutMs: number): Promise<void> {
  const idle = (globalThis as { requestIdleCallback?: (cb: () => void, o: { timeout: number }) => number }).requestIdleCallback;
  return new Promise((resolve) => (typeof idle === 'function' ? idle(() => resolve(), { timeout: timeoutMs }) : setTimeout(resolve, 50)));
}
