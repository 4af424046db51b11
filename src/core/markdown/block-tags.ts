/**
 * Which elements start a new Markdown block, and which say nothing a reader
 * can see. Everything else is phrasing content and flows into paragraphs.
 */
// prettier-ignore
export const BLOCK_TAGS = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'caption', 'center', 'dd', 'details', 'dialog', 'div', 'dl', 'dt',
  'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup', 'hr', 'html',
  'legend', 'li', 'main', 'menu', 'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'tbody', 'td', 'tfoot', 'th',
  'thead', 'tr', 'ul',
]);

/** Invisible or interactive content: no text a reader of the Markdown would want. */
// prettier-ignore
export const SKIP_TAGS = new Set([
  'audio', 'button', 'canvas', 'colgroup', 'datalist', 'embed', 'head', 'iframe', 'input', 'link', 'map', 'math', 'meta',
  'noscript', 'object', 'option', 'script', 'select', 'source', 'style', 'svg', 'template', 'textarea', 'title', 'track', 'video',
]);

// nodeType numbers, not instanceof: the node may come from a jsdom window, a
// content-script realm or the extension page, each with its own Element class.
export function isElement(node: Node): node is Element {
  return node.nodeType === 1;
}

export function isText(node: Node): node is Text {
  return node.nodeType === 3 || node.nodeType === 4;
}

export function tagOf(node: Node): string {
  return isElement(node) ? node.localName.toLowerCase() : '';
}
