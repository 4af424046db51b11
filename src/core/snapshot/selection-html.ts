/**
 * What the reader has selected on the page, as HTML: the ranges of the
 * document's selection, copied (never moved), in order. Null when nothing
 * with words in it is selected, so that a stray click that selected a
 * space still reads the article. Read by the snapshot script and by the
 * in-page reader; it only reads the page.
 */
// One part of a snapshot (page-snapshot.ts): a selection longer than that is most of the page, and the article is read instead.
export const MAX_SELECTION_CHARS = 256 * 1024;

export function selectionHtml(doc: Document): string | null {
  const selection = doc.getSelection?.();
  if (!selection || selection.isCollapsed || selection.rangeCount === 0) return null;
  if (!/[\p{L}\p{N}]/u.test(selection.toString())) return null;
  const box = doc.createElement('div');
  for (let i = 0; i < selection.rangeCount; i++) {
    const range = selection.getRangeAt(i);
    // A selection inside one paragraph copies as bare text: keep it a paragraph of its own.
    const inside = range.commonAncestorContainer;
    const fragment = range.cloneContents();
    if (inside.nodeType === 3 || !hasBlock(fragment)) box.append(wrap(doc, fragment));
    else box.append(fragment);
  }
  // Scripts, styles and templates copied with a range are never wanted (the sanitizer drops them too).
  for (const el of Array.from(box.querySelectorAll('script, style, template, noscript'))) el.remove();
  // innerHTML is read here, never assigned: the string goes to the sanitizer in the reader.
  const html = box.innerHTML;
  return html.length > MAX_SELECTION_CHARS ? null : html;
}

function hasBlock(fragment: DocumentFragment): boolean {
  return fragment.querySelector('p, div, li, h1, h2, h3, h4, h5, h6, blockquote, figure, table, pre, ul, ol') !== null;
}

function wrap(doc: Document, fragment: DocumentFragment): HTMLElement {
  const p = doc.createElement('p');
  p.append(fragment);
  return p;
}
