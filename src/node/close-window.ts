/**
 * Frees a jsdom window we are done with, without the two ways jsdom's own
 * close() can take the process down:
 * - close() empties the body with innerHTML = '', one child at a time, and
 *   refreshes the body's child list after each when something has read it
 *   (our copy does): quadratic, 16 s of 22 s for a page with 12,000
 *   comments. Detaching the whole tree first is one removal.
 * - it detaches recursively and overflows the stack on a page thousands of
 *   levels deep; the window is dropped either way, and the garbage
 *   collector frees what close() did not.
 */
export function closeWindow(window: unknown): void {
  const w = window as { document?: Document; close(): void };
  try {
    w.document?.documentElement?.remove();
  } catch {
    // nothing to detach
  }
  try {
    w.close();
  } catch {
    // RangeError from a deep tree
  }
}
