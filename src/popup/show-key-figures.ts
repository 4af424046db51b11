import type { Article } from '../core/article';
import { clearMarks, findTextPieces, markPieces } from '../reader/find-text-range';
import { h } from '../reader/h';
import type { Translate } from '../core/i18n/translate';
import { BLOCKS_CHANGED } from '../reader/edit-blocks';
import { afterNextFrame } from '../reader/fill-in-slices';
import { renderKeyFigures, showFiguresInBody } from '../reader/render-key-figures';
import { scrollToMark } from './scroll-to-mark';

const HIGHLIGHT = 'reader-highlight';

export interface FiguresTarget {
  panel: HTMLElement;
  /** The rendered article body, where sentences are marked. */
  articleBody: HTMLElement;
  /** The element that scrolls the article (in the full tab, the document's). */
  scroller: HTMLElement;
  /** What changes size when images load: the article. */
  content?: Element | null;
  /** Added after the entries: the way back to the story for keyboard users. */
  after?: HTMLElement;
}

/**
 * Fills the key-figures panel once the article is on screen. The NLP library
 * is large, so it is its own chunk, loaded only now: the article never waits
 * for it.
 */
export async function showKeyFigures(article: Article, target: FiguresTarget, t: Translate): Promise<void> {
  const { panel } = target;
  panel.replaceChildren(h('p', { class: 'figures-loading', role: 'status' }, t('findingFigures')));
  document.body.dataset.figures = 'loading';
  await afterNextFrame();
  try {
    const { computeKeyFigures } = await import('../core/figures/compute-key-figures');
    const figures = computeKeyFigures(article.text, { title: article.title, lang: article.lang ?? undefined });
    let stopScroll: (() => void) | null = null;
    const select = (sentence: string, button: HTMLButtonElement) => {
      stopScroll?.();
      stopScroll = highlightSentence(target, sentence, button, t);
    };
    panel.replaceChildren(...renderKeyFigures(figures, t, select, article.text), ...(target.after ? [target.after] : []));
    // Blocks the reader removed (before the list came, or from now on) take their figures with them.
    const follow = () => showFiguresInBody(panel, target.articleBody, t);
    follow();
    target.articleBody.addEventListener(BLOCKS_CHANGED, follow);
    document.body.dataset.figures = 'ready';
  } catch {
    panel.replaceChildren(h('p', { class: 'figures-empty' }, t('figuresFailed')));
    document.body.dataset.figures = 'failed';
  }
}

/** Marks the sentence in the article, scrolls it into view, and shows which entry is selected. */
function highlightSentence(target: FiguresTarget, sentence: string, button: HTMLButtonElement, t: Translate): (() => void) | null {
  const { articleBody: body, panel } = target;
  clearMarks(body, HIGHLIGHT);
  for (const b of Array.from(panel.querySelectorAll('button[aria-pressed="true"]'))) b.setAttribute('aria-pressed', 'false');
  const marks = markPieces(findTextPieces(body, sentence), HIGHLIGHT);
  const first = marks[0];
  if (!first) {
    button.title = t('sentenceNotFound');
    return null;
  }
  button.setAttribute('aria-pressed', 'true');
  return scrollToMark(target.scroller, first, {
    reducedMotion: window.matchMedia('(prefers-reduced-motion: reduce)').matches,
    content: target.content,
  });
}
