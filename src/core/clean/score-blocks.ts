import { blockFeatures, FEATURE_NAMES, type ScoredBlock } from './block-features';
import type { BlockModel } from './block-model';
import { removeAndPrune } from './remove-and-prune';

/** The fitted model's score of one block: the log-odds that it is not the story. */
export function blockScore(block: ScoredBlock, model: BlockModel): number {
  let z = model.bias;
  for (const name of FEATURE_NAMES) z += (model.weights[name] ?? 0) * block.features[name];
  return z;
}

/**
 * The one block scorer (issue 12, item 3), as the last cleaning pass: every
 * leaf block the rule passes left is scored on general features
 * (block-features.ts) by one logistic model fitted on the corpora's
 * hand-marked text (block-model.ts, written by bench/fit-quality.ts, which
 * prints it fitted on all corpora and on two of three, scored on the third).
 * A block scoring at or above the model's threshold goes, through the story
 * guard like every pass: a block of story prose, or more than the article's
 * budget of words, stays. It judges only the blocks after the story's last
 * paragraph of prose (the tool rows, "Email this story", "Tags:", newsletter
 * lines, "most popular" headings left there), never captions or headings.
 * Returns the number of blocks removed.
 */
export function scoreBlocks(content: Element, model: BlockModel): number {
  if (!Number.isFinite(model.threshold)) return 0;
  let removed = 0;
  for (const block of blockFeatures(content)) {
    if (!block.candidate || !content.contains(block.el)) continue;
    if (blockScore(block, model) >= model.threshold && removeAndPrune(block.el, content)) removed++;
  }
  return removed;
}
