/**
 * Plain text of an element: each block on its own, separated by a blank line,
 * inline runs joined as a browser would render them. Text glued across block
 * boundaries ("end.Next") would merge words, so every block boundary breaks.
 */
// prettier-ignore
const BLOCK = new Set([
  'address', 'article', 'aside', 'blockquote', 'dd', 'details', 'dialog', 'div', 'dl', 'dt', 'fieldset',
  'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup', 'hr',
  'li', 'main', 'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'tr', 'ul', 'caption', 'center',
]);
const CELL = new Set(['td', 'th']);
// prettier-ignore
const SKIP = new Set(['script', 'style', 'noscript', 'template', 'svg', 'math', 'button', 'select', 'textarea', 'input']);

export function isBlockElement(el: Element): boolean {
  return BLOCK.has(el.localName);
}

export function blockText(root: Node): string {
  const blocks: string[] = [];
  let line = '';
  const flush = () => {
    const t = line
      .replace(/[ \t\r\f\v\u00a0]+/g, ' ')
      .replace(/ *\n */g, '\n')
      .trim();
    if (t) blocks.push(t);
    line = '';
  };
  const walk = (node: Node) => {
    if (node.nodeType === 3) {
      line += (node as Text).data.replace(/\s+/g, ' ');
      return;
    }
    if (node.nodeType !== 1) return;
    const el = node as Element;
    const name = el.localName;
    if (SKIP.has(name)) return;
    if (name === 'br') {
      line += '\n';
      return;
    }
    if (name === 'pre') {
      flush();
      const t = (el.textContent ?? '').replace(/^\n+|\s+$/g, '');
      if (t.trim()) blocks.push(t);
      return;
    }
    const block = BLOCK.has(name);
    if (block) flush();
    if (CELL.has(name) && line.trim()) line += ' \t';
    for (let c = el.firstChild; c; c = c.nextSibling) walk(c);
    if (block) flush();
  };
  walk(root);
  flush();
  return blocks.join('\n\n');
}
