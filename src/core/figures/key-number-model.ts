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
  "bias": 0.18,
  "weights": {
    "bracketed": -0.43,
    "crowd": -0.12,
    "fewFigures": 0.34,
    "laterOfKind": -1.34,
    "lede": 0.31,
    "magnitude": 1.49,
    "manyFigures": -1.5,
    "position": 0.55,
    "qualified": 0.67,
    "quoted": -0.66,
    "repeats": 0.03,
    "scaled": 0.62,
    "shortLine": -0.25,
    "title": 1,
    "trait.age": 0.43,
    "trait.bare.big": -0.07,
    "trait.bare.qualified": 0.68,
    "trait.bare.small": -0.83,
    "trait.count.adjective": 0.01,
    "trait.count.fewWords": -0.08,
    "trait.count.noun": 0.81,
    "trait.count.words": 0.21,
    "trait.date.day": 1.1,
    "trait.date.monthYear": -0.45,
    "trait.decade": -1.16,
    "trait.duration": 0.35,
    "trait.duration.vague": -0.7,
    "trait.money": 0.79,
    "trait.month": -0.82,
    "trait.ordinal": -0.33,
    "trait.percent": 1.42,
    "trait.quantity": 0.08,
    "trait.scaled": 0.29,
    "trait.score": 0.85,
    "trait.time": 0.39,
    "trait.weekday": -2.41,
    "trait.word": -1.13,
    "trait.year": -1.17,
    "vague": -0.07
  },
  "threshold": -0.45
};
