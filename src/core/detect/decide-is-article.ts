import type { ExtractResult } from '../article';
import { decideByExtraction } from './decide-by-extraction';
import { decideByReaderable } from './decide-by-readerable';
import { decideByShape } from './decide-by-shape';
import { earlyDecision, type DecisionStage, type QuickDecision } from './early-decision';

export type { DecisionStage, QuickDecision } from './early-decision';
export { earlyDecision } from './early-decision';

export interface ArticleDecision {
  isArticle: boolean;
  stage: DecisionStage;
  reason: string;
}

export type Extract = (doc: Document) => ExtractResult | Promise<ExtractResult>;

/**
 * What the reader loaded on demand checks before extracting: the page's
 * shape (the rest of stage 2), then Readability's quick test (stage 3),
 * which a page whose metadata names one article skips.
 */
export function readerableStage(doc: Document, early: QuickDecision): QuickDecision {
  if (early.verdict === 'no') return early;
  try {
    const shape = decideByShape(doc);
    if (shape) return { ...early, verdict: 'no', stage: 'signals', reason: shape.reason };
    if (early.verdict === 'yes-signals') return early;
    return decideByReaderable(doc)
      ? { ...early, stage: 'readerable', reason: 'readerable:yes' }
      : { ...early, verdict: 'no', stage: 'readerable', reason: 'readerable:no' };
  } catch {
    return { ...early, verdict: 'no', stage: 'readerable', reason: 'error' };
  }
}

/**
 * Stages 1-3, cheap enough to run on every page of a site the user chose:
 * the address, the page's own signals, Readability's quick test. Stops at
 * the first "no". Never throws: an error means "leave the page alone".
 */
export function quickDecision(doc: Document, url: string): QuickDecision {
  return readerableStage(doc, earlyDecision(doc, url));
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
