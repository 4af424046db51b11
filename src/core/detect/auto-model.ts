// Written by bench/fit-auto.ts from 1018 pages (831 articles, 187 not; borderline pages left out) with {"lambda":2,"nonArticleWeight":2,"maxUrlWeight":1,"falseOpenCost":20,"earlyLoss":0.002,"earlyMargin":1,"readingRecall":0.98,"innerFolds":3}. Do not edit by hand: change the features or the fit, and run it again.
import type { DecisionThresholds } from './decision-thresholds';
import type { StageModel } from './score-stage';

/** Stage 1 (the script on every page): the address and the page's metadata. Says no below the threshold. */
export const EARLY_MODEL: StageModel = {
  "bias": -2.76,
  "weights": {
    "ld.article": 1.32,
    "ld.discussion": -1.94,
    "ld.listing": -0.76,
    "ld.media": -1.02,
    "ld.product": -1.03,
    "meta.author": 1.23,
    "meta.price": -1.39,
    "og.other": -1.61,
    "og.website": -2.09,
    "prose.paragraphs": 2.67,
    "url.date": 0.56,
    "url.file": 0.49,
    "url.listing": -1,
    "url.root": -1,
    "url.search": -0.8,
    "url.section": -0.94,
    "url.segment": -1,
    "url.story": 1
  },
  "threshold": -2.7
};

/** Stage 2 (on demand, before extracting): stage 1's features and the page's shape. Says no below the threshold. */
export const PAGE_MODEL: StageModel = {
  "bias": -2.71,
  "weights": {
    "cand.linkDensity": -1.52,
    "cand.sentenceLength": 0.15,
    "cand.share": -1.52,
    "ld.article": 1.08,
    "ld.discussion": -1.13,
    "ld.media": -1.01,
    "ld.product": -0.45,
    "meta.author": 1.07,
    "meta.price": -0.7,
    "og.other": -1.41,
    "og.website": -1.29,
    "page.error": -1.59,
    "page.letters": -0.59,
    "prose.paragraphs": 0.42,
    "readerable": 0.68,
    "shape.avatars": -0.52,
    "shape.buy": -0.25,
    "shape.cards": -0.9,
    "shape.commentProse": 1.93,
    "shape.datedItems": -2.73,
    "shape.durations": -0.3,
    "shape.images": 0.95,
    "shape.imagesPerProse": 0.41,
    "shape.media": -0.05,
    "shape.password": -0.26,
    "shape.prices": -2.17,
    "shape.proseRun": 3.68,
    "shape.ratings": -0.92,
    "shape.reply": -0.6,
    "url.date": 0.65,
    "url.file": 0.26,
    "url.listing": -0.9,
    "url.root": -1,
    "url.section": -0.67,
    "url.segment": -1,
    "url.story": 1
  },
  "threshold": -2.38
};

/** Stage 3: everything, with the extraction's. Opens at or above the threshold, chosen for precision. */
export const FULL_MODEL: StageModel = {
  "bias": -2.81,
  "weights": {
    "cand.linkDensity": -0.96,
    "cand.share": 0.21,
    "ex.dates": -0.51,
    "ex.linkDensity": -3.19,
    "ex.linkedHeadings": -1.19,
    "ex.proseBlocks": 0.59,
    "ex.proseShare": 2.2,
    "ex.sentenceLength": 0.68,
    "ex.share": -4.41,
    "ex.short": -1.62,
    "ex.stopShare": 2.29,
    "ex.teaser": -2.54,
    "ld.article": 1.09,
    "ld.discussion": -0.62,
    "ld.media": -0.54,
    "ld.product": -0.64,
    "meta.author": 1.27,
    "meta.price": -0.26,
    "og.other": -0.97,
    "og.website": -1.65,
    "page.error": -2.28,
    "page.letters": -0.64,
    "prose.paragraphs": 0.67,
    "readerable": 0.13,
    "shape.avatars": -0.49,
    "shape.buy": -0.08,
    "shape.cardGroups": -0.42,
    "shape.cards": -0.65,
    "shape.commentProse": 1.39,
    "shape.datedItems": -1.71,
    "shape.headlineLinks": -0.12,
    "shape.images": 0.05,
    "shape.imagesPerProse": 0.47,
    "shape.media": -0.44,
    "shape.password": -0.47,
    "shape.prices": -1.86,
    "shape.proseRun": 2.43,
    "shape.ratings": -1.45,
    "shape.reply": -0.54,
    "url.date": 0.59,
    "url.file": 0.25,
    "url.listing": -0.72,
    "url.root": -1,
    "url.section": -0.42,
    "url.segment": -1,
    "url.story": 1
  },
  "threshold": 0.25
};

/** The popup's check (the toolbar button reads on request): the same models, each stage's threshold fitted to keep 98 % of the training articles. */
export const READING_THRESHOLDS: DecisionThresholds = {
  "early": -4.03,
  "page": -4,
  "full": -1.24
};
