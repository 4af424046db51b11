import { h } from '../reader/h';
import type { Translate } from '../core/i18n/translate';

export interface ArticleLayout {
  element: HTMLElement;
  /** Scrolls the story (in the popup; the full tab scrolls the document). */
  scroller: HTMLElement;
  /** Where the key figures go. */
  panel: HTMLElement;
  /** Their disclosure: open beside the story, closed under it in a narrow popup. */
  figures: HTMLDetailsElement;
  /** The link at the end of the figures back to the story, added by showKeyFigures after the entries. */
  backToStory: HTMLElement;
}

/**
 * The article beside its key figures. Each scrolls on its own and neither
 * pushes the other away; in a narrow popup the figures sit under the story
 * behind a toggle (popup.css). A skip link at the start of the story leads
 * to the figures, and one at their end leads back: keyboard users need not
 * tab through every link of the story, or every figure, to cross over.
 */
export function renderArticleLayout(reader: HTMLElement, t: Translate, options: { figuresOpen: boolean }): ArticleLayout {
  const panel = h('div', { class: 'figures-body', 'aria-live': 'polite' });
  const scroller = h(
    'div',
    { class: 'article-scroll', id: 'story', tabindex: '-1', 'aria-label': reader.querySelector('.reader-title')?.textContent ?? '' },
    reader,
  );
  const summary = h('summary', { class: 'figures-summary' }, t('keyFigures'));
  const figures = h('details', { class: 'figures', id: 'key-figures', open: options.figuresOpen }, summary, panel);
  const toFigures = h('a', { class: 'skip-link', href: '#key-figures' }, t('skipToFigures'));
  const backToStory = h('a', { class: 'skip-back', href: '#story' }, t('skipToStory'));
  // Focus moves without scrolling anything but the scroller it lands in: an anchor jump would scroll the popup's frame.
  toFigures.addEventListener('click', (event) => {
    event.preventDefault();
    figures.open = true;
    summary.focus({ preventScroll: true });
  });
  backToStory.addEventListener('click', (event) => {
    event.preventDefault();
    scroller.focus({ preventScroll: true });
  });
  const element = h('div', { class: 'layout' }, toFigures, scroller, figures);
  return { element, scroller, panel, figures, backToStory };
}
