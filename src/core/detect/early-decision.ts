import { EARLY_MODEL } from './auto-model';
import { metaFeatures } from './meta-features';
import { explain, scoreOf, scoreStage } from './score-stage';
import { urlFeatures } from './url-features';

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
  const none = { stage: 'url' as const, paywalled: false, features: {} };
  let u: URL;
  try { u = new URL(url); } catch { return { ...none, verdict: 'no' }; }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') return { ...none, verdict: 'no' };
  const { features, paywalled } = earlyFeatures(doc, url);
  if (scoreOf(EARLY_MODEL, features) < EARLY_MODEL.threshold) return { verdict: 'no', stage: 'signals', paywalled, features };
  return { verdict: features['ld.article'] ? 'yes-signals' : 'maybe', stage: 'signals', paywalled, features };
}

/**
 * Stage 1: the address and the page's own signals, scored by the first
 * stage's weights (auto-model.ts). It says no only well below where
 * articles score, so that the later stages, which see the page's shape and
 * the extraction, decide the close cases. Never throws: an error means
 * "leave the page alone".
 */
export function earlyDecision(doc: Document, url: string): QuickDecision {
  try {
    const v = earlyVerdict(doc, url);
    if (v.stage === 'url') return { verdict: 'no', stage: 'url', reason: canParse(url) ? 'url:scheme' : 'url:unparsable', paywalled: false };
    return { verdict: v.verdict, stage: v.stage, reason: explain('signals', EARLY_MODEL, scoreStage(EARLY_MODEL, v.features)), paywalled: v.paywalled };
  } catch {
    return { verdict: 'no', stage: 'url', reason: 'error', paywalled: false };
  }
}

function canParse(url: string): boolean {
  try { return Boolean(new URL(url)); } catch { return false; }
}
