import type { ExtractResult } from '../article';
import { FULL_MODEL, PAGE_MODEL, READING_THRESHOLDS } from './auto-model';
import type { DecisionUse } from './decision-thresholds';
import { earlyDecision, type DecisionStage, type QuickDecision } from './early-decision';
import { explain, scoreStage } from './score-stage';
import { fullStageFeatures, pageStageFeatures } from './stage-features';

export type { DecisionUse } from './decision-thresholds';
export type { DecisionStage, QuickDecision } from './early-decision';
export { earlyDecision } from './early-decision';

export interface ArticleDecision {
  isArticle: boolean;
  stage: DecisionStage;
  reason: string;
}

export type Extract = (doc: Document) => ExtractResult | Promise<ExtractResult>;

/**
 * One scored decision in three stages, each a logistic model over general
 * page features with weights and thresholds fitted on the development set
 * (auto-model.ts, written by bench/fit-auto.ts): the address and the page's
 * own metadata (the script on every page), the page's shape and
 * Readability's quick test (the reader loaded on demand), then the full
 * extraction. The early stages only say no, well below where articles
 * score; the last opens only above a threshold chosen for precision. The
 * popup's check (`use` 'reading': the toolbar button reads on request)
 * runs the same models with lower thresholds, fitted for recall.
 */

function thresholdOf(use: DecisionUse, stage: 'page' | 'full'): number {
  if (use === 'reading') return READING_THRESHOLDS[stage];
  return stage === 'page' ? PAGE_MODEL.threshold : FULL_MODEL.threshold;
}

/** Stage 2, what the reader loaded on demand checks before extracting. Never throws. */
export function readerableStage(doc: Document, early: QuickDecision, use: DecisionUse = 'auto'): QuickDecision {
  if (early.verdict === 'no') return early;
  try {
    const threshold = thresholdOf(use, 'page');
    const s = scoreStage(PAGE_MODEL, pageStageFeatures(doc, doc.URL).features);
    const reason = explain('readerable', { ...PAGE_MODEL, threshold }, s);
    if (s.score < threshold) return { ...early, verdict: 'no', stage: 'readerable', reason };
    return { ...early, stage: 'readerable', reason };
  } catch {
    return { ...early, verdict: 'no', stage: 'readerable', reason: 'error' };
  }
}

/** Stages 1-2, cheap enough to run before any extraction. Stops at the first "no". Never throws. */
export function quickDecision(doc: Document, url: string, use: DecisionUse = 'auto'): QuickDecision {
  return readerableStage(doc, earlyDecision(doc, url, use), use);
}

/**
 * Stage 3: the full extraction's result, scored with everything the page
 * showed before. Opens only at or above the last stage's threshold. Never throws.
 */
export function extractionStage(doc: Document, quick: QuickDecision, result: ExtractResult, use: DecisionUse = 'auto'): ArticleDecision {
  if (!result.ok) return { isArticle: false, stage: 'extraction', reason: `extraction:${result.reason}` };
  try {
    const threshold = thresholdOf(use, 'full');
    const features = fullStageFeatures(pageStageFeatures(doc, result.article.url || doc.URL), result.article, quick.paywalled);
    const s = scoreStage(FULL_MODEL, features);
    return { isArticle: s.score >= threshold, stage: 'extraction', reason: explain('extraction', { ...FULL_MODEL, threshold }, s) };
  } catch {
    return { isArticle: false, stage: 'extraction', reason: 'extraction:error' };
  }
}

/**
 * The whole decision: the quick stages, then the full extraction (passed
 * in, so that the small script can load it on demand), with the automatic
 * reader's thresholds or the popup's (`use`). Resolves, never rejects: any
 * error is "not an article".
 */
export async function decideIsArticle(doc: Document, url: string, extract: Extract, use: DecisionUse = 'auto'): Promise<ArticleDecision> {
  const quick = quickDecision(doc, url, use);
  if (quick.verdict === 'no') return { isArticle: false, stage: quick.stage, reason: quick.reason };
  try {
    return extractionStage(doc, quick, await extract(doc), use);
  } catch {
    return { isArticle: false, stage: 'extraction', reason: 'extraction:error' };
  }
}
