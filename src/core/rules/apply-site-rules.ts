import { countWords } from '../text/normalize-for-compare';
import { RULE_ATTR } from './mark-blocks';

/**
 * The most of an article's words the site's rules may take away together.
 * A rule made on one page can match the story's own box on another (a site
 * that gives its story the same class as the teaser the reader removed):
 * a rule that would take more is not applied there, so removing a block can
 * never remove the story.
 */
export const MAX_RULE_SHARE = 0.4;
/** Fewer words than this left is no article: a rule that would leave fewer is not applied. */
export const MIN_WORDS_LEFT = 30;

export interface RuleOutcome {
  /** Blocks removed by the site's rules. */
  removed: number;
  /** Rules (by index) that matched but were not applied, since they would take too much of the story. */
  refused: number[];
}

/** Removes the blocks marked by createBlockMarker from the cleaned content, rule by rule, within the guard. */
export function applySiteRules(content: Element, ruleCount: number): RuleOutcome {
  const outcome: RuleOutcome = { removed: 0, refused: [] };
  if (ruleCount === 0) return outcome;
  const marked = Array.from(content.querySelectorAll(`[${RULE_ATTR}]`));
  if (!marked.length) return outcome;
  const total = countWords(content.textContent ?? '');
  let taken = 0;
  for (let r = 0; r < ruleCount; r++) {
    // The outermost marked elements of this rule (a match inside another match goes with it).
    const hits = marked.filter((el) => el.getAttribute(RULE_ATTR) === String(r) && !hasMarkedAncestor(el, content, r));
    // Still in the article: an earlier rule may have taken it with its box.
    const live = hits.filter((el) => content.contains(el));
    if (!live.length) continue;
    const words = live.reduce((sum, el) => sum + countWords(el.textContent ?? ''), 0);
    if (taken + words > total * MAX_RULE_SHARE || total - taken - words < MIN_WORDS_LEFT) {
      outcome.refused.push(r);
      continue;
    }
    for (const el of live) el.remove();
    taken += words;
    outcome.removed += live.length;
  }
  return outcome;
}

function hasMarkedAncestor(el: Element, root: Element, r: number): boolean {
  for (let a = el.parentElement; a && a !== root; a = a.parentElement) if (a.getAttribute(RULE_ATTR) === String(r)) return true;
  return false;
}
