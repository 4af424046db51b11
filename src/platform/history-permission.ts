/**
 * The optional "history" permission, held only while the user wants reading
 * positions forgotten with the browser's history: asked for when the box is
 * ticked, given back when it is cleared, so no other time does the extension
 * hold a warning-worthy permission for one convenience.
 */
import { browserApi } from './browser-global';

const HISTORY = { permissions: ['history' as const] };

/**
 * Asks for it. Call straight from the click, before anything is awaited:
 * Firefox grants a prompt only inside the user's own gesture. False when
 * refused, or when the browser cannot ask.
 */
export function requestHistoryPermission(): Promise<boolean> {
  try {
    return browserApi()
      .permissions.request(HISTORY)
      .catch(() => false);
  } catch {
    return Promise.resolve(false);
  }
}

/** Gives it back. A test build requires it, and a required permission cannot be removed: that is not an error. */
export async function releaseHistoryPermission(): Promise<void> {
  await browserApi()
    .permissions.remove(HISTORY)
    .catch(() => false);
}

export async function holdsHistoryPermission(): Promise<boolean> {
  return browserApi()
    .permissions.contains(HISTORY)
    .catch(() => false);
}
