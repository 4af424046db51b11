/** One stage of the scored decision: a logistic model over named features, fitted by bench/fit-auto.ts. */
export interface StageModel {
  bias: number;
  weights: Readonly<Record<string, number>>;
  /** The logit the stage compares with: below it the early stages say no; the last stage opens at or above it. */
  threshold: number;
}

export interface StageScore {
  /** The logit: bias plus each feature times its weight. */
  score: number;
  /** The three features that pushed hardest, signed ("ld.product -2.10, prose.paragraphs +0.80"), for --is-article and the bench. */
  top: string;
}

/** The logit alone (the script on every page needs no explanation, and stays small without one). */
export function scoreOf(model: StageModel, features: Readonly<Record<string, number>>): number {
  let score = model.bias;
  for (const [name, x] of Object.entries(features)) score += (model.weights[name] ?? 0) * x;
  return score;
}

export function scoreStage(model: StageModel, features: Readonly<Record<string, number>>): StageScore {
  let score = model.bias;
  const parts: Array<[string, number]> = [];
  for (const [name, x] of Object.entries(features)) {
    const w = model.weights[name];
    if (w === undefined || !x) continue;
    score += w * x;
    parts.push([name, w * x]);
  }
  parts.sort((a, b) => Math.abs(b[1]) - Math.abs(a[1]));
  const top = parts
    .slice(0, 3)
    .map(([n, c]) => `${n} ${c >= 0 ? '+' : ''}${c.toFixed(2)}`)
    .join(', ');
  return { score, top };
}

/** "signals:-3.10<-1.50 (ld.product -2.10, …)": the stage, its score against its threshold, and why. */
export function explain(stage: string, model: StageModel, s: StageScore): string {
  const cmp = s.score >= model.threshold ? '>=' : '<';
  return `${stage}:${s.score.toFixed(2)}${cmp}${model.threshold.toFixed(2)} (${s.top})`;
}
