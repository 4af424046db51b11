/**
 * Key figures in the in-page reader: the popup's list and click-to-highlight
 * (render-key-figures.ts, find-text-range.ts), in a panel that folds away,
 * filled once the article is on screen. The figures are computed off the
 * page's thread (the background's reading context), from the article's text
 * only; what comes back is checked on arrival and rendered as text, never
 * as HTML. Coloured by the reader's own variables, so the themes restyle it.
 */
import type { KeyFigures } from '../core/figures/key-figures';
import type { Translate } from '../core/i18n/translate';
import { clearMarks, findTextPieces, markPieces } from '../reader/find-text-range';
import { h } from '../reader/h';
import { BLOCKS_CHANGED } from '../reader/edit-blocks';
import { renderKeyFigures, showFiguresInBody } from '../reader/render-key-figures';

const HIGHLIGHT = 'reader-highlight';

export interface InPageFigures {
  /** The rendered article: the panel goes between its title block and its body. */
  article: HTMLElement;
  body: HTMLElement;
  scroller: HTMLElement;
  t: Translate;
  /** The article's text, which the figures are computed from: the people's "×N" follow removals against it. */
  text: string;
  load(): Promise<KeyFigures | null>;
  /** False once the reader has closed (or another opened): a late answer is dropped. */
  stillShown(): boolean;
}

export async function showInPageFigures(target: InPageFigures): Promise<void> {
  const { body, t } = target;
  const list = h('div', { class: 'in-page-figures-list' }, h('p', { class: 'figures-loading', role: 'status' }, t('findingFigures')));
  const panel = h('details', { class: 'in-page-figures', open: true }, h('summary', {}, t('keyFigures')), list);
  body.before(panel);
  target.scroller.dataset.figures = 'loading';
  const figures = await target.load().catch(() => null);
  if (!target.stillShown()) return;
  if (!figures) {
    list.replaceChildren(h('p', { class: 'figures-empty' }, t('figuresFailed')));
    target.scroller.dataset.figures = 'failed';
    return;
  }
  list.replaceChildren(...renderKeyFigures(figures, t, (sentence, button) => highlight(target, list, sentence, button), target.text));
  // Blocks the reader removed (before the list came, or from now on) take their figures with them.
  const follow = () => showFiguresInBody(list, body, t);
  follow();
  body.addEventListener(BLOCKS_CHANGED, follow);
  target.scroller.dataset.figures = 'ready';
}

/** Marks the entry's sentence in the article and brings it into view; the entry shows it is the one chosen. */
function highlight(target: InPageFigures, list: HTMLElement, sentence: string, button: HTMLButtonElement): void {
  clearMarks(target.body, HIGHLIGHT);
  for (const b of Array.from(list.querySelectorAll('button[aria-pressed="true"]'))) b.setAttribute('aria-pressed', 'false');
  const [first] = markPieces(findTextPieces(target.body, sentence), HIGHLIGHT);
  if (!first) {
    button.title = target.t('sentenceNotFound');
    return;
  }
  button.setAttribute('aria-pressed', 'true');
  const smooth = !window.matchMedia('(prefers-reduced-motion: reduce)').matches;
  first.scrollIntoView({ block: 'center', behavior: smooth ? 'smooth' : 'auto' });
}
