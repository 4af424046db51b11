/**
 * Runs on every page of the sites the user chose, so it is small (no
 * Readability, no sanitizer) and cheap: it asks the first stages of the
 * decision (the address, the page's own signals). Unless they say no, it
 * tells the background, which injects the reader; that one runs the
 * readerable test and the full extraction before showing anything. Any
 * failure leaves the page as it was.
 */
import { earlyVerdict } from '../core/detect/early-decision';
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
    const early = earlyVerdict(document, location.href);
    if (early.verdict !== 'no') {
      void sendToBackground('auto:candidate', { url: location.href, navigation, paywalled: early.paywalled, articleSignals: early.verdict === 'yes-signals' });
    }
  }
} catch {
  // Leave the page alone.
}
