/**
 * The blocks of an article a reader can remove one by one: paragraphs,
 * headings, pictures, lists, quotes, tables, and boxes (a div that holds no
 * block of its own). The same walk runs on the pipeline's copy (to note each
 * block's shape) and on the reader's rendered body (to find it again), so
 * both see the same blocks in the same order.
 */
import { normalizeForCompare } from '../text/normalize-for-compare';

// prettier-ignore
export const UNIT_TAGS = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'figure', 'ul', 'ol', 'dl', 'blockquote', 'table', 'pre', 'hr', 'details', 'picture', 'img', 'video', 'audio']);
// prettier-ignore
export const CONTAINER_TAGS = new Set(['div', 'section', 'article', 'aside', 'header', 'footer', 'main', 'center', 'hgroup', 'address', 'nav', 'form']);

export function readerBlocks(root: Element): Element[] {
  const out: Element[] = [];
  const walk = (el: Element) => {
    for (let c = el.firstElementChild; c; c = c.nextElementSibling) {
      if (UNIT_TAGS.has(c.localName)) out.push(c);
      else if (CONTAINER_TAGS.has(c.localName)) {
        if (hasBlockChild(c)) walk(c);
        else if (hasContent(c)) out.push(c);
      } else if ((c.textContent ?? '').trim()) out.push(c);
    }
  };
  walk(root);
  return out;
}

function hasBlockChild(el: Element): boolean {
  for (let c = el.firstElementChild; c; c = c.nextElementSibling)
    if (UNIT_TAGS.has(c.localName) || CONTAINER_TAGS.has(c.localName)) return true;
  return false;
}

function hasContent(el: Element): boolean {
  return !!(el.textContent ?? '').trim() || el.querySelector('img, picture, video, audio') !== null;
}

/**
 * A name for each block that the copy and the rendered body agree on: its
 * tag, the start of its text, and which of the blocks with that same start
 * it is. Only a key to find the block again, never stored in a rule.
 */
export function blockKeys(blocks: readonly Element[]): string[] {
  const seen = new Map<string, number>();
  return blocks.map((b) => {
    const base = `${b.localName}:${normalizeForCompare((b.textContent ?? '').slice(0, 400)).slice(0, 80)}`;
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    return `${base}#${n}`;
  });
}
