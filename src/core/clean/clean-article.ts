import { BLOCK_MODEL, type BlockModel } from './block-model';
import { removeBoilerplate } from './remove-boilerplate';
import { removeCaptionLeftovers } from './remove-caption-leftovers';
import { removeDuplicateBlocks } from './remove-duplicate-blocks';
import { removePopovers } from './remove-popovers';
import { removeRepeatedHeadlines } from './remove-repeated-headlines';
import { removeShortcodes } from './remove-shortcodes';
import { removeTeaserCards } from './remove-teaser-cards';
import { removeTeaserLinks } from './remove-teaser-links';
import { stopTracing, tracePass, traceRemovals, type CleanPass, type Removal } from './removal-trace';
import { scoreBlocks } from './score-blocks';
import { guardStory } from './story-guard';
import { trimToStory } from './trim-to-story';

/** The benches' handles on the cleaning: another block model, passes switched off. */
export interface CleanTuning {
  model?: BlockModel;
  skip?: ReadonlySet<CleanPass>;
}

/** How many blocks each pass removed. */
export type CleanReport = Record<CleanPass, number>;

/**
 * Our pass over Readability's output: what it leaves in that is not the
 * story. Mutates content. `trace` (the quality bench's) sees the element
 * after each pass, named as in the report; `explain` is told of every block
 * a pass removed, or the story guard kept, and why (removal-trace.ts).
 * `tuning` is for the benches: the block scorer's model (score-blocks.ts; the fit script passes its own)
 * and passes to skip (bench:quality --skip-pass, to measure what each pass is worth).
 */
export function cleanArticle(
  content: Element,
  title: string,
  siteName: string | null,
  trace?: (pass: keyof CleanReport, content: Element) => void,
  explain?: (removal: Removal) => void,
  tuning: CleanTuning = {},
): CleanReport {
  if (explain) traceRemovals(content, explain);
  try {
    return cleanPasses(content, title, siteName, tuning, trace);
  } finally {
    stopTracing(content);
  }
}

function cleanPasses(
  content: Element,
  title: string,
  siteName: string | null,
  tuning: CleanTuning,
  trace?: (pass: keyof CleanReport, content: Element) => void,
): CleanReport {
  const model = tuning.model ?? BLOCK_MODEL;
  const run = (pass: keyof CleanReport, fn: () => number) => {
    tracePass(content, pass);
    const n = tuning.skip?.has(pass) ? 0 : fn();
    trace?.(pass, content);
    return n;
  };
  guardStory(content);
  const popovers = run('popovers', () => removePopovers(content));
  const headlines = run('headlines', () => removeRepeatedHeadlines(content, title, siteName));
  const shortcodes = run('shortcodes', () => removeShortcodes(content));
  const boilerplate = run('boilerplate', () => removeBoilerplate(content));
  const cards = run('cards', () => removeTeaserCards(content));
  const teasers = run('teasers', () => removeTeaserLinks(content));
  // After the teaser lines and cards inside the story are gone, so that only lists around it are left to cut at.
  const edges = run('edges', () => trimToStory(content));
  const duplicates = run('duplicates', () => removeDuplicateBlocks(content));
  const captions = run('captions', () => removeCaptionLeftovers(content));
  // Last: the one fitted scorer decides the blocks the rule passes leave.
  const scorer = run('scorer', () => scoreBlocks(content, model));
  return { headlines, boilerplate, popovers, teasers, duplicates, captions, cards, shortcodes, edges, scorer };
}
