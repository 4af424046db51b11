import type { ExtractResult } from '../article';
import { decideByExtraction } from './decide-by-extraction';
import { decideByReaderable } from './decide-by-readerable';
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

export interface ArticleDecision {
  isArticle: boolean;
  stage: DecisionStage;
  reason: string;
}

export type Extract = (doc: Document) => ExtractResult | Promise<ExtractResult>;

/**
 * Stages 1-3, cheap enough to run on every page of a site the user chose:
 * the address, the page's own signals, Readability's quick test. Stops at
 * the first "no". Never throws: an error means "leave the page alone".
 */
export function quickDecision(doc: Document, url: string): QuickDecision {
  try {
    const byUrl = decideByUrl(url);
    if (byUrl.verdict === 'no') return { verdict: 'no', stage: 'url', reason: byUrl.reason, paywalled: false };
    const signals = decideBySignals(doc);
    const { paywalled } = signals;
    if (signals.verdict === 'no') return { verdict: 'no', stage: 'signals', reason: signals.reason, paywalled };
    if (signals.verdict === 'yes') return { verdict: 'yes-signals', stage: 'signals', reason: signals.reason, paywalled };
    if (!decideByReaderable(doc)) return { verdict: 'no', stage: 'readerable', reason: 'readerable:no', paywalled };
    return { verdict: 'maybe', stage: 'readerable', reason: 'readerable:yes', paywalled };
  } catch {
    return { verdict: 'no', stage: 'url', reason: 'error', paywalled: false };
  }
}

/**
 * The whole decision: the quick stages, then the full extraction (passed
 * in, so that the small script can load it on demand) and its sanity
 * checks. Resolves, never rejects: any error is "not an article".
 */
export async function decideIsArticle(doc: Document, url: string, extract: Extract): Promise<ArticleDecision> {
  const quick = quickDecision(doc, url);
  if (quick.verdict === 'no') return { isArticle: false, stage: quick.stage, reason: quick.reason };
  try {
    const verdict = decideByExtraction(await extract(doc), quick.paywalled);
    return { isArticle: verdict.verdict === 'yes', stage: 'extraction', reason: verdict.reason };
  } catch {
    return { isArticle: false, stage: 'extraction', reason: 'extraction:error' };
  }
}
