/**
 * The thresholds one use of the scored decision compares each stage's
 * logit with (the weights are the same for every use, auto-model.ts). The
 * automatic reader opens by itself, so its thresholds are chosen for
 * precision; the popup reads on request, so its own, lower ones turn away
 * only what is clearly not an article.
 */
export interface DecisionThresholds {
  early: number;
  page: number;
  full: number;
}

/** 'auto': the automatic reader, opening by itself. 'reading': the toolbar button's check before showing a page. */
export type DecisionUse = 'auto' | 'reading';
