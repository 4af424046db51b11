import { countWords } from '../text/normalize-for-compare';
import { linkedWords } from '../text/link-density';
import { noteRemoval } from './removal-trace';

// Per article (story-guard.ts): the blocks that read like story prose, which removeAndPrune keeps, and how many
// words outside links it may still remove without a caller's second signal.
interface Guard {
  blocks: readonly Element[];
  budget: number;
}
const GUARDS = new WeakMap<Element, Guard>();

/** Blocks under root that removeAndPrune must keep, and its budget of words outside links (replaces an earlier guard). */
export function protectBlocks(root: Element, blocks: readonly Element[], budget = Infinity): void {
  GUARDS.set(root, { blocks, budget });
}

/** Whether the story guard marked el as a block of story prose (the block scorer reads this verdict as a feature). */
export function isGuarded(root: Element, el: Element): boolean {
  const guard = GUARDS.get(root);
  return !!guard && guard.blocks.includes(el);
}

/**
 * Remove an element, then any ancestor (below root) it leaves without text or
 * media. Under a story guard (story-guard.ts) it refuses, unless the caller
 * has a second signal (`force`), when el is or holds a block of story prose
 * or when its words outside links would overdraw the article's budget.
 * Returns whether it went.
 */
export function removeAndPrune(el: Element, root: Element, force = false): boolean {
  const guard = GUARDS.get(root);
  if (guard && !force) {
    if (guard.blocks.some((b) => b === el || el.contains(b))) {
      noteRemoval(root, el, 'kept: story prose');
      return false;
    }
    const text = el.textContent ?? '';
    if (text.trim()) {
      const unlinked = Math.max(0, countWords(text) - linkedWords(el));
      if (unlinked > guard.budget) {
        noteRemoval(root, el, 'kept: over the word budget');
        return false;
      }
      guard.budget -= unlinked;
    }
  }
  noteRemoval(root, el, 'removed', force && !!guard);
  let parent: Element | null = el.parentElement;
  el.remove();
  while (parent && parent !== root && !hasContent(parent)) {
    const up: Element | null = parent.parentElement;
    parent.remove();
    parent = up;
  }
  return true;
}

function hasContent(el: Element): boolean {
  return (el.textContent ?? '').trim() !== '' || el.querySelector('img, picture, video, audio, iframe, svg, table, math') !== null;
}
