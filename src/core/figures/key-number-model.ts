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
  bias: 0,
  weights: {
    bracketed: -0.99,
    crowd: 0.25,
    fewFigures: 0.34,
    laterOfKind: -1.05,
    lede: -0.18,
    magnitude: 1.56,
    manyFigures: -1.53,
    position: 0.64,
    qualified: 0.66,
    quoted: -1.03,
    repeats: 0.03,
    scaled: 0.61,
    shortLine: -0.25,
    title: 1,
    'trait.age': 0.46,
    'trait.bare.big': -1.07,
    'trait.bare.qualified': 0.68,
    'trait.bare.small': -0.83,
    'trait.count.adjective': -0.16,
    'trait.count.fewWords': -0.07,
    'trait.count.noun': 0.77,
    'trait.count.words': 0.34,
    'trait.date.day': 1.49,
    'trait.date.monthYear': -0.43,
    'trait.decade': -1.46,
    'trait.duration': 0.43,
    'trait.duration.vague': -0.66,
    'trait.money': 1.18,
    'trait.month': -0.89,
    'trait.ordinal': -0.33,
    'trait.percent': 1.36,
    'trait.quantity': 0.07,
    'trait.scaled': 0.28,
    'trait.score': 0.93,
    'trait.time': 0.8,
    'trait.weekday': -2.44,
    'trait.word': -1.13,
    'trait.year': -1.15,
    vague: -0.07,
  },
  threshold: -0.3,
};
