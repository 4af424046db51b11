/**
 * Runs on every page of the sites the user chose, so it is small (no
 * Readability, no sanitizer) and cheap: it scores the first stage of the
 * decision (the address and the page's own metadata, auto-model.ts). Unless
 * that says no, it tells the background, which injects the reader; that one
 * scores the page's shape and then the full extraction before showing
 * anything. Any failure leaves the page as it was.
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
      void sendToBackground('auto:candidate', {
        url: location.href,
        navigation,
        paywalled: early.paywalled,
        articleSignals: early.verdict === 'yes-signals',
      });
    }
  }
} catch {
  // Leave the page alone.
}
