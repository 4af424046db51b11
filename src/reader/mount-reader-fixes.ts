/**
 * The reader's two ways through a story of its own, for every place the
 * reader shows one (popup, full tab, in-page reader): the outline, and Edit
 * ("Remove this block", remembered per site in storage.local). One call
 * from each, so those files keep only a hook.
 */
import type { Article } from '../core/article';
import { ruleSiteOf } from '../core/rules/site-rules';
import { deleteSiteRule, saveSiteRule } from '../platform/site-rules-store';
import { createBlockEditor, type BlockEditor } from './edit-blocks';
import { createOutline, type Outline } from './mount-outline';

import type { Translate } from '../core/i18n/translate';

export interface ReaderFixes {
  editor: BlockEditor;
  outline: Outline | null;
}

export function mountReaderFixes(
  article: Article,
  body: HTMLElement,
  t: Translate,
  options: {
    scroller: Element | null;
    keys: Document | ShadowRoot;
    selection?: boolean;
    /** A bar that stays at the top as the story scrolls (the full tab's, the in-page reader's): the outline sticks below it. */
    under?: HTMLElement | null;
  },
): ReaderFixes {
  // A selection is the reader's own choice of text: blocks can still go, but no rule is made from it.
  const site = options.selection ? null : ruleSiteOf(article.url);
  const editor = createBlockEditor({
    article,
    body,
    t,
    site,
    keys: options.keys,
    rules: site ? { save: (shape) => saveSiteRule(site, shape), remove: (shape) => deleteSiteRule(site, shape) } : null,
  });
  const outline = createOutline({ body, t, scroller: options.scroller });
  if (outline) editor.strip.before(outline.element);
  const under = options.under;
  if (under && typeof ResizeObserver === 'function') {
    // The bar wraps onto two lines in a narrow window: the outline follows its height.
    const place = () => (outline?.element ?? editor.strip).parentElement?.style.setProperty('--outline-top', `${under.offsetHeight}px`);
    new ResizeObserver(place).observe(under);
    place();
  }
  return { editor, outline };
}
