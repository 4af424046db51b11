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
  "bias": -0.66,
  "weights": {
    "bracketed": -0.53,
    "crowd": -0.15,
    "fewFigures": 0.52,
    "lede": 0.32,
    "magnitude": 1.43,
    "manyFigures": -1.85,
    "position": 0.98,
    "qualified": 1.01,
    "repeats": 0.22,
    "scaled": 0.5,
    "shortLine": -1.15,
    "title": 1,
    "trait.age": 0.64,
    "trait.bare.big": -0.67,
    "trait.bare.qualified": 0.63,
    "trait.bare.small": -0.98,
    "trait.count.adjective": -0.08,
    "trait.count.fewWords": -0.28,
    "trait.count.noun": 0.51,
    "trait.count.words": 0.48,
    "trait.date.day": 0.58,
    "trait.date.monthYear": -0.31,
    "trait.decade": -1.02,
    "trait.duration": 0.48,
    "trait.duration.vague": -0.52,
    "trait.money": 0.89,
    "trait.month": -1.19,
    "trait.ordinal": -0.75,
    "trait.percent": 1.4,
    "trait.quantity": 0.76,
    "trait.scaled": 0.15,
    "trait.score": 0.8,
    "trait.time": 0.62,
    "trait.weekday": -2.36,
    "trait.word": -0.67,
    "trait.year": -0.88,
    "vague": -0.07
  },
  "threshold": -0.45
};
