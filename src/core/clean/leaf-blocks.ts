import { isBlockElement } from '../text/block-text';

// prettier-ignore
const MEDIA = new Set(['img', 'picture', 'video', 'audio', 'iframe', 'svg', 'math', 'br', 'script', 'style']);

/**
 * Blocks that hold text directly: a paragraph, a heading, a list item, a
 * table cell, or a div with no block inside it. The cleaning passes judge these, since a
 * block is what a reader sees as one piece of the page.
 */
export function leafBlocks(root: Element): Element[] {
  const out: Element[] = [];
  const visit = (el: Element) => {
    let hasBlockChild = false;
    for (let c = el.firstElementChild; c; c = c.nextElementSibling) {
      if (isPart(c)) {
        hasBlockChild = true;
        break;
      }
    }
    if (!hasBlockChild) {
      if (el !== root) out.push(el);
      return;
    }
    for (let c = el.firstElementChild; c; c = c.nextElementSibling) {
      if (isPart(c)) visit(c);
      else if (standsAlone(c)) out.push(c);
    }
  };
  visit(root);
  return out;
}

// A table's rows and cells: a page laid out in a table (most of 2008's) keeps its story, navigation and lists in
// cells, and a cell is what a reader sees as one piece of the page, so the walk goes down to the cells.
// prettier-ignore
const TABLE_PARTS = new Set(['tbody', 'thead', 'tfoot', 'tr', 'td', 'th']);

function isPart(el: Element): boolean {
  return isBlockElement(el) || TABLE_PARTS.has(el.localName);
}

/**
 * An inline element set between blocks with no other text beside it
 * ("<div><p>Ann Lee</p><span>Updated 5:27 am</span></div>"): a reader sees
 * it as a line of its own, so the passes judge it like a block.
 */
function standsAlone(el: Element): boolean {
  if (MEDIA.has(el.localName) || !(el.textContent ?? '').trim()) return false;
  for (let n = el.previousSibling; n && !(n.nodeType === 1 && isBlockElement(n as Element)); n = n.previousSibling) {
    if (n.nodeType === 1 || (n.nodeType === 3 && (n.textContent ?? '').trim())) return false;
  }
  for (let n = el.nextSibling; n && !(n.nodeType === 1 && isBlockElement(n as Element)); n = n.nextSibling) {
    if (n.nodeType === 1 || (n.nodeType === 3 && (n.textContent ?? '').trim())) return false;
  }
  return !el.querySelector('p, div, li, h1, h2, h3, h4, h5, h6, table, ul, ol, img, picture, video');
}
