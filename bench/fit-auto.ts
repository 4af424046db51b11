/**
 * Fits the automatic reader's scored decision on the whole development set
 * and writes src/core/detect/auto-model.ts (weights and thresholds as data).
 * Reads the features bench:auto collected (bench/results/auto-rows.json);
 * `--collect` gathers them first. Deterministic: the same rows give the same file.
 *
 *   npm run bench:auto && npx tsx bench/fit-auto.ts && npm run bench:auto
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { fitModels, FIT } from './lib/fit-auto-model';
import { collectRows, readRows, runWorker } from './lib/auto-rows';

const ROOT = resolve(import.meta.dirname, '..');
const args = process.argv.slice(2);

if (args[0] === '--worker') {
  await runWorker(Number(args[1]), Number(args[2]), Number(args[3]));
} else {
  const rows = args.includes('--collect') ? await collectRows(fileURLToPath(import.meta.url), 0, null) : readRows();
  const m = fitModels(rows);
  // A weight fitted to zero says nothing: left out, so that the script on every page stays small.
  const body = (name: string, doc: string, model: typeof m.early) =>
    `/** ${doc} */\nexport const ${name}: StageModel = ${JSON.stringify({ ...model, weights: Object.fromEntries(Object.entries(model.weights).filter(([, w]) => w !== 0)) }, null, 2)};\n`;
  const n = rows.filter((r) => !r.borderline);
  const text = [
    `// Written by bench/fit-auto.ts from ${n.length} pages (${n.filter((r) => r.isArticle).length} articles, ${n.filter((r) => !r.isArticle).length} not; borderline pages left out) with ${JSON.stringify(FIT)}. Do not edit by hand: change the features or the fit, and run it again.`,
    `import type { DecisionThresholds } from './decision-thresholds';`,
    `import type { StageModel } from './score-stage';`,
    '',
    body('EARLY_MODEL', "Stage 1 (the script on every page): the address and the page's metadata. Says no below the threshold.", m.early),
    body(
      'PAGE_MODEL',
      "Stage 2 (on demand, before extracting): stage 1's features and the page's shape. Says no below the threshold.",
      m.page,
    ),
    body('FULL_MODEL', "Stage 3: everything, with the extraction's. Opens at or above the threshold, chosen for precision.", m.full),
    `/** The popup's check (the toolbar button reads on request): the same models, each stage's threshold fitted to keep ${FIT.readingRecall * 100} % of the training articles. */\nexport const READING_THRESHOLDS: DecisionThresholds = ${JSON.stringify(m.reading, null, 2)};\n`,
  ].join('\n');
  writeFileSync(resolve(ROOT, 'src/core/detect/auto-model.ts'), text);
  console.log(
    `wrote src/core/detect/auto-model.ts: thresholds early ${m.early.threshold}, page ${m.page.threshold}, full ${m.full.threshold}; reading ${JSON.stringify(m.reading)}`,
  );
}
