import { decideBySignals } from './decide-by-signals';
import { decideByUrl } from './decide-by-url';

export type DecisionStage = 'url' | 'signals' | 'readerable' | 'extraction';

export interface QuickDecision {
  /**
   * 'no': leave the page alone. 'maybe': Readability's quick test passed,
   * run the extraction. 'yes-signals': the metadata names one article (the
   * quick test is skipped, some article pages fail it), run the extraction.
   */
  verdict: 'no' | 'maybe' | 'yes-signals';
  stage: DecisionStage;
  /** Which rule decided, for logs and the benchmark ("url:listing:tag"). */
  reason: string;
  /** The page says its text is paywalled; the extraction stage needs it. */
  paywalled: boolean;
}

/**
 * Stages 1-2, what the script on every page of a chosen site runs: the
 * address and the page's own signals. Readability's quick test (stage 3)
 * comes with the reader loaded on demand, which keeps that script under
 * 8 KB; the order of the stages, and so the decision, is the same.
 */
export function earlyDecision(doc: Document, url: string): QuickDecision {
  try {
    const byUrl = decideByUrl(url);
    if (byUrl.verdict === 'no') return { verdict: 'no', stage: 'url', reason: byUrl.reason, paywalled: false };
    const signals = decideBySignals(doc);
    const { paywalled } = signals;
    if (signals.verdict === 'no') return { verdict: 'no', stage: 'signals', reason: signals.reason, paywalled };
    if (signals.verdict === 'yes') return { verdict: 'yes-signals', stage: 'signals', reason: signals.reason, paywalled };
    return { verdict: 'maybe', stage: 'signals', reason: signals.reason, paywalled };
  } catch {
    return { verdict: 'no', stage: 'url', reason: 'error', paywalled: false };
  }
}

