// Written by bench/fit-quality.ts from 781 pages of cleanportaleval, l3s-gn1, scrapinghub with {"lambda":3,"storyShare":0.5,"minProbability":0.5}. Do not edit by hand: change the features or the fit, and run `npm run fit:quality` again.
import type { FeatureName } from './block-features';

/** The block scorer's model: a logistic score over a block's features (block-features.ts); a block scoring at or above the threshold is furniture. */
export interface BlockModel {
  bias: number;
  weights: Partial<Record<FeatureName, number>>;
  /** Log-odds of "furniture"; Infinity: the scorer removes nothing. */
  threshold: number;
}

/** Fitted on every corpus; fit:quality prints it fitted on two corpora and scored on the third. */
export const BLOCK_MODEL: BlockModel = {
  "bias": -1.076,
  "weights": {
    "words": -3.256,
    "short": -2.037,
    "startShare": 0.812,
    "endShare": -0.364,
    "beforeStory": 1.558,
    "afterStory": 0.744,
    "edge": 0.065,
    "linkyOutside": -0.175,
    "shortOutside": 0.136,
    "linkShare": 2.089,
    "allLinks": -0.302,
    "links": 2.744,
    "repeated": -0.165,
    "listItem": 0.939,
    "linkList": -0.139,
    "cell": 1.005,
    "controls": 2.514,
    "caps": 1.915,
    "sentenceEnd": -1.754,
    "sentences": 0.873,
    "separators": 0.041,
    "digits": 0.719,
    "callToAction": 1.165,
    "callToActionLine": 1.324,
    "storyVocabulary": -0.912,
    "fewLongWords": -0.771,
    "prose": 0,
    "phrase": 0,
    "dateline": -1.109,
    "teaser": 1.039
  },
  "threshold": 4.595
};
