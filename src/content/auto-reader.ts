/**
 * Runs on every page of the sites the user chose, so it is small (no
 * Readability, no sanitizer) and cheap: it only asks the quick stages of the
 * decision. On a "maybe" it tells the background, which injects the full
 * reader; that one extracts and checks again before showing anything. Any
 * failure leaves the page as it was.
 */
import { quickDecision } from '../core/detect/decide-is-article';
import type { NavigationKind } from '../core/messages/protocol';
import { sendToBackground } from '../platform/content-runtime';

function navigationKind(): NavigationKind {
  const entry = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
  const type: string | undefined = entry?.type;
  return type === 'reload' || type === 'back_forward' || type === 'prerender' ? type : 'navigate';
}

try {
  const navigation = navigationKind();
  // Back and forward return to a page as the reader left it: never open the reader by itself there.
  if (navigation !== 'back_forward' && window === window.top) {
    const quick = quickDecision(document, location.href);
    if (quick.verdict !== 'no') void sendToBackground('auto:candidate', { url: location.href, navigation, paywalled: quick.paywalled });
  }
} catch {
  // Leave the page alone.
}
