/**
 * The cleaning passes' debug trace: every block a pass took out of the
 * article, and every one the story guard kept that a pass wanted out, with
 * why. Nothing is recorded unless someone listens (the CLI's --explain, the
 * quality bench), so the reader pays nothing for it. Kept per article root,
 * like the story guard, so the passes need not carry it.
 */
/** The cleaning passes, by the names cleanArticle's report and trace give them. */
// prettier-ignore
export type CleanPass = 'popovers' | 'headlines' | 'shortcodes' | 'boilerplate' | 'cards' | 'teasers' | 'edges' | 'duplicates' | 'captions' | 'scorer';

export interface Removal {
  pass: CleanPass;
  /** What happened: removed, or kept by the story guard (story-guard.ts) and why. */
  outcome: 'removed' | 'kept: story prose' | 'kept: over the word budget';
  /** The pass had a second signal (the same text twice, a labelled comment thread), which the story guard lets through. */
  forced: boolean;
  /** Why this pass removes blocks (WHY below). */
  why: string;
  tag: string;
  words: number;
  /** The block's text, whitespace collapsed. */
  text: string;
}

/** Why each pass removes what it removes, in a reader's words (each pass file says more, with its fixture). */
export const WHY: Record<CleanPass, string> = {
  popovers: "a hover card or screen-reader text the page marked, printed inside the story's text",
  headlines: 'the headline printed again in the body (it is the title)',
  shortcodes: 'a WordPress shortcode the site did not render, left as text',
  boilerplate:
    "a comment form, share bar, newsletter box, related-links list or ad label: the page's own class hints or a boilerplate phrase",
  cards: 'a box of teaser cards: pictures linking to other stories of the site',
  teasers: 'a line that only links to another story of the site ("Related:", "READ MORE:")',
  edges: "navigation, lists and links before the story's first or after its last paragraph of prose",
  duplicates: 'repeats an earlier block word for word (a pull quote, a teaser, a copied caption)',
  captions: "a picture's credit or a gallery's slide counter, left beside its caption",
  scorer: "the fitted block scorer: the block's position, links, shape and words read as the page's furniture, not the story",
};

type Sink = (removal: Removal) => void;
const TRACES = new WeakMap<Element, { sink: Sink; pass: CleanPass | null }>();

/** Starts recording removals under root, handing each to sink. */
export function traceRemovals(root: Element, sink: Sink): void {
  TRACES.set(root, { sink, pass: null });
}

/** The pass now running under root (cleanArticle sets it before each). */
export function tracePass(root: Element, pass: CleanPass): void {
  const trace = TRACES.get(root);
  if (trace) trace.pass = pass;
}

export function stopTracing(root: Element): void {
  TRACES.delete(root);
}

/** Called where a pass removes el (or the guard refuses it), before it goes. */
export function noteRemoval(root: Element, el: Element, outcome: Removal['outcome'], forced = false): void {
  const trace = TRACES.get(root);
  if (!trace?.pass) return;
  const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
  trace.sink({
    pass: trace.pass,
    outcome,
    forced,
    why: WHY[trace.pass],
    tag: el.localName,
    words: text ? text.split(' ').length : 0,
    text,
  });
}
