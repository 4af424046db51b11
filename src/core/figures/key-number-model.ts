// Written by bench/fit-figures.ts from the 60 labelled articles of test/figures/labels/ with {"lambda":2,"beta":1,"ascentRounds":10,"minGain":0.001,"floors":{"title":1}}. Do not edit by hand: change the features or the fit, and run it again.

/** The key-number model: a logistic score over a figure's features (rank-figures.ts computes them). */
export interface KeyNumberModel {
  bias: number;
  weights: Record<string, number>;
  /** A figure scoring at or above this is a key fact (at most eight are). */
  threshold: number;
}

/** Fitted on every labelled article; bench:figures reports it fitted on one part of them and scored on the other. */
export const KEY_NUMBER_MODEL: KeyNumberModel = {
  bias: 0.07,
  weights: {
    bracketed: -0.42,
    crowd: 0.22,
    fewFigures: 0.47,
    laterOfKind: -1.24,
    lede: 0.34,
    magnitude: 1.51,
    manyFigures: -1.51,
    position: 0.63,
    qualified: 0.43,
    quoted: -0.63,
    repeats: 0.02,
    scaled: 0.63,
    shortLine: -0.26,
    title: 1,
    'trait.age': 0.46,
    'trait.bare.big': -0.09,
    'trait.bare.qualified': 0.68,
    'trait.bare.small': -0.83,
    'trait.count.adjective': 0.02,
    'trait.count.fewWords': -0.11,
    'trait.count.noun': 0.78,
    'trait.count.words': 0.22,
    'trait.date.day': 1.47,
    'trait.date.monthYear': -0.02,
    'trait.decade': -0.66,
    'trait.duration': 0.37,
    'trait.duration.vague': -0.67,
    'trait.money': 1.19,
    'trait.month': -0.89,
    'trait.ordinal': -0.32,
    'trait.percent': 1.38,
    'trait.quantity': -0.11,
    'trait.scaled': 0.28,
    'trait.score': 0.86,
    'trait.time': 0.41,
    'trait.weekday': -2.43,
    'trait.word': -1.12,
    'trait.year': -1.54,
    vague: -0.07,
  },
  threshold: -0.45,
};
