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
  bias: -1.752,
  weights: {
    words: 0.765,
    short: -0.402,
    startShare: 0.315,
    endShare: -0.05,
    beforeStory: 0,
    afterStory: 0,
    edge: -0.434,
    linkyOutside: 0.594,
    shortOutside: 0.409,
    linkShare: 0.594,
    allLinks: -0.119,
    links: 1.488,
    repeated: 0.52,
    listItem: 0.089,
    linkList: 0,
    cell: 1.288,
    controls: 0.507,
    caps: 0.766,
    sentenceEnd: -1.284,
    sentences: 0.469,
    separators: 0.022,
    digits: 0.126,
    callToAction: 0.316,
    callToActionLine: 0.943,
    storyVocabulary: -0.489,
    fewLongWords: -0.109,
    prose: 0,
    phrase: 0,
    dateline: -0.241,
    teaser: 0.178,
  },
  threshold: 0.663,
};
