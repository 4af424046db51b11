/**
 * Fits the key-number model on every labelled article (test/figures/labels/)
 * and writes src/core/figures/key-number-model.ts (weights and threshold as
 * data), printing beside it the two cross-checks: fitted on the scrapinghub
 * pages and scored on the others (l3s-gn1 and the pages written here), and the
 * reverse, and a k-fold cross-validation over all of them (the figure the fit's
 * settings are chosen by, never the in-sample one). Deterministic: the same labels give the same file.
 *
 *   npm run fit:figures && npm run bench:figures
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { loadFigureLabels } from './lib/load-figure-labels';
import { CV_FOLDS, FIT, crossValidate, fitKeyNumbers, keyListScore, keyNumberPages } from './lib/fit-key-numbers';

const ROOT = resolve(import.meta.dirname, '..');
const pages = keyNumberPages(loadFigureLabels());
const fmt = (s: ReturnType<typeof keyListScore>): string =>
  `key precision ${s.precision.toFixed(3)} (${s.right}/${s.listed}), key recall ${s.recall.toFixed(3)} (${s.found}/${s.total})`;
const parts = [
  ['scrapinghub', pages.filter((p) => p.group === 'scrapinghub')],
  ['l3s-gn1 + written here', pages.filter((p) => p.group !== 'scrapinghub')],
] as const;
for (const [i, [name, train]] of parts.entries()) {
  const [otherName, test] = parts[1 - i]!;
  const model = fitKeyNumbers(train);
  console.log(
    `fit on ${name} (${train.length} pages): itself ${fmt(keyListScore(train, model))}; ${otherName} (${test.length} pages) ${fmt(keyListScore(test, model))}`,
  );
}
console.log(`${CV_FOLDS}-fold over all ${pages.length} pages: held out ${fmt(crossValidate(pages, CV_FOLDS))}`);
const model = fitKeyNumbers(pages);
console.log(`fit on all ${pages.length} pages: ${fmt(keyListScore(pages, model))}; threshold ${model.threshold}`);
const sorted = {
  bias: model.bias,
  weights: Object.fromEntries(Object.entries(model.weights).sort(([a], [b]) => a.localeCompare(b))),
  threshold: model.threshold,
};
const text = `// Written by bench/fit-figures.ts from the ${pages.length} labelled articles of test/figures/labels/ with ${JSON.stringify(FIT)}. Do not edit by hand: change the features or the fit, and run it again.

/** The key-number model: a logistic score over a figure's features (rank-figures.ts computes them). */
export interface KeyNumberModel {
  bias: number;
  weights: Record<string, number>;
  /** A figure scoring at or above this is a key fact (at most eight are). */
  threshold: number;
}

/** Fitted on every labelled article; bench:figures reports it fitted on one part of them and scored on the other. */
export const KEY_NUMBER_MODEL: KeyNumberModel = ${JSON.stringify(sorted, null, 2)};
`;
writeFileSync(resolve(ROOT, 'src/core/figures/key-number-model.ts'), text);
console.log('wrote src/core/figures/key-number-model.ts');
