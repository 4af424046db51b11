import type { Article } from '../core/article';
import { clearMarks, findTextPieces, markPieces } from '../reader/find-text-range';
import { h } from '../reader/h';
import { renderKeyFigures, type Translate } from '../reader/render-key-figures';

const HIGHLIGHT = 'reader-highlight';

/**
 * Fills the key-figures panel once the article is on screen. The NLP library
 * is large, so it is its own chunk, loaded only now: the article never waits
 * for it.
 */
export async function showKeyFigures(article: Article, panel: HTMLElement, articleBody: HTMLElement, t: Translate): Promise<void> {
  panel.replaceChildren(h('p', { class: 'figures-loading', role: 'status' }, t('findingFigures')));
  document.body.dataset.figures = 'loading';
  await afterPaint();
  try {
    const { computeKeyFigures } = await import('../core/figures/compute-key-figures');
    const figures = computeKeyFigures(article.text, { title: article.title, lang: article.lang ?? undefined });
    panel.replaceChildren(...renderKeyFigures(figures, t, (sentence, button) => highlightSentence(articleBody, panel, sentence, button, t)));
    document.body.dataset.figures = 'ready';
  } catch {
    panel.replaceChildren(h('p', { class: 'figures-empty' }, t('figuresFailed')));
    document.body.dataset.figures = 'failed';
  }
}

/** Marks the sentence in the article, scrolls it into view, and shows which entry is selected. */
function highlightSentence(body: HTMLElement, panel: HTMLElement, sentence: string, button: HTMLButtonElement, t: Translate): void {
  clearMarks(body, HIGHLIGHT);
  for (const b of Array.from(panel.querySelectorAll('button[aria-pressed="true"]'))) b.setAttribute('aria-pressed', 'false');
  const marks = markPieces(findTextPieces(body, sentence), HIGHLIGHT);
  const first = marks[0];
  if (!first) {
    button.title = t('sentenceNotFound');
    return;
  }
  button.setAttribute('aria-pressed', 'true');
  const smooth = !window.matchMedia('(prefers-reduced-motion: reduce)').matches;
  first.scrollIntoView({ block: 'center', behavior: smooth ? 'smooth' : 'auto' });
}

function afterPaint(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
}
