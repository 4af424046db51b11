import { EARLY_MODEL, READING_THRESHOLDS } from './auto-model';
import type { DecisionUse } from './decision-thresholds';
import { metaFeatures } from './meta-features';
import { explain, scoreOf, scoreStage } from './score-stage';
import { urlFeatures } from './url-features';
import { parseUrl } from '../url/web-address';

export type DecisionStage = 'url' | 'signals' | 'readerable' | 'extraction';

export interface QuickDecision {
  /**
   * 'no': leave the page alone. 'maybe': the cheap stages found no reason
   * to stop, run the next. 'yes-signals': the same, and the metadata names
   * one article (told to the reader for its logs; the score decides).
   */
  verdict: 'no' | 'maybe' | 'yes-signals';
  stage: DecisionStage;
  /** What decided: the stage, its score against its threshold, the features that weighed most. */
  reason: string;
  /** The page says its text is paywalled; the extraction stage needs it. */
  paywalled: boolean;
}

/** The first stage's features: the address and what the page says about itself. */
export function earlyFeatures(doc: Document, url: string | null): { features: Record<string, number>; paywalled: boolean } {
  const meta = metaFeatures(doc);
  return { features: { ...urlFeatures(url), ...meta.features }, paywalled: meta.paywalled };
}

/**
 * Stage 1 without its explanation, what the script on every page of a
 * chosen site runs (it only needs the verdict, and stays under 8 KB).
 * Throws on a broken document; earlyDecision catches.
 */
export function earlyVerdict(doc: Document, url: string): Omit<QuickDecision, 'reason'> & { features: Record<string, number> } {
  // Not an address: null, decided below.
  const u = parseUrl(url);
  if (!u || !/^https?:$/.test(u.protocol)) return { verdict: 'no', stage: 'url', paywalled: false, features: {} };
  const { features, paywalled } = earlyFeatures(doc, url);
  return { verdict: verdictOf(features, EARLY_MODEL.threshold), stage: 'signals', paywalled, features };
}

function verdictOf(features: Record<string, number>, threshold: number): QuickDecision['verdict'] {
  return scoreOf(EARLY_MODEL, features) < threshold ? 'no' : features['ld.article'] ? 'yes-signals' : 'maybe';
}

/**
 * Stage 1: the address and the page's own signals, scored by the first
 * stage's weights (auto-model.ts). It says no only well below where
 * articles score, so that the later stages, which see the page's shape and
 * the extraction, decide the close cases; lower still for the popup's check
 * (`use` 'reading'). Never throws: an error means "leave the page alone".
 */
export function earlyDecision(doc: Document, url: string, use: DecisionUse = 'auto'): QuickDecision {
  try {
    const v = earlyVerdict(doc, url);
    if (v.stage === 'url')
      return { verdict: 'no', stage: 'url', reason: canParse(url) ? 'url:scheme' : 'url:unparsable', paywalled: false };
    const threshold = use === 'reading' ? READING_THRESHOLDS.early : EARLY_MODEL.threshold;
    return {
      verdict: verdictOf(v.features, threshold),
      stage: v.stage,
      reason: explain('signals', { ...EARLY_MODEL, threshold }, scoreStage(EARLY_MODEL, v.features)),
      paywalled: v.paywalled,
    };
  } catch {
    return { verdict: 'no', stage: 'url', reason: 'error', paywalled: false };
  }
}

const canParse = (url: string): boolean => parseUrl(url) !== null;
