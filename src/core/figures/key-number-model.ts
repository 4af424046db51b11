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
  bias: 0.38,
  weights: {
    bracketed: -1.38,
    crowd: 0.42,
    fewFigures: 0.53,
    laterOfKind: -1.09,
    lede: 0.69,
    magnitude: 1.03,
    manyFigures: -1.72,
    position: 0.64,
    qualified: 0.17,
    quoted: -0.61,
    repeats: 0.14,
    scaled: 0.67,
    shortLine: -0.79,
    title: 1,
    'trait.age': 0.23,
    'trait.bare.big': -0.89,
    'trait.bare.qualified': 0.58,
    'trait.bare.small': 0,
    'trait.count.adjective': -0.54,
    'trait.count.fewWords': -0.56,
    'trait.count.noun': 0.53,
    'trait.count.words': 0.31,
    'trait.date.day': 0.65,
    'trait.date.monthYear': -0.21,
    'trait.decade': -1.57,
    'trait.duration': 0.08,
    'trait.duration.vague': -1.28,
    'trait.money': 1.05,
    'trait.month': 0,
    'trait.ordinal': -0.48,
    'trait.percent': 1.11,
    'trait.quantity': 0.2,
    'trait.scaled': 0.19,
    'trait.score': 0.58,
    'trait.time': 0.19,
    'trait.weekday': 0,
    'trait.word': 0,
    'trait.year': -0.98,
    vague: -0.09,
  },
  threshold: -0.05,
};
